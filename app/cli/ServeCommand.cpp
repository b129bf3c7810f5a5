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
        "Environment: PORT, AI_PROVIDER, OPENAI_API_KEY, MISTRAL_API_KEY, RATE_LIMIT_ENABLED,\n"
        "RATE_LIMIT_MAX_REQUESTS, RATE_LIMIT_WINDOW_MINUTES, LOG_LEVEL, NODE_ENV (or SALESBUDDY_ENV),\n"
        "SALESBUDDY_ADMIN_TOKEN, SALESBUDDY_API_TOKEN, SALESBUDDY_MAX_BODY_BYTES, SALESBUDDY_DATA_DIR,\n"
        "SALESBUDDY_CONFIG_DIR. Unset, NODE_ENV, AI_PROVIDER, RATE_LIMIT_* and LOG_LEVEL come from the active\n"
        "environment's profile ('salesbuddy env show').\n"
        "Cloud providers: OPENAI_BASE_URL, OPENAI_MODEL, MISTRAL_BASE_URL, MISTRAL_MODEL, AI_TIMEOUT_MS,\n"
        "AI_DEADLINE_MS, AI_FALLBACK, AI_MONTHLY_BUDGET_USD. Flags override the environment.\n"
        "See docs/API.md and docs/PROVIDERS.md."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("TCP port to listen on (default 3000, or PORT)."),
                                        QStringLiteral("port"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1). Anything but "
                                                       "loopback needs --allow-remote."),
                                        QStringLiteral("address"));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"),
        QStringLiteral("Allow --bind to a non-loopback address. Requires SALESBUDDY_API_TOKEN, which every route but "
                       "health then requires."));
    const QCommandLineOption printTokenOption(
        QStringLiteral("print-admin-token"),
        QStringLiteral("Print the admin token (SALESBUDDY_ADMIN_TOKEN, else the one kept in the keychain, else one "
                       "generated for this run) on the first line of output, for scripts that call the admin "
                       "routes."));
    parser.addOption(portOption);
    parser.addOption(bindOption);
    parser.addOption(allowRemoteOption);
    parser.addOption(printTokenOption);
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
    overrides.allowRemote = parser.isSet(allowRemoteOption);
    const auto loaded = StartupConfig::load(QProcessEnvironment::systemEnvironment(), overrides);
    if (const auto* error = std::get_if<ConfigError>(&loaded)) {
        print(stderr, QStringLiteral("salesbuddy: %1\n").arg(error->message));
        return UsageError;
    }
    const auto& config = std::get<StartupConfig>(loaded);
    applyLogLevel(config.logLevel);

    Runtime runtime(config);
    applyLogLevel(runtime.config().logLevel); // LOG_LEVEL, else the environment's profile
    // Keys kept in the keychain are read before the first request; a problem is logged and the service starts anyway.
    waitFor(runtime.loadKeys());
    if (parser.isSet(printTokenOption)) {
        print(
            stdout,
            QStringLiteral("Admin token: %1\n").arg(QString::fromLatin1(runtime.adminToken().reveal().toByteArray())));
    }
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, qApp, [] { QCoreApplication::exit(Success); });
    const auto tokenSource = parser.isSet(printTokenOption) ? Runtime::AdminTokenSource::Environment
                                                            : runtime.adminTokenSource();
    QObject::connect(&runtime.service(), &ServiceHost::started, qApp, [tokenSource](const QString& url) {
        print(stdout, QStringLiteral("Sales Buddy %1 serving on %2 (health: %2/api/health). Press Ctrl+C to stop.\n")
                          .arg(QString::fromLatin1(kVersion), url));
        if (tokenSource == Runtime::AdminTokenSource::ThisRun) {
            print(stdout, QStringLiteral("Admin routes need a token: without a keychain this run generated one it does "
                                         "not show. Set SALESBUDDY_ADMIN_TOKEN, or start with --print-admin-token.\n"));
        } else if (tokenSource == Runtime::AdminTokenSource::Keychain) {
            print(stdout, QStringLiteral("Admin routes need the admin token kept in the keychain; start with "
                                         "--print-admin-token to see it.\n"));
        }
    });
    QObject::connect(&runtime.service(), &ServiceHost::startFailed, qApp, [](const ListenError& error) {
        print(stderr, QStringLiteral("salesbuddy: %1\n").arg(error.describe()));
        QCoreApplication::exit(Failure);
    });
    runtime.startService();
    return QCoreApplication::exec();
}

} // namespace sb::cli
