#include "providers/ProviderId.h"

namespace sb {

QString providerName(ProviderId id)
{
    switch (id) {
    case ProviderId::OpenAI:
        return QStringLiteral("openai");
    case ProviderId::Mistral:
        return QStringLiteral("mistral");
    case ProviderId::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

std::optional<ProviderId> parseProviderName(const QString& text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("demo"))
        return ProviderId::Offline;
    for (ProviderId id : allProviders()) {
        if (name == providerName(id))
            return id;
    }
    return std::nullopt;
}

const QList<ProviderId>& allProviders()
{
    static const QList<ProviderId> ids{ProviderId::OpenAI, ProviderId::Mistral, ProviderId::Offline};
    return ids;
}

} // namespace sb
