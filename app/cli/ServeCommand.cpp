#include "Commands.h"
#include "Runtime.h"
#include "Version.h"
#include "config/StartupConfig.h"
#include "platform/TerminationSignals.h"
#include "service/ServiceHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sb::cli {

int runServe(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Run the Sales Buddy extraction service headless, on 127.0.0.1 port 3000 unless told otherwise.\n"
        "Environment: PORT, LOG_LEVEL (debug|info|warn|error). Flags override the environment."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("TCP port to listen on (default 3000, or PORT)."),
                                        QStringLiteral("port"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Loopback address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"));
    parser.addOption(portOption);
    parser.addOption(bindOption);
    parser.addPositionalArgument(QStringLiteral("serve"), QStringLiteral("Run the service."));

    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("salesbuddy"));
    if (!parser.parse(withProgram)) {
        print(
            stderr,
            QStringLiteral("salesbuddy serve: %1\nRun 'salesbuddy serve --help' for usage.\n").arg(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return Success;
    }
    if (parser.positionalArguments().size() > 1) {
        print(stderr,
              QStringLiteral("salesbuddy serve: unexpected argument '%1'.\n").arg(parser.positionalArguments().at(1)));
        return UsageError;
    }

    CommandLineOverrides overrides;
    if (parser.isSet(portOption))
        overrides.port = parser.value(portOption);
    if (parser.isSet(bindOption))
        overrides.bind = parser.value(bindOption);
    const auto loaded = StartupConfig::load(QProcessEnvironment::systemEnvironment(), overrides);
    if (const auto* error = std::get_if<ConfigError>(&loaded)) {
        print(stderr, QStringLiteral("salesbuddy: %1\n").arg(error->message));
        return UsageError;
    }
    const auto& config = std::get<StartupConfig>(loaded);
    applyLogLevel(config.logLevel);

    Runtime runtime(config.service);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, qApp, [] { QCoreApplication::exit(Success); });
    QObject::connect(&runtime.service(), &ServiceHost::started, qApp, [](const QString& url) {
        print(stdout, QStringLiteral("Sales Buddy %1 serving on %2 (health: %2/api/health). Press Ctrl+C to stop.\n")
                          .arg(QString::fromLatin1(kVersion), url));
    });
    QObject::connect(&runtime.service(), &ServiceHost::startFailed, qApp, [](const ListenError& error) {
        print(stderr, QStringLiteral("salesbuddy: %1\n").arg(error.describe()));
        QCoreApplication::exit(Failure);
    });
    runtime.startService();
    return QCoreApplication::exec();
}

} // namespace sb::cli
