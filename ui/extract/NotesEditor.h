#pragma once

#include <QPlainTextEdit>

namespace sb::ui {

// Where notes are typed or pasted. A dropped .txt or .eml file is not inserted as a link: the editor hands its path
// to whoever loads files (fileDropped), so the file's text replaces the notes through one checked path.
class NotesEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesEditor)

public:
    explicit NotesEditor(QWidget* parent = nullptr);

    static bool isLoadableFile(const QString& path);

signals:
    void fileDropped(const QString& path);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
};

} // namespace sb::ui
