#pragma once

#include "config/Environment.h"
#include "extract/Entity.h"
#include "providers/ProviderId.h"
#include "secrets/SecretValue.h"

#include <QDateTime>
#include <QFuture>
#include <QUrl>

#include <variant>

namespace sb {

struct ExtractionRequest
{
    QString text;
    QDateTime referenceTime; // relative dates resolve against this
    // Whose keys and budget a cloud provider uses; the router sets it.
    Environment environment = Environment::Development;
};

// Why a provider could not answer; the router then moves down the fallback chain.
struct ProviderError
{
    enum class Kind {
        NoKey,       // no key in this environment
        Unsupported, // this build cannot call it
        KeyRejected, // 401 or 403: the key is wrong, revoked or lacks access
        RateLimited, // 429 after the retries
        Timeout,     // no complete answer in time
        Unreachable, // no HTTP answer at all: DNS, connection, TLS
        ServerError, // 5xx after the retries
        Refused,     // another 4xx: the request itself was refused (unknown model, bad base URL)
        BadResponse, // an answer that cannot be used: invalid, truncated or off-schema JSON
    };
    Kind kind = Kind::Unreachable;
    QString message; // for people; never contains a key
};

QString providerErrorKindName(ProviderError::Kind kind); // "key_rejected", "rate_limited", ...

using ProviderOutcome = std::variant<QList<Entity>, ProviderError>;

// The outcome of asking a provider whether a key works (GET {base}/models for the cloud ones).
struct KeyCheck
{
    enum class Result { Valid, Rejected, Unreachable, NoKey, NotNeeded };
    Result result = Result::NotNeeded;
    qint64 latencyMs = 0;
    int httpStatus = 0; // 0: no HTTP answer
    QString message;    // for people; never contains a key
    QDateTime checkedAt;
};

QString keyCheckResultName(KeyCheck::Result result); // "valid", "rejected", "unreachable", "no_key", "not_needed"

// Something that can extract entities. Cloud providers answer asynchronously; the offline one at once.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual ProviderId id() const = 0;
    virtual QString model() const = 0;
    // Where it is called; empty for the offline provider.
    virtual QUrl baseUrl() const { return {}; }
    // Thread-safe: called from the service thread while the console may read model().
    virtual QFuture<ProviderOutcome> extract(const ExtractionRequest& request) = 0;
    // Thread-safe. Providers without keys have nothing to check.
    virtual QFuture<KeyCheck> checkKey(Environment)
    {
        return QtFuture::makeReadyFuture(KeyCheck{KeyCheck::Result::NotNeeded, 0, 0, {}, QDateTime::currentDateTimeUtc()});
    }
    // The same for a key that is not (yet) in use, such as the new key of a rotation.
    virtual QFuture<KeyCheck> checkGivenKey(const SecretValue&)
    {
        return QtFuture::makeReadyFuture(KeyCheck{KeyCheck::Result::NotNeeded, 0, 0, {}, QDateTime::currentDateTimeUtc()});
    }
};

} // namespace sb
