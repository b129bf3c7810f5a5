#pragma once

#include "extract/Entity.h"
#include "extract/Patterns.h"

namespace sb {

// Finds e-mail addresses (normalized to lower case) and phone numbers (normalized to their digits, with "+" and the
// country code where one is written; "00" becomes "+", a trunk "(0)" after the country code is dropped — GUIDELINES
// "Phones"). Extensions ("ext. 12", "x12") stay outside the span. Numbers with a country code are checked with
// Google's libphonenumber; national numbers must look like one (7 to 12 digits in phone-style groups).
class ContactRecognizer final
{
public:
    void find(const QString& text, QList<Entity>& out) const { find(text, patterns::WordBeginnings(text), out); }
    // The same, with the text's word beginnings already found (the extractor finds them once for all recognizers).
    void find(const QString& text, const patterns::WordBeginnings& words, QList<Entity>& out) const;
};

} // namespace sb
