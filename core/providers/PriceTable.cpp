#include "providers/PriceTable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

PriceTable PriceTable::shipped()
{
    QFile file(QStringLiteral(":/pricing/prices.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The price table is missing from the program's resources");
    auto parsed = parse(file.readAll());
    if (const auto* error = std::get_if<QString>(&parsed))
        qFatal("The shipped price table is invalid: %s", qPrintable(*error));
    return std::get<PriceTable>(std::move(parsed));
}

std::variant<PriceTable, QString> PriceTable::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    if (!document.isObject() || !document.object().value(QLatin1String("models")).isObject())
        return QStringLiteral("it must be an object with a \"models\" object");
    PriceTable table;
    table.m_asOf = document.object().value(QLatin1String("asOf")).toString();
    const QJsonObject models = document.object().value(QLatin1String("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue input = entry.value(QLatin1String("input"));
        const QJsonValue output = entry.value(QLatin1String("output"));
        if (!input.isDouble() || !output.isDouble() || input.toDouble() < 0 || output.toDouble() < 0) {
            return QStringLiteral("model \"%1\" needs \"input\" and \"output\" prices in US dollars per million "
                                  "tokens, as numbers of 0 or more")
                .arg(it.key());
        }
        table.m_prices.insert(it.key(), ModelPrice{input.toDouble(), output.toDouble()});
    }
    return table;
}

void PriceTable::overlay(const PriceTable& other)
{
    for (auto it = other.m_prices.begin(); it != other.m_prices.end(); ++it)
        m_prices.insert(it.key(), it.value());
    if (!other.m_asOf.isEmpty())
        m_asOf = other.m_asOf;
}

std::optional<ModelPrice> PriceTable::price(const QString& model) const
{
    if (const auto it = m_prices.constFind(model); it != m_prices.constEnd())
        return it.value();
    std::optional<ModelPrice> best;
    qsizetype bestLength = 0;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it) {
        if (it.key().size() > bestLength && model.startsWith(it.key())) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

double PriceTable::cost(const ModelPrice& price, qint64 promptTokens, qint64 completionTokens) const
{
    return (price.inputPerMillion * double(promptTokens) + price.outputPerMillion * double(completionTokens)) / 1e6;
}

} // namespace sb
