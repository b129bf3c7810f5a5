#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcService, "salesbuddy.service")
Q_LOGGING_CATEGORY(lcAccess, "salesbuddy.access")
Q_LOGGING_CATEGORY(lcRuntime, "salesbuddy.runtime")
Q_LOGGING_CATEGORY(lcProviders, "salesbuddy.providers")
