#include "extract/OfflineExtractor.h"

#include "extract/Gazetteer.h"
#include "extract/Patterns.h"
#include "extract/SentenceContext.h"
#include "extract/SpanSet.h"

#include <map>
#include <numeric>
#include <vector>

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
    // The longest candidate wins, then the surest, then the first. Sorting their indices moves no entity around.
    std::vector<qsizetype> order(size_t(candidates.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&candidates](qsizetype i, qsizetype j) {
        const Entity& a = candidates.at(i);
        const Entity& b = candidates.at(j);
        const qsizetype lengthA = a.end - a.start;
        const qsizetype lengthB = b.end - b.start;
        if (lengthA != lengthB)
            return lengthA > lengthB;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.start < b.start;
    });
    std::vector<qsizetype> kept;
    SpanSet taken;
    for (const qsizetype i : order) {
        const Entity& candidate = candidates.at(i);
        if (taken.overlaps(candidate.start, candidate.end))
            continue;
        taken.insert(candidate.start, candidate.end);
        kept.push_back(i);
    }
    // In text order: the spans kept overlap none of the others, so their starts differ.
    std::sort(kept.begin(), kept.end(),
              [&candidates](qsizetype i, qsizetype j) { return candidates.at(i).start < candidates.at(j).start; });
    QList<Entity> result;
    result.reserve(qsizetype(kept.size()));
    for (const qsizetype i : kept)
        result.append(std::move(candidates[i]));
    return result;
}

QList<Entity> OfflineExtractor::extract(const QString& input, const QDateTime& referenceTime) const
{
    // The recognizers match without re-checking the text at every match (patterns::kValidSubject): make sure once.
    const QString text = patterns::validUtf16(input);
    const QDate reference = referenceTime.isValid() ? referenceTime.date() : QDate::currentDate();
    QList<Entity> candidates;
    const patterns::WordBeginnings words(text);
    m_contacts.find(text, words, candidates);
    m_money.find(text, words, candidates);
    m_dates.find(text, words, reference, candidates);
    m_times.find(text, words, candidates);
    m_names.find(text, candidates);
    m_addresses.find(text, words, candidates);
    QList<Entity> entities = resolveOverlaps(std::move(candidates));
    const SentenceIndex sentences(text);
    for (Entity& entity : entities)
        entity.context = sentences.context(entity.start, entity.end);
    return entities;
}

void OfflineExtractor::findOfType(EntityType type, const QString& text, const QDate& reference,
                                  QList<Entity>& out) const
{
    switch (type) {
    case EntityType::Contact:
        m_contacts.find(text, out);
        break;
    case EntityType::Financial:
        m_money.find(text, out);
        break;
    case EntityType::Date:
        m_dates.find(text, reference, out);
        break;
    case EntityType::Time:
        m_times.find(text, out);
        break;
    default:
        break;
    }
}

void OfflineExtractor::normalize(QList<Entity>& entities, const QString& input, const QDateTime& referenceTime) const
{
    const QString text = patterns::validUtf16(input);
    const QDate reference = referenceTime.isValid() ? referenceTime.date() : QDate::currentDate();
    std::map<EntityType, QList<Entity>> readings; // what the recognizers find in the whole text, per type
    const SentenceIndex sentences(text);
    for (Entity& entity : entities) {
        entity.context = sentences.context(entity.start, entity.end);
        entity.normalized.clear();
        if (entity.type != EntityType::Contact && entity.type != EntityType::Financial &&
            entity.type != EntityType::Date && entity.type != EntityType::Time)
            continue;
        auto found = readings.find(entity.type);
        if (found == readings.end()) {
            found = readings.emplace(entity.type, QList<Entity>()).first;
            findOfType(entity.type, text, reference, found->second);
        }
        // The same span, else the reading overlapping it most.
        const Entity* best = nullptr;
        qsizetype bestOverlap = 0;
        for (const Entity& reading : std::as_const(found->second)) {
            const qsizetype overlap = std::min(reading.end, entity.end) - std::max(reading.start, entity.start);
            if (reading.type == entity.type && overlap > bestOverlap && !reading.normalized.isEmpty()) {
                best = &reading;
                bestOverlap = reading.start == entity.start && reading.end == entity.end ? text.size() + 1 : overlap;
            }
        }
        if (best) {
            entity.normalized = best->normalized;
            continue;
        }
        // Out of context, the value alone.
        QList<Entity> alone;
        findOfType(entity.type, patterns::validUtf16(entity.value), reference, alone);
        for (const Entity& reading : std::as_const(alone)) {
            if (reading.type == entity.type && !reading.normalized.isEmpty()) {
                entity.normalized = reading.normalized;
                break;
            }
        }
        if (entity.normalized.isEmpty() && entity.type == EntityType::Contact &&
            entity.value.contains(QLatin1Char('@')))
            entity.normalized = entity.value.trimmed().toLower();
    }
}

} // namespace sb
