#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// The deployment environments of the old service's guide; keys and profiles are kept per environment.
enum class Environment { Development, Staging, Production };

QString environmentName(Environment environment);
// "development" (also "dev"), "staging", "production" (also "prod"), case-insensitively.
std::optional<Environment> parseEnvironment(const QString& text);
// Development, staging, production: the order lists and menus show them in.
const QList<Environment>& allEnvironments();

} // namespace sb
