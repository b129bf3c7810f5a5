#include "NotesFile.h"

#include "NotesEditor.h"
#include "extract/MailText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace sb::ui {
namespace {

// A dropped file is read whole; mail with attachments is larger than its text, but not this large.
constexpr qint64 kMaxFileBytes = 25 * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("NotesFile", text);
}

} // namespace

NotesFileText readNotesFile(const QString& path, qsizetype maxLength)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!NotesEditor::isLoadableFile(path))
        return {{}, tr("%1 is not a text or e-mail file. Drop a .txt or .eml file, or paste the text.").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Could not open %1: %2.").arg(shown, file.errorString())};
    const QLocale locale;
    if (file.size() > kMaxFileBytes)
        return {{},
                tr("%1 is %2; files over %3 are not read. Paste the part you need instead.")
                    .arg(shown, locale.formattedDataSize(file.size()), locale.formattedDataSize(kMaxFileBytes))};
    const QByteArray bytes = file.readAll();
    const bool isMail = QFileInfo(path).suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0;
    QString text = isMail ? mailText(bytes) : QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.size() > maxLength)
        return {{},
                tr("%1 has %2 characters of text; the service extracts from at most %3. Your notes are unchanged; "
                   "paste the part you need instead.")
                    .arg(shown, locale.toString(text.size()), locale.toString(maxLength))};
    return {text, {}};
}

std::optional<QString> writeAnswerFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Could not save %1: %2. Choose another folder or file name.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return std::nullopt;
}

} // namespace sb::ui
