#include "extract/Gazetteer.h"

#include "logging/LogCategories.h"

#include <QFile>

namespace sb {
namespace {

// Calls `line` for each non-comment line of a resource file, split on tabs.
template <typename Function>
void forEachLine(const QString& name, Function line)
{
    QFile file(QStringLiteral(":/gazetteers/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcRuntime) << "gazetteer" << name
                              << "is missing from the resources; the offline extractor will "
                                 "miss what it lists";
        return;
    }
    const QByteArray data = file.readAll();
    qsizetype from = 0;
    while (from < data.size()) {
        qsizetype to = data.indexOf('\n', from);
        if (to < 0)
            to = data.size();
        const QByteArrayView raw(data.constData() + from, to - from);
        from = to + 1;
        if (raw.isEmpty() || raw.front() == '#')
            continue;
        line(QString::fromUtf8(raw).split(QLatin1Char('\t')));
    }
}

int wordCount(const QString& phrase)
{
    return static_cast<int>(phrase.count(QLatin1Char(' ')) + 1);
}

QString firstWord(const QString& phrase)
{
    const qsizetype space = phrase.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : phrase.left(space).toLower();
}

} // namespace

const Gazetteer& Gazetteer::shared()
{
    static const Gazetteer instance;
    return instance;
}

Gazetteer::Gazetteer()
{
    load();
}

void Gazetteer::load()
{
    forEachLine(QStringLiteral("currencies.tsv"), [this](const QStringList& f) { m_currencyCodes.insert(f.at(0)); });
    forEachLine(QStringLiteral("common-words.txt"), [this](const QStringList& f) { m_commonWords.insert(f.at(0)); });
    forEachLine(QStringLiteral("first-names.txt"),
                [this](const QStringList& f) { m_firstNames.insert(f.at(0).toLower()); });
    forEachLine(QStringLiteral("surnames.txt"), [this](const QStringList& f) { m_surnames.insert(f.at(0).toLower()); });
    forEachLine(QStringLiteral("cities.tsv"), [this](const QStringList& f) {
        if (f.size() < 3)
            return;
        const QString key = f.at(0).toLower();
        const qint64 population = f.at(2).toLongLong();
        if (population > m_cities.value(key)) {
            m_cities.insert(key, population);
            m_longestPhrase = std::max(m_longestPhrase, wordCount(key));
        }
    });
    forEachLine(QStringLiteral("countries.tsv"), [this](const QStringList& f) {
        for (qsizetype i = 1; i < f.size(); ++i) {
            m_countries.insert(f.at(i).toLower());
            m_longestPhrase = std::max(m_longestPhrase, wordCount(f.at(i)));
        }
    });
    forEachLine(QStringLiteral("regions.txt"), [this](const QStringList& f) {
        m_regions.insert(f.at(0).toLower());
        m_longestPhrase = std::max(m_longestPhrase, wordCount(f.at(0)));
    });
    forEachLine(QStringLiteral("street-words.txt"),
                [this](const QStringList& f) { m_streetWords.insert(f.at(0).toLower()); });
    forEachLine(QStringLiteral("brands.tsv"), [this](const QStringList& f) {
        if (f.size() < 2)
            return;
        m_brands.insert(f.at(0).toLower(),
                        f.at(1) == QLatin1String("product") ? BrandKind::Product : BrandKind::Organization);
        m_longestPhrase = std::max(m_longestPhrase, wordCount(f.at(0)));
    });
    m_longestPhrase = std::min(m_longestPhrase, 6);
    const auto remember = [this](const QString& phrase) {
        const QString first = firstWord(phrase);
        if (!first.isEmpty())
            m_phraseStarts.insert(first);
    };
    for (auto it = m_cities.cbegin(); it != m_cities.cend(); ++it)
        remember(it.key());
    for (const QString& name : std::as_const(m_countries))
        remember(name);
    for (const QString& name : std::as_const(m_regions))
        remember(name);
    for (auto it = m_brands.cbegin(); it != m_brands.cend(); ++it)
        remember(it.key());
}

qsizetype Gazetteer::entryCount() const
{
    return m_currencyCodes.size() + m_firstNames.size() + m_surnames.size() + m_cities.size() + m_countries.size() +
           m_regions.size() + m_streetWords.size() + m_brands.size() + m_commonWords.size();
}

} // namespace sb
