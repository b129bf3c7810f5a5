#pragma once

#include "extract/Entity.h"
#include "extract/Patterns.h"

#include <QSet>

namespace sb {

// Finds amounts of money and writes them as "<number> <ISO 4217 code>": a sign before the number ("$", "€", "A$",
// "R$", "CN¥", "₹" …), an ISO code before or after it ("USD 1,200", "2.3 billion VND"), or a currency word after it
// ("fifty thousand dollars", "602,000 yuan"); with magnitudes (k, M, million, bn, lakh, crore), each amount's own
// separators ("R$ 1.250.000,00", "₹12,50,000", "CHF 14'800") and ranges, normalized to their lower bound
// ("$40–50k" → 40000 USD). An amount without a currency is not money (GUIDELINES "Money").
class MoneyRecognizer final
{
public:
    // `currencyCodes`: the ISO 4217 codes to accept next to a number.
    explicit MoneyRecognizer(QSet<QString> currencyCodes);

    void find(const QString& text, QList<Entity>& out) const { find(text, patterns::WordBeginnings(text), out); }
    // The same, with the text's word beginnings already found (the extractor finds them once for all recognizers).
    void find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const;

    // "1,250,000.50" or "1.250.000,50" or "12,50,000" → the number; nullopt when it is not one.
    static std::optional<double> parseAmount(QStringView digits, bool magnitudeFollows);

private:
    QSet<QString> m_codes;
};

} // namespace sb
