#include "providers/ProviderAdmin.h"

#include "audit/AuditLog.h"
#include "providers/CloudProvider.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

#include <cmath>

namespace sb {
QJsonArray providerNamesJson(const QList<ProviderId>& ids)
{
    QJsonArray array;
    for (ProviderId id : ids)
        array.append(providerName(id));
    return array;
}

std::optional<QString> switchActiveProvider(ProviderRouter& router, AuditLog* audit, ProviderId provider,
                                            const QString& actor)
{
    const ProviderId previous = router.active();
    if (auto refusal = router.setActive(provider))
        return refusal;
    if (audit && provider != previous) {
        audit->append(actor, QStringLiteral("provider.switched"),
                      QJsonObject{{QStringLiteral("from"), providerName(previous)},
                                  {QStringLiteral("to"), providerName(provider)}});
    }
    return std::nullopt;
}

void changeFallback(ProviderRouter& router, AuditLog* audit, const std::optional<QList<ProviderId>>& fallback,
                    const QString& actor)
{
    router.setFallback(fallback);
    if (audit) {
        audit->append(actor, QStringLiteral("provider.fallback_changed"),
                      QJsonObject{{QStringLiteral("fallback"),
                                   fallback ? QJsonValue(providerNamesJson(*fallback)) : QJsonValue()}});
    }
}

std::optional<QString> changeEndpoint(ProviderRouter& router, AuditLog* audit, ProviderId provider,
                                      const CloudEndpoint& endpoint, const QString& actor)
{
    auto cloud = std::dynamic_pointer_cast<CloudProvider>(router.provider(provider));
    if (!cloud)
        return QCoreApplication::translate("ProviderAdmin", "%1 is not a cloud provider in this build.")
            .arg(providerName(provider));
    const QUrl& url = endpoint.baseUrl;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return QCoreApplication::translate("ProviderAdmin",
                                           "The base URL must be a full http:// or https:// address, such as "
                                           "https://api.openai.com/v1.");
    }
    // Keys travel in the Authorization header: in clear text only to this computer (a local model server).
    const QString host = url.host().toLower();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme() == QLatin1String("http") && !loopback)
        return QCoreApplication::translate("ProviderAdmin",
                                           "Plain http:// would send the API key unencrypted to %1. Use https://, or "
                                           "http:// only for a server on this computer (localhost).")
            .arg(url.host());
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("ProviderAdmin",
                                           "The base URL must not carry a user name, a query or a fragment: keys "
                                           "belong in the keychain, not in the address.");
    if (endpoint.model.trimmed().isEmpty())
        return QCoreApplication::translate("ProviderAdmin", "The model name cannot be empty.");
    const CloudEndpoint previous = cloud->endpoint();
    CloudEndpoint cleaned{url.adjusted(QUrl::StripTrailingSlash), endpoint.model.trimmed()};
    cloud->setEndpoint(cleaned);
    if (audit && (previous.baseUrl != cleaned.baseUrl || previous.model != cleaned.model)) {
        audit->append(actor, QStringLiteral("provider.endpoint_changed"),
                      QJsonObject{{QStringLiteral("provider"), providerName(provider)},
                                  {QStringLiteral("baseUrl"), cleaned.baseUrl.toString()},
                                  {QStringLiteral("model"), cleaned.model},
                                  {QStringLiteral("previousBaseUrl"), previous.baseUrl.toString()},
                                  {QStringLiteral("previousModel"), previous.model}});
    }
    return std::nullopt;
}

std::optional<QString> changeBudget(UsageLedger& usage, AuditLog* audit, Environment environment, double usd,
                                    const QString& actor)
{
    if (!std::isfinite(usd) || usd < 0 || usd > UsageLedger::kMaxBudgetUsd)
        return QCoreApplication::translate("ProviderAdmin", "A budget is an amount of US dollars from 0 to 1,000,000.");
    const double previous = usage.budget(environment).budgetUsd;
    if (auto failure = usage.setBudget(environment, usd))
        return failure;
    if (audit) {
        audit->append(actor, QStringLiteral("budget.changed"),
                      QJsonObject{{QStringLiteral("environment"), environmentName(environment)},
                                  {QStringLiteral("fromUsd"), previous},
                                  {QStringLiteral("toUsd"), usd}});
    }
    return std::nullopt;
}

} // namespace sb
