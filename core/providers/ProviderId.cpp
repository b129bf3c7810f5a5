#include "providers/ProviderId.h"

#include "providers/Provider.h"

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

QString keyVariable(ProviderId id)
{
    return id == ProviderId::Mistral ? QStringLiteral("MISTRAL_API_KEY") : QStringLiteral("OPENAI_API_KEY");
}

QString providerErrorKindName(ProviderError::Kind kind)
{
    switch (kind) {
    case ProviderError::Kind::NoKey:
        return QStringLiteral("no_key");
    case ProviderError::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case ProviderError::Kind::KeyRejected:
        return QStringLiteral("key_rejected");
    case ProviderError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case ProviderError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ProviderError::Kind::Unreachable:
        return QStringLiteral("unreachable");
    case ProviderError::Kind::ServerError:
        return QStringLiteral("server_error");
    case ProviderError::Kind::Refused:
        return QStringLiteral("refused");
    case ProviderError::Kind::BadResponse:
        return QStringLiteral("bad_response");
    }
    return {};
}

QString keyCheckResultName(KeyCheck::Result result)
{
    switch (result) {
    case KeyCheck::Result::Valid:
        return QStringLiteral("valid");
    case KeyCheck::Result::Rejected:
        return QStringLiteral("rejected");
    case KeyCheck::Result::Unreachable:
        return QStringLiteral("unreachable");
    case KeyCheck::Result::NoKey:
        return QStringLiteral("no_key");
    case KeyCheck::Result::NotNeeded:
        return QStringLiteral("not_needed");
    }
    return {};
}

const QList<ProviderId>& cloudProviders()
{
    static const QList<ProviderId> ids{ProviderId::OpenAI, ProviderId::Mistral};
    return ids;
}

} // namespace sb
