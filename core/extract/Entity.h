#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// The eight types of the annotation guidelines (shared/eval/GUIDELINES.md).
enum class EntityType { Person, Organization, Location, Product, Financial, Contact, Date, Time };

QString entityTypeName(EntityType type);
std::optional<EntityType> parseEntityType(const QString& name);
const QList<EntityType>& allEntityTypes();

// One entity found in a text. start/end are offsets in UTF-16 code units, end exclusive, so value == text.mid(start,
// end - start) and a JavaScript client can use them with String.prototype.slice.
struct Entity
{
    EntityType type = EntityType::Person;
    QString value;
    qsizetype start = 0;
    qsizetype end = 0;
    double confidence = 0.5; // in (0, 1]
    QString normalized;      // empty when the type has no normal form
    QString context;         // the sentence around it

    // The entity covering text[start, end).
    static Entity at(const QString& text, EntityType type, qsizetype start, qsizetype end, double confidence,
                     QString normalized = {})
    {
        return Entity{type, text.mid(start, end - start), start, end, confidence, std::move(normalized), {}};
    }
};

} // namespace sb
