#include "extract/Patterns.h"

namespace sb::patterns {

QString validUtf16(const QString& text)
{
    if (text.isValidUtf16())
        return text;
    QString repaired = text;
    QChar* data = repaired.data();
    const qsizetype size = repaired.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
            ++i; // a proper pair
        } else if (data[i].isSurrogate()) {
            data[i] = QChar::ReplacementCharacter;
        }
    }
    return repaired;
}

} // namespace sb::patterns
