#include "logging/Logging.h"

#include <QLoggingCategory>

namespace sb {

std::optional<LogLevel> parseLogLevel(const QString& text)
{
    const QString level = text.trimmed().toLower();
    if (level == QLatin1String("debug"))
        return LogLevel::Debug;
    if (level == QLatin1String("info"))
        return LogLevel::Info;
    if (level == QLatin1String("warn") || level == QLatin1String("warning"))
        return LogLevel::Warn;
    if (level == QLatin1String("error"))
        return LogLevel::Error;
    return std::nullopt;
}

void applyLogLevel(LogLevel level)
{
    const bool debug = level == LogLevel::Debug;
    const bool info = level <= LogLevel::Info;
    const bool warning = level <= LogLevel::Warn;
    QLoggingCategory::setFilterRules(QStringLiteral("salesbuddy.*.debug=%1\nsalesbuddy.*.info=%2\n"
                                                    "salesbuddy.*.warning=%3\nqt.*.debug=false")
                                         .arg(debug ? QLatin1String("true") : QLatin1String("false"),
                                              info ? QLatin1String("true") : QLatin1String("false"),
                                              warning ? QLatin1String("true") : QLatin1String("false")));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} "
                                      "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warn%{endif}"
                                      "%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
                                      "%{if-category}%{category}: %{endif}%{message}"));
}

} // namespace sb
