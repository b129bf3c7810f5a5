#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sb::ui {

// Reading notes from a file and writing an answer to one, for the Extract panel. Errors are sentences for the user
// that name the file and say what to do.
struct NotesFileText
{
    QString text;  // with '\n' line ends, as the editor and the entities' offsets expect
    QString error; // empty when the file was read
};

// A .txt/.text/.md file's UTF-8 text, or a .eml file's readable parts (mailText()). Refused: other kinds of file,
// files over 25 MB, and texts longer than `maxLength`.
NotesFileText readNotesFile(const QString& path, qsizetype maxLength);
// Written whole or not at all (QSaveFile).
std::optional<QString> writeAnswerFile(const QString& path, const QByteArray& bytes);

} // namespace sb::ui
