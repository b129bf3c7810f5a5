#include "HighlightedTextView.h"

#include "EntityColors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QTextBlock>
#include <QToolTip>

namespace sb::ui {

HighlightedTextView::HighlightedTextView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMouseTracking(true);
}

void HighlightedTextView::setResult(const QString& text, const QList<Entity>& entities)
{
    m_entities = entities;
    // The document's positions are UTF-16 offsets with one position per line break, the same as the entities' as long
    // as the text uses '\n' (the console sends what its editor's toPlainText() returns).
    setPlainText(text);
    applyHighlights();
}

void HighlightedTextView::clearResult()
{
    m_entities.clear();
    clear();
    setExtraSelections({});
}

void HighlightedTextView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_entities.size());
    const int length = document()->characterCount() - 1;
    for (const Entity& entity : std::as_const(m_entities)) {
        if (entity.start < 0 || entity.end > length || entity.start >= entity.end)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(static_cast<int>(entity.start));
        selection.cursor.setPosition(static_cast<int>(entity.end), QTextCursor::KeepAnchor);
        selection.format.setBackground(entityBackground(entity.type, palette()));
        selection.format.setForeground(palette().color(QPalette::Text));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void HighlightedTextView::selectEntity(int index)
{
    if (index < 0 || index >= m_entities.size())
        return;
    const Entity& entity = m_entities.at(index);
    const int length = document()->characterCount() - 1;
    if (entity.start < 0 || entity.end > length || entity.start >= entity.end)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(entity.start));
    cursor.setPosition(static_cast<int>(entity.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

int HighlightedTextView::entityAt(int position) const
{
    for (int i = 0; i < m_entities.size(); ++i) {
        if (position >= m_entities.at(i).start && position < m_entities.at(i).end)
            return i;
    }
    return -1;
}

QString HighlightedTextView::describe(const Entity& entity)
{
    QString text = QStringLiteral("<b>%1</b> · %2")
                       .arg(entityTypeLabel(entity.type).toHtmlEscaped(),
                            tr("confidence %1").arg(QLocale().toString(entity.confidence, 'f', 2)));
    if (!entity.normalized.isEmpty())
        text += QStringLiteral("<br>") + tr("Normalized: %1").arg(entity.normalized.toHtmlEscaped());
    return text;
}

bool HighlightedTextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        // cursorForPosition() gives the nearest gap between characters; the character under the mouse is the one
        // after it, unless the mouse is past the middle of the previous one.
        int index = entityAt(cursor.position());
        if (index < 0 && cursor.position() > 0) {
            const QRect gap = cursorRect(cursor);
            if (help->pos().x() < gap.left())
                index = entityAt(cursor.position() - 1);
        }
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(m_entities.at(index)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void HighlightedTextView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyHighlights(); // light and dark palettes have their own colours
}

} // namespace sb::ui
