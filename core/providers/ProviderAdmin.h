#pragma once

#include "config/Environment.h"
#include "providers/CloudSettings.h"
#include "providers/ProviderId.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace sb {

class AuditLog;
class ProviderRouter;
class UsageLedger;

// Changes to who extracts, made by a person (the console, the CLI) or an API client, each written to the audit log
// (when there is one) under `actor`. The API routes and the console's panels go through these, so the same change is
// recorded the same way whoever makes it.

// ["openai", "offline"]: a chain as the API and the audit log write it.
QJsonArray providerNamesJson(const QList<ProviderId>& ids);

// Fails, changing nothing, when the provider cannot be made active (no key in the current environment).
std::optional<QString> switchActiveProvider(ProviderRouter& router, AuditLog* audit, ProviderId provider,
                                            const QString& actor);
// nullopt: back to the default chain.
void changeFallback(ProviderRouter& router, AuditLog* audit, const std::optional<QList<ProviderId>>& fallback,
                    const QString& actor);
// A cloud provider's base URL and model, from its next request. Fails, changing nothing, when the URL is not an
// absolute https URL (http only for localhost, where a local model server runs) or the model is empty.
std::optional<QString> changeEndpoint(ProviderRouter& router, AuditLog* audit, ProviderId provider,
                                      const CloudEndpoint& endpoint, const QString& actor);

// An environment's monthly cloud budget, saved. Fails, changing nothing, for an amount outside 0..1,000,000 or when
// usage.json cannot be written.
std::optional<QString> changeBudget(UsageLedger& usage, AuditLog* audit, Environment environment, double usd,
                                    const QString& actor);

} // namespace sb
