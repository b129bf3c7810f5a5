// libFuzzer target for everything the service does with bytes it did not write, short of Qt's own HTTP parser: framing
// the connection's byte stream (RequestFramer), reading JSON bodies (extraction, rate-limit changes, provider
// switching, budgets), the Host check, bearer-token authentication, what a cloud provider sends back (the reply, the
// model's JSON, retry headers), a user's price table and an imported .env file. Built only with -DSALESBUDDY_FUZZ=ON
// and clang; the test command runs it for a bounded time.
#include "config/DotEnv.h"
#include "providers/ChatProtocol.h"
#include "providers/PriceTable.h"
#include "providers/ProviderRouter.h"
#include "providers/RetryPolicy.h"
#include "providers/UsageLedger.h"
#include "secrets/KeySource.h"
#include "service/AccessControl.h"
#include "service/ApiRequest.h"
#include "service/ExtractionRequestParser.h"
#include "service/HostCheck.h"
#include "service/RateLimiter.h"
#include "service/RequestFramer.h"
#include "service/ServiceRoutes.h"
#include "util/Clock.h"

#include <cstddef>
#include <cstdint>

namespace {

using sb::ApiRequest;

struct Fixture
{
    sb::ManualClock clock;
    sb::RateLimiter limiter{sb::RateLimitPolicy{}, clock};
    sb::EnvironmentKeySource keys{sb::SecretValue(QByteArrayView("sk-fuzz-0123456789abcdef")), std::nullopt};
    sb::ProviderRouter providers{sb::ProviderId::Offline, sb::Environment::Development, keys, clock};
    sb::UsageLedger usage{QString(), sb::PriceTable::shipped(), clock};
    sb::Router::Route putBudget = sb::putBudgetRoute(usage);
    sb::AccessControl access{sb::SecretValue(QByteArrayView("admin-token-0123456789")), std::nullopt, clock};
    sb::Router::Route putRateLimit = sb::putRateLimitRoute(limiter);
    sb::Router::Route switchProvider = sb::switchProviderRoute(providers);
    sb::HostCheck hostCheck{QHostAddress(QHostAddress::LocalHost), 3000};
};

Fixture& fixture()
{
    static Fixture instance;
    return instance;
}

ApiRequest jsonPost(const char* path, const QByteArray& body, const sb::HeaderList& extra = {})
{
    sb::HeaderList headers{{"Host", "127.0.0.1:3000"}, {"Content-Type", "application/json"}};
    headers += extra;
    return ApiRequest(ApiRequest::Method::Post, QString::fromLatin1(path), headers, body,
                      QHostAddress(QHostAddress::LocalHost));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Fixture& f = fixture();

    // The connection's byte stream, arriving in two reads split where the first byte says; small limits so the
    // limit paths are reached too.
    {
        sb::RequestFramer framer({512, 2048});
        const qsizetype split = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.front()) % (bytes.size() + 1);
        const auto first = framer.feed(bytes.constData(), split);
        if (!first.error)
            framer.feed(bytes.constData() + split, bytes.size() - split);
    }

    // The bytes as the body of each route that reads JSON.
    sb::parseExtractionRequest(jsonPost("/api/extract-entities", bytes), 20'000, f.clock.now());
    f.putRateLimit.handler(jsonPost("/api/rate-limit", bytes));
    f.switchProvider.handler(jsonPost("/api/ai/provider", bytes));
    f.putBudget.handler(jsonPost("/api/usage/budget", bytes));
    f.limiter.setPolicy(sb::RateLimitPolicy{}); // undo whatever a valid body changed
    f.providers.setFallback(std::nullopt);

    // The bytes as what a cloud provider sent back: the HTTP body, the model's JSON, a user's price table.
    sb::chat::parseReply(bytes);
    sb::chat::entitiesFromContent(QString::fromUtf8(bytes), QStringLiteral("Ana Lima met Bo Chen at Acme Corp on May 3"));
    sb::PriceTable::parse(bytes);
    sb::parseDotEnv(bytes); // an imported .env file

    // The first line as header values.
    const QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? 256 : bytes.indexOf('\n'));
    f.hostCheck.check(ApiRequest(ApiRequest::Method::Get, QStringLiteral("/api/health"), {{"Host", line}}, {},
                                 QHostAddress(QHostAddress::LocalHost)));
    f.access.check(jsonPost("/api/ai/provider", {}, {{"Authorization", line}}),
                   sb::AccessControl::Requirement::AdminToken);
    sb::retry::serverDelayMs({{"Retry-After", line},
                              {"x-ratelimit-remaining-requests", "0"},
                              {"x-ratelimit-reset-requests", line}},
                             f.clock.now());
    return 0;
}
