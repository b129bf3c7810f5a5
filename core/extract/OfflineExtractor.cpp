#include "extract/OfflineExtractor.h"

#include "extract/Gazetteer.h"
#include "extract/SentenceContext.h"
#include "extract/SpanSet.h"

namespace sb {

OfflineExtractor::OfflineExtractor()
    : m_money(Gazetteer::shared().currencyCodes())
    , m_names(Gazetteer::shared())
    , m_addresses(Gazetteer::shared())
{}

QString OfflineExtractor::modelName()
{
    return QStringLiteral("offline-rules-0.2");
}

QList<Entity> resolveOverlaps(QList<Entity> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Entity& a, const Entity& b) {
        const qsizetype lengthA = a.end - a.start;
        const qsizetype lengthB = b.end - b.start;
        if (lengthA != lengthB)
            return lengthA > lengthB;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.start < b.start;
    });
    QList<Entity> kept;
    SpanSet taken;
    for (Entity& candidate : candidates) {
        if (taken.overlaps(candidate.start, candidate.end))
            continue;
        taken.insert(candidate.start, candidate.end);
        kept.append(std::move(candidate));
    }
    std::sort(kept.begin(), kept.end(), [](const Entity& a, const Entity& b) { return a.start < b.start; });
    return kept;
}

QList<Entity> OfflineExtractor::extract(const QString& text, const QDateTime& referenceTime) const
{
    const QDate reference = referenceTime.isValid() ? referenceTime.date() : QDate::currentDate();
    QList<Entity> candidates;
    m_contacts.find(text, candidates);
    m_money.find(text, candidates);
    m_dates.find(text, reference, candidates);
    m_times.find(text, candidates);
    m_names.find(text, candidates);
    m_addresses.find(text, candidates);
    QList<Entity> entities = resolveOverlaps(std::move(candidates));
    for (Entity& entity : entities)
        entity.context = sentenceContext(text, entity.start, entity.end);
    return entities;
}

} // namespace sb
