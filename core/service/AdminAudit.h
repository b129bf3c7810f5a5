#pragma once

#include <QJsonObject>
#include <QString>

namespace sb {

class ApiRequest;
class AuditLog;

// Records an administrative change made through the API in the audit log (when there is one), naming the client
// address as the actor: "api:127.0.0.1".
void auditApiChange(AuditLog* log, const ApiRequest& request, const QString& event, const QJsonObject& details);

} // namespace sb
