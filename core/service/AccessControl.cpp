#include "service/AccessControl.h"

#include "logging/LogCategories.h"
#include "util/Clock.h"

namespace sb {
namespace {

// RFC 6750 §2.1: credentials = "Bearer" 1*SP b64token; the scheme is case-insensitive (RFC 9110 §11.1).
std::optional<QByteArray> bearerToken(const QByteArray& authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 8 || trimmed.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray token = trimmed.mid(7).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

HttpError unauthorized(const QString& code, const QString& message)
{
    return {401, code, message, {{"WWW-Authenticate", "Bearer realm=\"salesbuddy\""}}};
}

} // namespace

AccessControl::AccessControl(SecretValue adminToken, std::optional<SecretValue> apiToken, const Clock& clock,
                             QObject* parent)
    : AccessControl(std::move(adminToken), std::move(apiToken), clock, Policy{}, parent)
{}

AccessControl::AccessControl(SecretValue adminToken, std::optional<SecretValue> apiToken, const Clock& clock,
                             Policy policy, QObject* parent)
    : QObject(parent)
    , m_adminToken(std::move(adminToken))
    , m_apiToken(std::move(apiToken))
    , m_clock(clock)
    , m_policy(policy)
{}

AccessControl::~AccessControl() = default;

AccessControl::Requirement AccessControl::requirementFor(bool healthRoute, bool adminRoute) const
{
    if (healthRoute)
        return Requirement::None;
    if (adminRoute)
        return Requirement::AdminToken;
    return m_apiToken ? Requirement::ApiToken : Requirement::Open;
}

std::optional<HttpError> AccessControl::check(const ApiRequest& request, Requirement requirement)
{
    if (requirement == Requirement::None)
        return std::nullopt;
    const QString client = clientKey(request.client());
    const qint64 now = m_clock.monotonicMs();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_records.constFind(client);
        if (it != m_records.constEnd() && it->bannedUntilMs > now) {
            const qint64 seconds = (it->bannedUntilMs - now + 999) / 1000;
            return HttpError{403,
                             QStringLiteral("banned"),
                             QStringLiteral("Too many failed authentication attempts from %1. Try again in %2 "
                                            "minute(s), with the right token.")
                                 .arg(client)
                                 .arg((seconds + 59) / 60),
                             {{"Retry-After", QByteArray::number(seconds)}}};
        }
    }

    if (requirement == Requirement::Open)
        return std::nullopt;

    const auto token = bearerToken(request.header("Authorization"));
    const char* which = requirement == Requirement::AdminToken ? "the admin token" : "the API token";
    if (!token) {
        return unauthorized(QStringLiteral("authentication_required"),
                            QStringLiteral("This route needs %1 as 'Authorization: Bearer <token>'. "
                                           "`salesbuddy serve --print-admin-token` shows the admin token.")
                                .arg(QLatin1String(which)));
    }
    SecretValue admin;
    {
        QMutexLocker lock(&m_mutex);
        admin = m_adminToken;
    }
    const bool accepted = admin.equals(*token) ||
                          (requirement == Requirement::ApiToken && m_apiToken && m_apiToken->equals(*token));
    if (accepted)
        return std::nullopt;

    recordFailure(client, now);
    return unauthorized(QStringLiteral("invalid_token"),
                        QStringLiteral("The token sent is not %1. Repeated failures ban this address for 15 minutes.")
                            .arg(QLatin1String(which)));
}

void AccessControl::setAdminToken(const SecretValue& token)
{
    QMutexLocker lock(&m_mutex);
    m_adminToken = token;
}

void AccessControl::recordFailure(const QString& client, qint64 nowMs)
{
    std::optional<QDateTime> bannedUntil;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_records.contains(client) && m_records.size() >= m_policy.maxTrackedClients) {
            // Forget records with no recent failure and no ban; they carry nothing.
            m_records.removeIf([&](const auto& item) {
                const Record& r = item.value();
                return r.bannedUntilMs <= nowMs &&
                       (r.failures.empty() || r.failures.back() <= nowMs - m_policy.failureWindowMs);
            });
            if (m_records.size() >= m_policy.maxTrackedClients)
                m_records.erase(m_records.begin());
        }
        Record& record = m_records[client];
        const qint64 boundary = nowMs - m_policy.failureWindowMs;
        record.failures.erase(std::remove_if(record.failures.begin(), record.failures.end(),
                                             [boundary](qint64 t) { return t <= boundary; }),
                              record.failures.end());
        record.failures.push_back(nowMs);
        if (static_cast<int>(record.failures.size()) >= m_policy.maxFailures) {
            record.failures.clear();
            record.bannedUntilMs = nowMs + m_policy.banMs;
            bannedUntil = m_clock.now().addMSecs(m_policy.banMs);
        }
    }
    qCWarning(lcService).noquote() << "authentication failed from" << client;
    emit authenticationFailed(client);
    if (bannedUntil) {
        qCWarning(lcService).noquote() << "banned" << client << "until" << bannedUntil->toString(Qt::ISODate) << "after"
                                       << m_policy.maxFailures << "failed attempts";
        emit clientBanned(client, *bannedUntil);
    }
}

bool AccessControl::isBanned(const QHostAddress& client) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_records.constFind(clientKey(client));
    return it != m_records.constEnd() && it->bannedUntilMs > m_clock.monotonicMs();
}

QList<AccessControl::Ban> AccessControl::bans() const
{
    const qint64 now = m_clock.monotonicMs();
    const QDateTime wallNow = m_clock.now();
    QMutexLocker lock(&m_mutex);
    QList<Ban> result;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->bannedUntilMs > now)
            result.append({it.key(), wallNow.addMSecs(it->bannedUntilMs - now)});
    }
    return result;
}

} // namespace sb
