#include "extract/MailText.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>
#include <utility>

namespace sb {
namespace {

constexpr int kMaxDepth = 8; // nested multiparts; real mail uses two or three

struct Part
{
    QList<std::pair<QByteArray, QByteArray>> headers; // lower-cased name, unfolded value
    QByteArray body;

    QByteArray header(const char* name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

Part parsePart(const QByteArray& raw)
{
    Part part;
    qsizetype split = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = split + 4;
    const qsizetype lf = raw.indexOf("\n\n");
    if (split < 0 || (lf >= 0 && lf < split)) {
        split = lf;
        bodyStart = lf + 2;
    }
    const QByteArray head = split < 0 ? raw : raw.left(split);
    part.body = split < 0 ? QByteArray() : raw.mid(bodyStart);
    for (const QByteArray& rawLine : head.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !part.headers.isEmpty()) { // RFC 5322 §2.2.3 folding
            part.headers.back().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        part.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return part;
}

// A parameter of a Content-Type value: boundary, charset.
QByteArray parameter(const QByteArray& headerValue, const QByteArray& name)
{
    for (const QByteArray& piece : headerValue.split(';')) {
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0 || piece.left(equals).trimmed().toLower() != name)
            continue;
        QByteArray value = piece.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QByteArray mediaType(const Part& part)
{
    const QByteArray type = part.header("content-type");
    return (type.isEmpty() ? QByteArray("text/plain") : type.split(';').front().trimmed().toLower());
}

QByteArray decodeQuotedPrintable(const QByteArray& data, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '=' && i + 1 < data.size()) {
            if (data.at(i + 1) == '\n') { // soft line break
                i += 1;
                continue;
            }
            if (data.at(i + 1) == '\r' && i + 2 < data.size() && data.at(i + 2) == '\n') {
                i += 2;
                continue;
            }
            bool ok = false;
            const int byte = data.mid(i + 1, 2).toInt(&ok, 16);
            if (ok && i + 2 < data.size()) {
                out.append(static_cast<char>(byte));
                i += 2;
                continue;
            }
        }
        out.append(underscoreIsSpace && c == '_' ? ' ' : c);
    }
    return out;
}

QString decodeCharset(const QByteArray& data, const QByteArray& charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(data);
        // Without ICU only the Unicode encodings and Latin-1 are known; Latin-1 is the closest to the other 8-bit
        // Western ones and never fails.
        const QByteArray name = charset.toLower();
        if (name.startsWith("iso-8859") || name.startsWith("windows-125") || name.startsWith("cp125"))
            return QString::fromLatin1(data);
    }
    return QString::fromUtf8(data);
}

// RFC 2047 encoded words in headers: =?charset?B|Q?text?=
QString decodeHeader(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?]+)\?([BbQq])\?([^?]*)\?=)"));
    const QString raw = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto matches = word.globalMatch(raw);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString between = raw.mid(last, match.capturedStart() - last);
        // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQuotedPrintable(payload, true);
        out += decodeCharset(bytes, match.captured(1).toLatin1());
        last = match.capturedEnd();
        previousWasWord = true;
    }
    out += raw.mid(last);
    return out;
}

QString bodyText(const Part& part)
{
    const QByteArray encoding = part.header("content-transfer-encoding").trimmed().toLower();
    QByteArray bytes = part.body;
    if (encoding == "base64")
        bytes = QByteArray::fromBase64(bytes.simplified().replace(' ', ""));
    else if (encoding == "quoted-printable")
        bytes = decodeQuotedPrintable(bytes, false);
    QString text = decodeCharset(bytes, parameter(part.header("content-type"), "charset"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

QString htmlToText(QString html)
{
    static const QRegularExpression hidden(QStringLiteral("<(style|script|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blankRuns(QStringLiteral("\n[ \t]*\n([ \t]*\n)+"));
    html.remove(hidden);
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    html.replace(breaks, QStringLiteral("\n"));
    html.remove(tags);
    const std::pair<const char*, const char*> entities[] = {{"&nbsp;", " "},  {"&lt;", "<"},  {"&gt;", ">"},
                                                            {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, text] : entities)
        html.replace(QLatin1String(entity), QLatin1String(text));
    html.replace(blankRuns, QStringLiteral("\n\n"));
    return html.trimmed();
}

// The best text of a part: text/plain first, then text/html, searching multiparts depth first.
std::optional<QString> findText(const Part& part, int depth, bool wantHtml)
{
    const QByteArray type = mediaType(part);
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = parameter(part.header("content-type"), "boundary");
        if (boundary.isEmpty() || depth >= kMaxDepth)
            return std::nullopt;
        const QByteArray delimiter = "--" + boundary;
        QList<QByteArray> pieces = part.body.split('\n');
        QByteArray current;
        bool inPart = false;
        for (const QByteArray& rawLine : pieces) {
            const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
            if (line == delimiter || line == delimiter + "--") {
                if (inPart) {
                    if (auto text = findText(parsePart(current), depth + 1, wantHtml))
                        return text;
                }
                current.clear();
                inPart = line == delimiter;
                continue;
            }
            if (inPart)
                current += rawLine + '\n';
        }
        return std::nullopt;
    }
    if (part.header("content-disposition").toLower().startsWith("attachment"))
        return std::nullopt;
    if (type == "text/plain" && !wantHtml)
        return bodyText(part);
    if (type == "text/html" && wantHtml)
        return htmlToText(bodyText(part));
    return std::nullopt;
}

} // namespace

QString mailText(const QByteArray& message)
{
    const Part top = parsePart(message);
    const bool isMessage =
        !top.header("from").isEmpty() || !top.header("subject").isEmpty() || !top.header("content-type").isEmpty();
    if (!isMessage || top.body.isNull())
        return QString::fromUtf8(message);

    QString text;
    static const std::pair<const char*, const char*> shown[] = {
        {"from", "From"}, {"to", "To"}, {"cc", "Cc"}, {"date", "Date"}, {"subject", "Subject"}};
    for (const auto& [key, label] : shown) {
        const QByteArray value = top.header(key);
        if (!value.isEmpty())
            text += QLatin1String(label) + QLatin1String(": ") + decodeHeader(value) + QLatin1Char('\n');
    }
    std::optional<QString> body = findText(top, 0, false);
    if (!body)
        body = findText(top, 0, true);
    if (body)
        text += QLatin1Char('\n') + body->trimmed() + QLatin1Char('\n');
    return text;
}

} // namespace sb
