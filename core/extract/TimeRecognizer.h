#pragma once

#include "extract/Entity.h"
#include "extract/Patterns.h"

namespace sb {

// Finds clock times and writes them as 24-hour HH:MM: "15:30", "3 PM", "9 a.m.", "noon", "midnight", "half past two",
// "quarter to five", "three thirty pm", "nine in the morning", a bare hour after "at" or "by" ("at four"), and both
// ends of a range ("2–4pm"). Without am/pm, business hours decide (GUIDELINES): 7–11 morning, 12 noon, 1–6 afternoon.
class TimeRecognizer final
{
public:
    void find(const QString& text, QList<Entity>& out) const { find(text, patterns::WordBeginnings(text), out); }
    // The same, with the text's word beginnings already found (the extractor finds them once for all recognizers).
    void find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const;
};

} // namespace sb
