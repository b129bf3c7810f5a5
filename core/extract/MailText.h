#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

// The readable text of an e-mail message (RFC 5322, MIME), for the console's "drop a .eml file": the From, To, Cc,
// Date and Subject lines, then the body's first text/plain part — or its text/html part with the markup removed —
// decoded from quoted-printable or base64 and from its charset. A file that is not a message gives its bytes as UTF-8.
QString mailText(const QByteArray& message);

} // namespace sb
