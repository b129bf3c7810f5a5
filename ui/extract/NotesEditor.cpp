#include "NotesEditor.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace sb::ui {
namespace {

QString droppedFile(const QMimeData* source)
{
    if (!source->hasUrls())
        return {};
    const QList<QUrl> urls = source->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return {};
    return urls.front().toLocalFile();
}

} // namespace

NotesEditor::NotesEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab moves on to the next control, so the panel works from the keyboard
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

bool NotesEditor::isLoadableFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("eml") || suffix == QLatin1String("text") ||
           suffix == QLatin1String("md");
}

bool NotesEditor::canInsertFromMimeData(const QMimeData* source) const
{
    const QString file = droppedFile(source);
    if (!file.isEmpty())
        return isLoadableFile(file);
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void NotesEditor::insertFromMimeData(const QMimeData* source)
{
    const QString file = droppedFile(source);
    if (!file.isEmpty()) {
        emit fileDropped(file);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace sb::ui
