#pragma once

#include <QString>

#include <optional>

namespace sb {

enum class LogLevel { Debug, Info, Warn, Error };

// "debug", "info", "warn" (or "warning"), "error"; nullopt for anything else.
std::optional<LogLevel> parseLogLevel(const QString& text);

// Sets the filter rules for every salesbuddy.* category and a message pattern with time and severity. Qt's own
// categories stay at warnings.
void applyLogLevel(LogLevel level);

} // namespace sb
