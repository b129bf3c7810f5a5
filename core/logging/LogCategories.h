#pragma once

#include <QLoggingCategory>

// One category per module, all under the "salesbuddy." prefix so LOG_LEVEL can set them together.
Q_DECLARE_LOGGING_CATEGORY(lcService)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcRuntime)
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
