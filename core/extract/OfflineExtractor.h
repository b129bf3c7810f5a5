#pragma once

#include "extract/Entity.h"

#include <QDateTime>

namespace sb {

// Finds entities with local rules only: no network, no keys. Stateless after construction and safe to call from any
// thread. This version recognizes e-mail addresses and amounts of money written with a currency sign or code.
class OfflineExtractor final
{
public:
    static QString modelName();

    QList<Entity> extract(const QString& text, const QDateTime& referenceTime) const;
};

} // namespace sb
