#pragma once

#include "extract/Entity.h"
#include "providers/ProviderId.h"

#include <QDateTime>
#include <QFuture>

#include <variant>

namespace sb {

struct ExtractionRequest
{
    QString text;
    QDateTime referenceTime; // relative dates resolve against this
};

// Why a provider could not answer; the router then moves down the fallback chain.
struct ProviderError
{
    enum class Kind { NoKey, Unsupported, KeyRejected, RateLimited, Timeout, Unreachable, BadResponse };
    Kind kind = Kind::Unreachable;
    QString message; // for people; never contains a key
};

using ProviderOutcome = std::variant<QList<Entity>, ProviderError>;

// Something that can extract entities. Cloud providers answer asynchronously; the offline one at once.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual ProviderId id() const = 0;
    virtual QString model() const = 0;
    // Thread-safe: called from the service thread while the console may read model().
    virtual QFuture<ProviderOutcome> extract(const ExtractionRequest& request) = 0;
};

} // namespace sb
