// libFuzzer target for the offline extractor: arbitrary bytes as UTF-8 text (up to the service's 20,000-character
// limit) and a reference day taken from the first bytes. Besides sanitizer reports it checks what every client relies
// on: entities in order, never overlapping, each value the exact UTF-16 slice its offsets name, a confidence in
// (0, 1]. Built only with -DSALESBUDDY_FUZZ=ON and clang; the test command runs it for a bounded time.
#include "extract/OfflineExtractor.h"
#include "extract/Patterns.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "extractor invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // the gazetteers are Qt resources
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const sb::OfflineExtractor extractor;
    const int dayOffset = size >= 2 ? (data[0] << 8 | data[1]) % 3000 : 0;
    const QDateTime reference(QDate(2024, 1, 1).addDays(dayOffset), QTime(9, 0));
    // Mostly UTF-8, as clients send it; inputs starting with 0xFF are raw UTF-16 code units instead, unpaired
    // surrogates and all, as a JSON "\ud800" escape can produce.
    QString text;
    if (size > 0 && data[0] == 0xFF) {
        text = QString(qsizetype((size - 1) / 2), Qt::Uninitialized);
        std::memcpy(text.data(), data + 1, size_t(text.size()) * sizeof(QChar));
        text.truncate(20'000);
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).left(20'000);
    }
    const QList<sb::Entity> entities = extractor.extract(text, reference);
    const QString valid = sb::patterns::validUtf16(text); // what the extractor reads: same length, same offsets
    require(valid.size() == text.size(), "repairing the text moved its offsets");
    qsizetype previousEnd = 0;
    for (const sb::Entity& e : entities) {
        require(e.start >= previousEnd, "entities overlap or are out of order");
        require(e.start < e.end && e.end <= text.size(), "offsets outside the text");
        require(valid.mid(e.start, e.end - e.start) == e.value, "value is not the slice its offsets name");
        require(e.confidence > 0 && e.confidence <= 1, "confidence outside (0, 1]");
        previousEnd = e.end;
    }
    return 0;
}
