#pragma once

#include <QJsonObject>
#include <QString>

namespace sb {

class ApiRequest;
class AuditLog;

// Records an administrative change made through the API in the audit log (when there is one), naming the client
// address as the actor: "api:127.0.0.1".
// "api:127.0.0.1": the client address of a request, as the audit log names it.
QString apiActor(const ApiRequest& request);
void auditApiChange(AuditLog* log, const ApiRequest& request, const QString& event, const QJsonObject& details);

} // namespace sb
