#include "MessageBar.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace sb::ui {
namespace {

// Tinted backgrounds that keep the palette's text readable, light and dark.
QColor tint(MessageBar::Kind kind, bool dark)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return dark ? QColor(0x1d, 0x3b, 0x5e) : QColor(0xdd, 0xea, 0xfb);
    case MessageBar::Kind::Positive:
        return dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xdc, 0xf3, 0xe0);
    case MessageBar::Kind::Warning:
        return dark ? QColor(0x5c, 0x45, 0x0d) : QColor(0xfd, 0xf0, 0xc8);
    case MessageBar::Kind::Error:
        return dark ? QColor(0x66, 0x1f, 0x1f) : QColor(0xfb, 0xdd, 0xdd);
    }
    return {};
}

QStyle::StandardPixmap iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
    case MessageBar::Kind::Positive:
        return QStyle::SP_MessageBoxInformation;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind), nullptr, this).pixmap(size, size));
    applyColors();
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::applyColors()
{
    QPalette colors = palette();
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    colors.setColor(QPalette::Window, tint(m_kind, dark));
    setPalette(colors);
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) // the system switched between light and dark
        applyColors();
}

} // namespace sb::ui
