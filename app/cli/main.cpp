#include "Commands.h"
#include "Version.h"
#include "platform/ProcessHardening.h"
#include "secrets/Redactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

using sb::cli::print;

constexpr char kCommands[] = "Commands:\n"
                             "  serve    Run the extraction service headless on 127.0.0.1 (see 'salesbuddy serve "
                             "--help').\n"
                             "  keys     List, set, delete and validate provider keys in the system keychain.\n"
                             "  env      List the environments, show their profiles, switch between them.\n"
                             "  rotation Key ages and due dates, guided rotation, the compromise procedure.\n"
                             "  checklist The security checklist: automatic checks and ticked items.\n"
                             "  audit    Show the audit log, or verify its hash chain.\n"
                             "Each command has --help. Exit codes: 0 success, 1 the operation failed, 2 bad usage or "
                             "configuration.\n";

} // namespace

int main(int argc, char* argv[])
{
    sb::disableCoreDumps(); // first: a crash must not write keys to disk
    QCoreApplication app(argc, argv);
    // The main thread keeps the GLib loop, which the keychain's libsecret backend needs to deliver its answers; threads
    // started from here on (the HTTP service's, the network's) get Qt's own poll() dispatcher, which serves requests
    // about a fifth faster (docs/PERFORMANCE.md). An explicit QT_NO_GLIB wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    sb::installRedactingMessageHandler(); // before anything can log a secret
    QCoreApplication::setApplicationName(QStringLiteral("salesbuddy"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sb::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(sb::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(sb::kOrganizationDomain));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sales Buddy: the entity-extraction service and its administration from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run (see below)."),
                                 QStringLiteral("<command> [options]"));
    // Options after the command belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments)) {
        print(stderr, QStringLiteral("salesbuddy: %1\nRun 'salesbuddy --help' for usage.\n").arg(parser.errorText()));
        return sb::cli::UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("salesbuddy %1\n").arg(QCoreApplication::applicationVersion()));
        return sb::cli::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        print(positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? stderr : stdout,
              parser.helpText() + QLatin1Char('\n') + QString::fromLatin1(kCommands));
        return parser.isSet(QStringLiteral("help")) ? sb::cli::Success : sb::cli::UsageError;
    }

    const QString command = positional.first();
    if (command == QLatin1String("serve"))
        return sb::cli::runServe(positional);
    if (command == QLatin1String("keys"))
        return sb::cli::runKeys(positional);
    if (command == QLatin1String("audit"))
        return sb::cli::runAudit(positional);
    if (command == QLatin1String("env"))
        return sb::cli::runEnv(positional);
    if (command == QLatin1String("rotation"))
        return sb::cli::runRotation(positional);
    if (command == QLatin1String("checklist"))
        return sb::cli::runChecklist(positional);

    print(stderr, QStringLiteral("salesbuddy: unknown command '%1'.\n%2Run 'salesbuddy --help' for usage.\n")
                      .arg(command, QString::fromLatin1(kCommands)));
    return sb::cli::UsageError;
}
