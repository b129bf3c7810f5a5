#include "extract/OfflineExtractor.h"

#include "extract/SentenceContext.h"

#include <QRegularExpression>

namespace sb {
namespace {

void findEmails(const QString& text, QList<Entity>& out)
{
    // A practical subset of RFC 5322 addr-spec: dot-atoms on both sides, a dotted domain with a letter TLD.
    static const QRegularExpression email(
        QStringLiteral(R"((?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]))"));
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString value = match.captured();
        while (value.endsWith(QLatin1Char('.'))) // a sentence's full stop is not part of the address
            value.chop(1);
        Entity entity;
        entity.type = EntityType::Contact;
        entity.value = value;
        entity.start = match.capturedStart();
        entity.end = entity.start + value.size();
        entity.confidence = 0.98;
        entity.normalized = value.toLower();
        out.append(entity);
    }
}

double magnitude(const QString& word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("k") || w == QLatin1String("thousand"))
        return 1e3;
    if (w == QLatin1String("m") || w == QLatin1String("mn") || w == QLatin1String("million"))
        return 1e6;
    if (w == QLatin1String("bn") || w == QLatin1String("billion"))
        return 1e9;
    return 1;
}

QString currencyForSymbol(const QString& symbol)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("$"), QStringLiteral("USD")}, {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")}, {QStringLiteral("¥"), QStringLiteral("JPY")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
    };
    return codes.value(symbol, symbol.toUpper());
}

QString formatAmount(double amount)
{
    QString number = QString::number(amount, 'f', 2);
    if (number.endsWith(QLatin1String(".00")))
        number.chop(3);
    return number;
}

void findMoney(const QString& text, QList<Entity>& out)
{
    // A currency sign or ISO code before a number with thousands separators, and an optional magnitude.
    static const QRegularExpression money(
        QStringLiteral(
            R"((?<![\w$€£¥₹])([$€£¥₹]|\b(?:USD|EUR|GBP|JPY|INR|CAD|AUD|CHF|NOK|SEK|DKK)\s?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|m|mn|bn|thousand|million|billion)\b)?)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = money.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const double amount = QString(match.captured(2).remove(QLatin1Char(',')) + match.captured(3)).toDouble() *
                              magnitude(match.captured(4));
        Entity entity;
        entity.type = EntityType::Financial;
        entity.value = match.captured();
        entity.start = match.capturedStart();
        entity.end = match.capturedEnd();
        entity.confidence = 0.95;
        entity.normalized = formatAmount(amount) + QLatin1Char(' ') + currencyForSymbol(match.captured(1).trimmed());
        out.append(entity);
    }
}

} // namespace

QString OfflineExtractor::modelName()
{
    return QStringLiteral("offline-rules-0.1");
}

QList<Entity> OfflineExtractor::extract(const QString& text, const QDateTime& referenceTime) const
{
    Q_UNUSED(referenceTime) // dates arrive with the full extractor
    QList<Entity> entities;
    findEmails(text, entities);
    findMoney(text, entities);
    std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) { return a.start < b.start; });
    for (Entity& entity : entities)
        entity.context = sentenceContext(text, entity.start, entity.end);
    return entities;
}

} // namespace sb
