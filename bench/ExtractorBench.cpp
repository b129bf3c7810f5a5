// Speed, start-up and memory of the offline extractor (offline-extractor issue): texts per second on one core over
// the project's corpus, the cost of loading every resource, and the worst cases at the 20,000-character limit.
// Run: bench/extractor.sh; numbers go to docs/PERFORMANCE.md.
#include "extract/Gazetteer.h"
#include "extract/OfflineExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <fstream>
#include <string>

namespace {

struct Text
{
    QString text;
    QDateTime reference;
};

const QList<Text>& corpus()
{
    static const QList<Text> texts = [] {
        QList<Text> result;
        for (const char* name : {"dev.jsonl", "test.jsonl"}) {
            QFile file(QStringLiteral(SALESBUDDY_CORPUS_DIR "/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read the corpus");
            while (!file.atEnd()) {
                const QJsonObject item = QJsonDocument::fromJson(file.readLine()).object();
                if (item.isEmpty())
                    continue;
                result.append({item.value(QStringLiteral("text")).toString(),
                               QDateTime::fromString(item.value(QStringLiteral("reference")).toString(), Qt::ISODate)});
            }
        }
        return result;
    }();
    return texts;
}

double residentMegabytes(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(std::string(field).size())) / 1024.0;
    }
    return 0;
}

void ExtractCorpus(benchmark::State& state)
{
    const sb::OfflineExtractor extractor;
    const auto& texts = corpus();
    qsizetype characters = 0;
    for (const Text& t : texts)
        characters += t.text.size();
    for (auto _ : state) {
        for (const Text& t : texts)
            benchmark::DoNotOptimize(extractor.extract(t.text, t.reference));
    }
    state.SetItemsProcessed(state.iterations() * texts.size());
    state.counters["chars_per_text"] = double(characters) / texts.size();
    state.counters["peak_rss_mb"] = residentMegabytes("VmHWM:");
}
BENCHMARK(ExtractCorpus)->Unit(benchmark::kMillisecond);

// Loading every resource: the gazetteers, plus compiling each recognizer's patterns on a first extraction.
void StartUp(benchmark::State& state)
{
    for (auto _ : state) {
        const sb::Gazetteer gazetteer;
        benchmark::DoNotOptimize(gazetteer.entryCount());
    }
    state.counters["entries"] = double(sb::Gazetteer().entryCount());
}
BENCHMARK(StartUp)->Unit(benchmark::kMillisecond)->Iterations(10);

// The worst inputs at the text limit: long runs of what the recognizers look at.
void Pathological(benchmark::State& state)
{
    static const char* units[] = {
        "1 ", "A ", "$1 ", "Mr. ", "May Jordan ", "the 1st ", "12/12 ", "at four ", "aaaa", "+1 555 ", "Rua ",
        "3pm-4pm ", "one point ", "., ", "Bank of ", "1200 N Lake Shore Dr, ",
        // Runs the name recognizer's later passes look at: legal forms, lower-case company nouns, introductions,
        // names to match again.
        "Inc ", "zzq bank ", "this is dave from acme ", "Maple Leaf Credit Union ",
        // Phone look-aheads over separators, addresses found by their street or building word, street endings before
        // a number, honorifics after a name, company words in lower case, months and weekdays for date windows.
        "(", "1 . ", "Ralph Bunche Road, ", "Telkom Plaza, ", "Laserkatu 6 ", "tanaka san ", "clinica ", "Monday ",
        // Days in digits after a weekday, hours with an "h", initials of organizations named before, domains,
        // venues after "at the".
        "Wed 5th ", "à 15h ", "Bank of Ghana BoG BOG ", "Booking.com ", "at the Fairmont Royal ",
        // Session 10's searches: a street and a number before a postal code, a plot first, a Hungarian street word,
        // a part in parentheses before a legal form, counts before names, possessives inside names, ranges with "to".
        "Strandkaien 2, 5013 Bergen ", "Plot 27, Pune 412220 ", "Váci út 76, ", "Acme (Hong Kong) Limited ",
        "2 × Okamura Contessa II ", "St. Brigid's University Hospital ", "from 2 to 4pm ", "sandvik toro lh517i ",
        "a1/2/3/4/",
        // Session 12's: words joined as a dictated e-mail address, airports and their initials, words before what is
        // sold, codes after a word in speech.
        "x dot ", "OR Tambo ", "the yardmate demo ", "pax a920 "};
    const QString unit = QString::fromUtf8(units[state.range(0)]);
    QString text;
    while (text.size() + unit.size() <= 20'000)
        text += unit;
    const sb::OfflineExtractor extractor;
    const QDateTime reference(QDate(2026, 11, 25), QTime(9, 0));
    for (auto _ : state)
        benchmark::DoNotOptimize(extractor.extract(text, reference));
    state.SetLabel(units[state.range(0)]);
}
BENCHMARK(Pathological)->DenseRange(0, 45)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // resources and logging need an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
