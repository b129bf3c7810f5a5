#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// RFC 4180 CSV, for the console's exports (entities, audit log). A field that a spreadsheet would run as a formula
// (starting with =, +, @, a tab, or - not followed by a digit) gets a leading apostrophe, as OWASP's "CSV injection"
// advice recommends: these files are opened in Excel by people who did not write their contents.
QString csvField(const QString& value);
// One record, fields joined with commas, ending in CRLF.
QString csvRecord(const QStringList& fields);

} // namespace sb
