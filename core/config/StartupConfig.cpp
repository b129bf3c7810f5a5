#include "config/StartupConfig.h"

namespace sb {
namespace {

std::optional<quint16> parsePort(const QString& text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

std::optional<QHostAddress> parseBindAddress(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

} // namespace

std::variant<StartupConfig, ConfigError> StartupConfig::load(const QProcessEnvironment& environment,
                                                             const CommandLineOverrides& overrides)
{
    StartupConfig config;

    const auto portSource = overrides.port ? std::make_pair(QStringLiteral("--port"), *overrides.port)
                            : environment.contains(QStringLiteral("PORT"))
                                ? std::make_pair(QStringLiteral("PORT"), environment.value(QStringLiteral("PORT")))
                                : std::make_pair(QString(), QString());
    if (!portSource.first.isEmpty()) {
        const auto port = parsePort(portSource.second);
        if (!port) {
            return ConfigError{portSource.first, QStringLiteral("%1 must be a whole number from 1 to 65535, not '%2'.")
                                                     .arg(portSource.first, portSource.second.left(40))};
        }
        config.service.port = *port;
    }

    if (environment.contains(QStringLiteral("LOG_LEVEL"))) {
        const QString text = environment.value(QStringLiteral("LOG_LEVEL"));
        const auto level = parseLogLevel(text);
        if (!level) {
            return ConfigError{
                QStringLiteral("LOG_LEVEL"),
                QStringLiteral("LOG_LEVEL must be one of debug, info, warn, error, not '%1'.").arg(text.left(40))};
        }
        config.logLevel = *level;
    }

    if (overrides.bind) {
        const auto address = parseBindAddress(*overrides.bind);
        if (!address) {
            return ConfigError{QStringLiteral("--bind"),
                               QStringLiteral("--bind must be an IP address such as 127.0.0.1 or ::1, not '%1'.")
                                   .arg(overrides.bind->left(60))};
        }
        if (!address->isLoopback()) {
            return ConfigError{QStringLiteral("--bind"),
                               QStringLiteral("--bind %1 is not a loopback address. The service answers only on "
                                              "127.0.0.1, ::1 or localhost.")
                                   .arg(address->toString())};
        }
        config.service.bindAddress = *address;
    }
    return config;
}

} // namespace sb
