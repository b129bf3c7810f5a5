#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace sb {

// What a model's tokens cost, in US dollars per million.
struct ModelPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
};

// List prices per model: the table shipped with the program (resources/pricing/prices.json, with the date it was
// read), optionally overlaid by the user's own prices.json in the data folder.
class PriceTable final
{
public:
    static PriceTable shipped();
    // The JSON format of prices.json, or a sentence saying what is wrong with it.
    static std::variant<PriceTable, QString> parse(const QByteArray& json);

    // The user's entries replace or add to this table's.
    void overlay(const PriceTable& other);

    // Exact name first; otherwise the longest listed name the model starts with, so a dated snapshot such as
    // "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
    std::optional<ModelPrice> price(const QString& model) const;
    double cost(const ModelPrice& price, qint64 promptTokens, qint64 completionTokens) const;
    QString asOf() const { return m_asOf; }
    qsizetype size() const { return m_prices.size(); }

private:
    QString m_asOf;
    QHash<QString, ModelPrice> m_prices;
};

} // namespace sb
