#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

EmptyState::EmptyState(const QString& title, const QString& purpose, const QString& hint, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(hint, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(title);

    auto* purposeLabel = new QLabel(purpose, this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_title, purposeLabel, m_hint}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }

    // A readable column in the middle of the panel, whatever the window's width.
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(purposeLabel);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_hint);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setHint(const QString& hint)
{
    m_hint->setText(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

} // namespace sb::ui
