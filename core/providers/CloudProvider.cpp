#include "providers/CloudProvider.h"

#include "extract/OfflineExtractor.h"
#include "logging/LogCategories.h"
#include "providers/CloudNetwork.h"
#include "providers/RetryPolicy.h"
#include "providers/UsageLedger.h"
#include "secrets/KeySource.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sb {
namespace {

// Appends a path to a base URL such as https://api.openai.com/v1.
QUrl join(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest requestFor(const QUrl& url, const SecretValue& key)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + key.reveal().toByteArray());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SalesBuddyConsole"));
    // Redirects would carry the key elsewhere; an API endpoint does not redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

// The provider's own short error identifier ("model_not_found"), never its message, which may quote the key.
QString errorCode(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    for (const char* field : {"code", "type"}) {
        const QString code = error.value(QLatin1String(field)).toString();
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (identifier.match(code).hasMatch())
            return code;
    }
    return {};
}

QString httpDescription(const HttpExchange& exchange)
{
    const QString code = errorCode(exchange.body);
    return code.isEmpty() ? QStringLiteral("HTTP %1").arg(exchange.status)
                          : QStringLiteral("HTTP %1, %2").arg(exchange.status).arg(code);
}

bool retryable(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

} // namespace

struct CloudProvider::Call
{
    ExtractionRequest request;
    CloudEndpoint endpoint;
    SecretValue key;
    QByteArray body;
    QDeadlineTimer deadline;
    int retries = 0;
    QPromise<ProviderOutcome> promise;
};

CloudProvider::CloudProvider(ProviderId id, CloudEndpoint endpoint, CallLimits limits, const KeySource& keys,
                             CloudNetwork& network, std::shared_ptr<const OfflineExtractor> normalizer,
                             UsageLedger* usage)
    : m_id(id)
    , m_limits(limits)
    , m_keys(keys)
    , m_network(network)
    , m_normalizer(std::move(normalizer))
    , m_usage(usage)
    , m_endpoint(std::move(endpoint))
{}

QString CloudProvider::model() const
{
    QMutexLocker lock(&m_mutex);
    return m_endpoint.model;
}

CloudEndpoint CloudProvider::endpoint() const
{
    QMutexLocker lock(&m_mutex);
    return m_endpoint;
}

void CloudProvider::setEndpoint(const CloudEndpoint& endpoint)
{
    QMutexLocker lock(&m_mutex);
    m_endpoint = endpoint;
}

QFuture<ProviderOutcome> CloudProvider::extract(const ExtractionRequest& request)
{
    auto call = std::make_shared<Call>();
    call->promise.start();
    QFuture<ProviderOutcome> future = call->promise.future();
    auto key = m_keys.key(m_id, request.environment);
    if (!key) {
        finish(call, ProviderError{ProviderError::Kind::NoKey,
                                   QStringLiteral("no API key in the %1 environment")
                                       .arg(environmentName(request.environment))});
        return future;
    }
    call->request = request;
    call->endpoint = endpoint();
    call->key = std::move(*key);
    call->body = chat::requestBody(m_id == ProviderId::OpenAI ? chat::OutputMode::JsonSchema
                                                                : chat::OutputMode::JsonObject,
                                   call->endpoint.model, request.text, request.referenceTime);
    call->deadline = QDeadlineTimer(m_limits.deadlineMs);
    m_network.post([this, call] { attempt(call); });
    return future;
}

void CloudProvider::attempt(std::shared_ptr<Call> call)
{
    const qint64 remaining = call->deadline.remainingTime();
    if (remaining <= 0) {
        finish(call, ProviderError{ProviderError::Kind::Timeout,
                                   QStringLiteral("no answer within the %1 s deadline").arg(m_limits.deadlineMs / 1000.0)});
        return;
    }
    const int timeoutMs = int(std::min<qint64>(m_limits.timeoutMs, remaining));
    m_network.send(requestFor(join(call->endpoint.baseUrl, QStringLiteral("/chat/completions")), call->key),
                   call->body, timeoutMs, [this, call](const HttpExchange& exchange) { handle(call, exchange); });
}

void CloudProvider::handle(std::shared_ptr<Call> call, const HttpExchange& exchange)
{
    const QString host = call->endpoint.baseUrl.host();
    if (exchange.timedOut) {
        finish(call, ProviderError{ProviderError::Kind::Timeout,
                                   QStringLiteral("%1 did not answer within %2 s")
                                       .arg(host)
                                       .arg(std::min<qint64>(m_limits.timeoutMs, exchange.elapsedMs) / 1000.0)});
        return;
    }
    if (exchange.status == 0) {
        finish(call, ProviderError{ProviderError::Kind::Unreachable,
                                   QStringLiteral("cannot reach %1: %2").arg(host, exchange.errorText)});
        return;
    }
    if (exchange.status == 401 || exchange.status == 403) {
        finish(call, ProviderError{ProviderError::Kind::KeyRejected,
                                   QStringLiteral("key rejected by %1 (%2)").arg(host, httpDescription(exchange))});
        return;
    }
    if (retryable(exchange.status)) {
        const auto serverDelay = retry::serverDelayMs(exchange.headers, QDateTime::currentDateTimeUtc());
        const qint64 delay =
            serverDelay.value_or(retry::backoffMs(call->retries, QRandomGenerator::global()->generateDouble()));
        // Worth retrying only if the wait leaves time for an answer before the deadline.
        if (call->retries < retry::kMaxRetries && delay + 100 < call->deadline.remainingTime()) {
            ++call->retries;
            qCInfo(lcProviders).noquote() << providerName(m_id) << "answered" << httpDescription(exchange)
                                        << "- retry" << call->retries << "of" << retry::kMaxRetries << "in" << delay
                                        << "ms";
            m_network.postDelayed(int(delay), [this, call] { attempt(call); });
            return;
        }
        const bool limited = exchange.status == 429;
        QString message = QStringLiteral("%1 answered %2").arg(host, httpDescription(exchange));
        if (call->retries > 0)
            message += QStringLiteral(" after %1 retries").arg(call->retries);
        else if (serverDelay)
            message += QStringLiteral(" and asked to wait %1 s, past the deadline").arg(*serverDelay / 1000.0);
        finish(call, ProviderError{limited ? ProviderError::Kind::RateLimited : ProviderError::Kind::ServerError,
                                   message});
        return;
    }
    if (exchange.status < 200 || exchange.status > 299) {
        finish(call, ProviderError{ProviderError::Kind::Refused,
                                   QStringLiteral("%1 refused the request (%2)").arg(host, httpDescription(exchange))});
        return;
    }

    // Billed whether or not the answer can be used.
    const TokenUsage usage = chat::usageOf(exchange.body);
    if (m_usage && (usage.promptTokens > 0 || usage.completionTokens > 0))
        m_usage->record(call->request.environment, m_id, call->endpoint.model, usage);
    auto reply = chat::parseReply(exchange.body);
    if (const auto* error = std::get_if<QString>(&reply)) {
        finish(call, ProviderError{ProviderError::Kind::BadResponse, QStringLiteral("%1: %2").arg(host, *error)});
        return;
    }
    const chat::Reply& answer = std::get<chat::Reply>(reply);
    auto candidates = chat::entitiesFromContent(answer.content, call->request.text);
    if (const auto* error = std::get_if<QString>(&candidates)) {
        finish(call, ProviderError{ProviderError::Kind::BadResponse, QStringLiteral("%1: %2").arg(host, *error)});
        return;
    }
    chat::Candidates& found = std::get<chat::Candidates>(candidates);
    if (found.invented > 0 || found.unknownTypes > 0) {
        qCDebug(lcProviders).noquote() << providerName(m_id) << "answer: dropped" << found.invented
                                     << "values not in the text and" << found.unknownTypes << "of unknown types";
    }
    QList<Entity> entities = resolveOverlaps(std::move(found.entities));
    m_normalizer->normalize(entities, call->request.text, call->request.referenceTime);
    finish(call, entities);
}

void CloudProvider::finish(const std::shared_ptr<Call>& call, ProviderOutcome outcome)
{
    call->promise.addResult(std::move(outcome));
    call->promise.finish();
}

QFuture<KeyCheck> CloudProvider::checkKey(Environment environment)
{
    const auto key = m_keys.key(m_id, environment);
    if (!key) {
        return QtFuture::makeReadyFuture(
            KeyCheck{KeyCheck::Result::NoKey, 0, 0,
                     QStringLiteral("no API key in the %1 environment").arg(environmentName(environment)),
                     QDateTime::currentDateTimeUtc()});
    }
    return checkGivenKey(*key);
}

QFuture<KeyCheck> CloudProvider::checkGivenKey(const SecretValue& key)
{
    auto promise = std::make_shared<QPromise<KeyCheck>>();
    promise->start();
    QFuture<KeyCheck> future = promise->future();
    const CloudEndpoint target = endpoint();
    const QNetworkRequest request = requestFor(join(target.baseUrl, QStringLiteral("/models")), key);
    const int timeoutMs = m_limits.timeoutMs;
    m_network.post([this, promise, request, timeoutMs, host = target.baseUrl.host()] {
        m_network.send(request, QByteArray(), timeoutMs, [promise, host](const HttpExchange& exchange) {
            KeyCheck check;
            check.latencyMs = exchange.elapsedMs;
            check.httpStatus = exchange.status;
            check.checkedAt = QDateTime::currentDateTimeUtc();
            if (exchange.status >= 200 && exchange.status <= 299) {
                check.result = KeyCheck::Result::Valid;
                check.message = QStringLiteral("%1 accepted the key").arg(host);
            } else if (exchange.status == 401 || exchange.status == 403) {
                check.result = KeyCheck::Result::Rejected;
                check.message = QStringLiteral("key rejected by %1 (%2)").arg(host, httpDescription(exchange));
            } else {
                check.result = KeyCheck::Result::Unreachable;
                check.message = exchange.timedOut ? QStringLiteral("%1 did not answer in time").arg(host)
                                : exchange.status == 0
                                    ? QStringLiteral("cannot reach %1: %2").arg(host, exchange.errorText)
                                    : QStringLiteral("%1 answered %2").arg(host, httpDescription(exchange));
            }
            promise->addResult(check);
            promise->finish();
        });
    });
    return future;
}

} // namespace sb
