#include "extract/Entity.h"

namespace sb {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Organization:
        return QStringLiteral("organization");
    case EntityType::Location:
        return QStringLiteral("location");
    case EntityType::Product:
        return QStringLiteral("product");
    case EntityType::Financial:
        return QStringLiteral("financial");
    case EntityType::Contact:
        return QStringLiteral("contact");
    case EntityType::Date:
        return QStringLiteral("date");
    case EntityType::Time:
        return QStringLiteral("time");
    }
    return {};
}

const QList<EntityType>& allEntityTypes()
{
    static const QList<EntityType> types{EntityType::Person,  EntityType::Organization, EntityType::Location,
                                         EntityType::Product, EntityType::Financial,    EntityType::Contact,
                                         EntityType::Date,    EntityType::Time};
    return types;
}

std::optional<EntityType> parseEntityType(const QString& name)
{
    for (EntityType type : allEntityTypes()) {
        if (name.compare(entityTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace sb
