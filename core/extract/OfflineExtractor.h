#pragma once

#include "extract/AddressRecognizer.h"
#include "extract/ContactRecognizer.h"
#include "extract/DateRecognizer.h"
#include "extract/Entity.h"
#include "extract/MoneyRecognizer.h"
#include "extract/NameRecognizer.h"
#include "extract/TimeRecognizer.h"

#include <QDateTime>

namespace sb {

// Finds entities with local rules and gazetteers only: no network, no keys. Stateless after construction and safe to
// call from any thread. Each recognizer proposes spans; where two overlap, the longer one wins, then the more
// confident (GUIDELINES "Spans": spans never overlap, the longest single entity is kept).
class OfflineExtractor final
{
public:
    OfflineExtractor();

    static QString modelName();

    QList<Entity> extract(const QString& text, const QDateTime& referenceTime) const;

    // Fills in what another extractor (a cloud model) leaves to us: each date, time, money and contact entity gets the
    // normal form these recognizers give the same span, read in the whole text so context counts; every entity gets
    // its context. An entity none of them can read keeps an empty normal form.
    void normalize(QList<Entity>& entities, const QString& text, const QDateTime& referenceTime) const;

private:
    void findOfType(EntityType type, const QString& text, const QDate& reference, QList<Entity>& out) const;

    ContactRecognizer m_contacts;
    MoneyRecognizer m_money;
    DateRecognizer m_dates;
    TimeRecognizer m_times;
    NameRecognizer m_names;
    AddressRecognizer m_addresses;
};

// Keeps a set of non-overlapping entities: longest first, then most confident, then earliest.
QList<Entity> resolveOverlaps(QList<Entity> candidates);

} // namespace sb
