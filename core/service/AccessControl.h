#pragma once

#include "secrets/SecretValue.h"
#include "service/ApiRequest.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <optional>
#include <vector>

namespace sb {

class Clock;

// Who may call what. Administrative routes need the admin token; when the service listens beyond loopback, every
// route but health needs the API token (or the admin token). Tokens arrive as "Authorization: Bearer …" (RFC 6750)
// and are compared in constant time. Ten wrong tokens from one address within 15 minutes ban it for 15 minutes.
class AccessControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessControl)

public:
    struct Policy
    {
        int maxFailures = 10;
        qint64 failureWindowMs = 15 * 60'000;
        qint64 banMs = 15 * 60'000;
        qsizetype maxTrackedClients = 10'000;
    };

    // None: no checks at all (health). Open: no token, but a banned address is still refused.
    enum class Requirement { None, Open, ApiToken, AdminToken };

    AccessControl(SecretValue adminToken, std::optional<SecretValue> apiToken, const Clock& clock,
                  QObject* parent = nullptr);
    AccessControl(SecretValue adminToken, std::optional<SecretValue> apiToken, const Clock& clock, Policy policy,
                  QObject* parent = nullptr);
    ~AccessControl() override;

    // What a route needs: health nothing; admin routes the admin token; the rest the API token when one is set.
    Requirement requirementFor(bool healthRoute, bool adminRoute) const;
    std::optional<HttpError> check(const ApiRequest& request, Requirement requirement);

    bool isBanned(const QHostAddress& client) const;
    struct Ban
    {
        QString client;
        QDateTime until;
    };
    QList<Ban> bans() const;

    // Replaces the admin token (the one kept in the keychain, once it has been read). Thread-safe.
    void setAdminToken(const SecretValue& token);

signals:
    void authenticationFailed(const QString& client);
    void clientBanned(const QString& client, const QDateTime& until);

private:
    struct Record
    {
        std::vector<qint64> failures; // times within the failure window
        qint64 bannedUntilMs = 0;
    };

    void recordFailure(const QString& client, qint64 nowMs);

    SecretValue m_adminToken;
    std::optional<SecretValue> m_apiToken;
    const Clock& m_clock;
    const Policy m_policy;
    mutable QMutex m_mutex;
    QHash<QString, Record> m_records;
};

} // namespace sb
