#include "service/AdminAudit.h"

#include "audit/AuditLog.h"
#include "service/ApiRequest.h"

namespace sb {

QString apiActor(const ApiRequest& request)
{
    QHostAddress client = request.client();
    bool mapped = false;
    const QHostAddress v4(client.toIPv4Address(&mapped));
    if (mapped)
        client = v4;
    return QStringLiteral("api:") + client.toString();
}

void auditApiChange(AuditLog* log, const ApiRequest& request, const QString& event, const QJsonObject& details)
{
    if (log)
        log->append(apiActor(request), event, details);
}

} // namespace sb
