#include "AdminSupport.h"
#include "Runtime.h"
#include "audit/AuditLog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli {
namespace {

int tail(AdminCommand& command, const AuditLog& log, int count)
{
    const QList<AuditRecord> records = log.tail(count);
    if (command.json()) {
        QJsonArray rows;
        for (const AuditRecord& record : records) {
            rows.append(QJsonObject{{QStringLiteral("line"), record.line},
                                    {QStringLiteral("time"), record.time.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("actor"), record.actor},
                                    {QStringLiteral("event"), record.event},
                                    {QStringLiteral("details"), record.details}});
        }
        command.printJson(rows);
        return Success;
    }
    if (records.isEmpty()) {
        print(stdout, QStringLiteral("The audit log %1 is empty.\n").arg(log.path()));
        return Success;
    }
    QString text;
    for (const AuditRecord& record : records) {
        text += QStringLiteral("%1  %2 %3 %4\n")
                    .arg(record.time.toString(Qt::ISODate))
                    .arg(record.event, -20)
                    .arg(record.actor, -22)
                    .arg(QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact)));
    }
    print(stdout, text);
    return Success;
}

int verify(AdminCommand& command, const QString& path)
{
    const AuditVerification result = AuditLog::verify(path);
    if (command.json()) {
        command.printJson(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("intact"), result.intact},
                                      {QStringLiteral("records"), result.records},
                                      {QStringLiteral("firstBadLine"), result.firstBadLine},
                                      {QStringLiteral("problem"), result.problem},
                                      {QStringLiteral("incompleteLastLine"), result.incompleteLastLine}});
    } else if (result.intact) {
        print(stdout, QStringLiteral("The audit log %1 is intact: %2 records, each chained to the one before.\n")
                          .arg(path)
                          .arg(result.records));
        if (result.incompleteLastLine) {
            print(stdout, QStringLiteral("Its last line is incomplete: a write was cut short (a crash or power loss). "
                                         "The next start of Sales Buddy keeps it aside and goes on.\n"));
        }
    } else {
        print(stdout, QStringLiteral("The audit log %1 has been altered: %2.\n").arg(path, result.problem));
    }
    return result.intact ? Success : Failure;
}

} // namespace

int runAudit(const QStringList& arguments)
{
    AdminCommand command(QStringLiteral("audit"),
                         QStringLiteral("Read and check the audit log of administrative events.\n\n"
                                        "  audit tail [-n N]   the last N events (default 20)\n"
                                        "  audit verify        check the hash chain: exit 0 when intact, 1 when a "
                                        "line was edited, inserted or removed"));
    const QCommandLineOption countOption(QStringList{QStringLiteral("n"), QStringLiteral("lines")},
                                         QStringLiteral("How many events tail shows (default 20; 0 for all)."),
                                         QStringLiteral("count"), QStringLiteral("20"));
    command.parser().addOption(countOption);
    command.parser().addPositionalArgument(QStringLiteral("action"), QStringLiteral("tail or verify"));
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QStringList words = command.positional();
    const auto config = command.config();
    if (!config)
        return UsageError;
    bool ok = false;
    const int count = command.parser().value(countOption).toInt(&ok);
    if (!ok || count < 0)
        return command.fail(QStringLiteral("-n must be a whole number of 0 or more"), UsageError);
    if (words.size() != 2 || (words.at(1) != QLatin1String("tail") && words.at(1) != QLatin1String("verify")))
        return command.fail(QStringLiteral("expected 'audit tail' or 'audit verify'"), UsageError);

    const QString path = QDir(Runtime::dataDirectoryFor(*config)).filePath(QStringLiteral("audit.log"));
    // Verify reads the file as it is: opening the log would first repair a torn last line.
    if (words.at(1) == QLatin1String("verify"))
        return verify(command, path);
    Runtime runtime(*config);
    return tail(command, runtime.audit(), count);
}

} // namespace sb::cli
