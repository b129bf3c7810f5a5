#include "config/Environment.h"

namespace sb {

QString environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return {};
}

std::optional<Environment> parseEnvironment(const QString& text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("development") || name == QLatin1String("dev"))
        return Environment::Development;
    if (name == QLatin1String("staging"))
        return Environment::Staging;
    if (name == QLatin1String("production") || name == QLatin1String("prod"))
        return Environment::Production;
    return std::nullopt;
}

const QList<Environment>& allEnvironments()
{
    static const QList<Environment> environments{Environment::Development, Environment::Staging,
                                                 Environment::Production};
    return environments;
}

} // namespace sb
