#include "service/AdminAudit.h"

#include "audit/AuditLog.h"
#include "service/ApiRequest.h"

namespace sb {

void auditApiChange(AuditLog* log, const ApiRequest& request, const QString& event, const QJsonObject& details)
{
    if (!log)
        return;
    QHostAddress client = request.client();
    bool mapped = false;
    const QHostAddress v4(client.toIPv4Address(&mapped));
    if (mapped)
        client = v4;
    log->append(QStringLiteral("api:") + client.toString(), event, details);
}

} // namespace sb
