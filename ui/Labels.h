#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"

#include <QString>

namespace sb::ui {

// Names as people read them; the API and the files use the lower-case ones (providerName, environmentName).
QString providerLabel(ProviderId id);      // "OpenAI", "Mistral", "Offline"
QString environmentLabel(Environment env); // "Development", "Staging", "Production"
// Who the audit log names for a change made in the console: "console:<user>".
QString consoleActor();
// "0.4 ms", "85 ms", "1.3 s"
QString durationLabel(qint64 microseconds);

} // namespace sb::ui
