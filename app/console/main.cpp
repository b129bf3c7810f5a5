#include "MainWindow.h"
#include "Runtime.h"
#include "Version.h"
#include "config/StartupConfig.h"
#include "platform/ProcessHardening.h"
#include "platform/TerminationSignals.h"
#include "secrets/Redactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    sb::disableCoreDumps(); // first: a crash must not write keys to disk
    QApplication app(argc, argv);
    sb::installRedactingMessageHandler(); // before anything can log a secret
    // The window keeps the GLib loop the platform theme may need; threads started from here on — the HTTP service's —
    // get Qt's own poll() dispatcher, which serves requests about a fifth faster (docs/PERFORMANCE.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QApplication::setApplicationName(QStringLiteral("salesbuddy-console"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(sb::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(sb::kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(sb::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(sb::kOrganizationDomain));
    QApplication::setDesktopFileName(QStringLiteral("app.salesbuddy.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/salesbuddy/icons/salesbuddy.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sales Buddy Console: the desktop admin console, with the "
                                                    "extraction service running inside it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("Port for the built-in service (default 3000, or PORT)."),
                                        QStringLiteral("port"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Loopback address for the built-in service (default "
                                                       "127.0.0.1)."),
                                        QStringLiteral("address"));
    parser.addOption(portOption);
    parser.addOption(bindOption);
    parser.process(app);

    sb::CommandLineOverrides overrides;
    if (parser.isSet(portOption))
        overrides.port = parser.value(portOption);
    if (parser.isSet(bindOption))
        overrides.bind = parser.value(bindOption);
    const auto loaded = sb::StartupConfig::load(QProcessEnvironment::systemEnvironment(), overrides);
    if (const auto* error = std::get_if<sb::ConfigError>(&loaded)) {
        std::fprintf(stderr, "salesbuddy-console: %s\n", qPrintable(error->message));
        QMessageBox::critical(nullptr, QString::fromLatin1(sb::kApplicationName), error->message);
        return 2;
    }
    const auto& config = std::get<sb::StartupConfig>(loaded);
    sb::applyLogLevel(config.logLevel);

    sb::Runtime runtime(config);
    sb::applyLogLevel(runtime.config().logLevel); // LOG_LEVEL, else the environment's profile
    sb::ui::MainWindow window(runtime);
    sb::TerminationSignals termination;
    QObject::connect(&termination, &sb::TerminationSignals::received, &window, &QWidget::close);
    window.show();
    // The service starts once the keychain's keys and admin token are in; the window is usable meanwhile.
    runtime.loadKeys().then(&runtime, [&runtime](const QStringList&) { runtime.startService(); });
    return QApplication::exec();
}
