#include "Labels.h"

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QLocale>

namespace sb::ui {

QString providerLabel(ProviderId id)
{
    switch (id) {
    case ProviderId::OpenAI:
        return QStringLiteral("OpenAI");
    case ProviderId::Mistral:
        return QStringLiteral("Mistral");
    case ProviderId::Offline:
        return QCoreApplication::translate("Labels", "Offline");
    }
    return {};
}

QString environmentLabel(Environment env)
{
    switch (env) {
    case Environment::Development:
        return QCoreApplication::translate("Labels", "Development");
    case Environment::Staging:
        return QCoreApplication::translate("Labels", "Staging");
    case Environment::Production:
        return QCoreApplication::translate("Labels", "Production");
    }
    return {};
}

QString consoleActor()
{
    return AuditLog::localActor(QStringLiteral("console"));
}

QString durationLabel(qint64 microseconds)
{
    const QLocale locale;
    if (microseconds < 10'000)
        return QCoreApplication::translate("Labels", "%1 ms").arg(locale.toString(microseconds / 1000.0, 'f', 1));
    if (microseconds < 1'000'000)
        return QCoreApplication::translate("Labels", "%1 ms").arg(locale.toString(microseconds / 1000));
    return QCoreApplication::translate("Labels", "%1 s").arg(locale.toString(microseconds / 1e6, 'f', 1));
}

} // namespace sb::ui
