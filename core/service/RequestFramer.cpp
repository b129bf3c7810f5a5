#include "service/RequestFramer.h"

#include <QByteArrayView>
#include <QStringBuilder>

#include <algorithm>

namespace sb {
namespace {

// QHttpHeaderParser gives up (and silently drops every header) past this many fields; stop earlier so the two never
// disagree about where a body starts.
constexpr int kMaxHeaderFields = 100;
constexpr qsizetype kMaxContentLengthDigits = 15;

bool isSkippedBeforeRequest(char c)
{
    // QHttpServer 6.4 skips this white space before a request line (RFC 9112 §2.2 allows ignoring empty lines).
    return c == '\r' || c == '\n' || c == '\t' || c == '\v' || c == ' ';
}

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    static constexpr QByteArrayView other("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || other.contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool hasControlChars(QByteArrayView s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

bool isAllDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

HttpError badRequest(const QString& why)
{
    return {400, QStringLiteral("bad_request"), why};
}

// Finds the end of the header section the way QHttpServer 6.4 does: the first "\n\n" or "\n\r\n". Returns the index
// one past it, or -1.
qsizetype findHeadEnd(const QByteArray& head, qsizetype from)
{
    for (qsizetype nl = head.indexOf('\n', from); nl >= 0; nl = head.indexOf('\n', nl + 1)) {
        if (nl + 1 < head.size() && head.at(nl + 1) == '\n')
            return nl + 2;
        if (nl + 2 < head.size() && head.at(nl + 1) == '\r' && head.at(nl + 2) == '\n')
            return nl + 3;
    }
    return -1;
}

std::optional<HttpError> checkRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        return badRequest(QStringLiteral("The request line is malformed. Send 'METHOD /path HTTP/1.1'."));
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return badRequest(QStringLiteral("The request method is not a valid token (RFC 9110 §9.1)."));
    if (target.isEmpty() || target.front() != '/' || hasControlChars(target) || target.contains(' ')) {
        return badRequest(QStringLiteral("The request target must be a path starting with '/'."));
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/") && version.size() >= 6) {
            return HttpError{505, QStringLiteral("http_version_not_supported"),
                             QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are supported.")};
        }
        return badRequest(QStringLiteral("The request line has no valid HTTP version."));
    }
    static constexpr QByteArrayView known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    if (std::find(std::begin(known), std::end(known), method) == std::end(known)) {
        // RFC 9110 §9.1: an unrecognized method gets 501.
        return HttpError{501, QStringLiteral("not_implemented"),
                         QStringLiteral("The method %1 is not supported by this service.")
                             .arg(QString::fromLatin1(method.first(std::min<qsizetype>(method.size(), 32))))};
    }
    return std::nullopt;
}

} // namespace

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits)
{}

RequestFramer::Progress RequestFramer::feed(const char* data, qsizetype size)
{
    Progress progress;
    qsizetype i = 0;
    while (i < size && m_state != State::Failed) {
        switch (m_state) {
        case State::Idle:
            if (isSkippedBeforeRequest(data[i])) {
                ++i;
                break;
            }
            m_head.clear();
            m_state = State::Head;
            break;
        case State::Head: {
            const qsizetype before = m_head.size();
            const qsizetype take = std::min(size - i, m_limits.maxHeaderBytes - before);
            m_head.append(data + i, take);
            const qsizetype end = findHeadEnd(m_head, std::max<qsizetype>(0, before - 2));
            if (end < 0) {
                i += take;
                if (m_head.size() >= m_limits.maxHeaderBytes) {
                    m_state = State::Failed;
                    progress.error = HttpError{
                        431, QStringLiteral("header_too_large"),
                        QStringLiteral("The request line and headers exceed %1 bytes. Send fewer or shorter headers.")
                            .arg(m_limits.maxHeaderBytes)};
                }
                break;
            }
            i += end - before;
            m_head.truncate(end);
            bool expectContinue = false;
            if (auto error = finishHead(expectContinue)) {
                m_state = State::Failed;
                progress.error = std::move(error);
                break;
            }
            m_head.clear();
            if (m_bodyRemaining > 0) {
                m_state = State::Body;
                progress.continues += expectContinue ? 1 : 0;
            } else {
                complete(progress);
            }
            break;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyRemaining, size - i);
            i += take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                complete(progress);
            break;
        }
        case State::Failed:
            break;
        }
    }
    return progress;
}

void RequestFramer::complete(Progress& progress)
{
    m_state = State::Idle;
    progress.completed.append(m_closeRequested);
}

std::optional<HttpError> RequestFramer::finishHead(bool& expectContinue)
{
    QByteArrayView rest(m_head);
    qsizetype nl = rest.indexOf('\n');
    QByteArrayView requestLine = rest.first(nl);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    if (auto error = checkRequestLine(requestLine))
        return error;
    const bool http10 = requestLine.endsWith("HTTP/1.0");
    rest = rest.sliced(nl + 1);

    int fields = 0;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    qint64 contentLength = -1;
    bool transferEncoding = false;
    while (!rest.isEmpty()) {
        nl = rest.indexOf('\n');
        QByteArrayView line = rest.first(nl);
        rest = rest.sliced(nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if (line.front() == ' ' || line.front() == '\t')
            return badRequest(QStringLiteral("Folded header lines are not accepted (RFC 9112 §5.2)."));
        if (++fields > kMaxHeaderFields) {
            return HttpError{431, QStringLiteral("header_too_large"),
                             QStringLiteral("The request has more than %1 header fields.").arg(kMaxHeaderFields)};
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(line.first(colon)))
            return badRequest(QStringLiteral("A header line is malformed; each must be 'Name: value'."));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (hasControlChars(value))
            return badRequest(QStringLiteral("A header value contains control characters."));

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!isAllDigits(value) || value.size() > kMaxContentLengthDigits)
                return badRequest(QStringLiteral("Content-Length must be a non-negative whole number."));
            const qint64 length = value.toLongLong();
            if (contentLength >= 0 && contentLength != length)
                return badRequest(QStringLiteral("The request has conflicting Content-Length headers."));
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0) {
                return HttpError{417, QStringLiteral("expectation_failed"),
                                 QStringLiteral("Only 'Expect: 100-continue' is supported.")};
            }
            expectContinue = true;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            const QByteArray options = QByteArray(value.data(), value.size()).toLower();
            for (const QByteArray& option : options.split(',')) {
                connectionClose = connectionClose || option.trimmed() == "close";
                connectionKeepAlive = connectionKeepAlive || option.trimmed() == "keep-alive";
            }
        } else if (name.compare("Upgrade", Qt::CaseInsensitive) == 0) {
            if (QByteArray(value.data(), value.size()).toLower().contains("websocket")) {
                return HttpError{501, QStringLiteral("not_implemented"),
                                 QStringLiteral("WebSocket upgrades are not supported by this service.")};
            }
        }
    }

    if (transferEncoding) {
        // RFC 9112 §6.1: Transfer-Encoding with Content-Length is a smuggling attempt; without it, a body of unknown
        // length that we choose not to accept (§6.3 allows 411).
        if (contentLength >= 0)
            return badRequest(QStringLiteral("A request must not carry both Transfer-Encoding and Content-Length."));
        return HttpError{411, QStringLiteral("length_required"),
                         QStringLiteral("Chunked transfer encoding is not accepted. Send the body with a "
                                        "Content-Length header.")};
    }
    if (contentLength > m_limits.maxBodyBytes) {
        return HttpError{413, QStringLiteral("payload_too_large"),
                         QStringLiteral("The request body is %1 bytes; this service accepts at most %2 bytes.")
                             .arg(contentLength)
                             .arg(m_limits.maxBodyBytes)};
    }
    m_bodyRemaining = std::max<qint64>(contentLength, 0);
    m_closeRequested = connectionClose || (http10 && !connectionKeepAlive);
    return std::nullopt;
}

} // namespace sb
