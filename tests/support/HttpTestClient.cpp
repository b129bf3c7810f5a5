#include "HttpTestClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace sb::test {

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpTestClient::HttpTestClient(quint16 port, const QHostAddress& host)
    : m_port(port)
    , m_host(host)
{}

bool HttpTestClient::connect(int timeoutMs)
{
    m_socket.connectToHost(m_host, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

void HttpTestClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5000);
}

bool HttpTestClient::fill(qsizetype needed, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < needed) {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() >= needed)
            break;
        if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

std::optional<HttpReply> HttpTestClient::readReply(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(m_buffer.size() + 1, static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    HttpReply reply;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return std::nullopt;
    reply.status = statusLine.at(1).toInt();
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        reply.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype total = headEnd + 4 + contentLength;
    if (!fill(total, static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
        return std::nullopt;
    reply.body = m_buffer.mid(headEnd + 4, contentLength);
    m_buffer.remove(0, total);
    return reply;
}

bool HttpTestClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        m_socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray HttpTestClient::build(quint16 port, const QByteArray& method, const QByteArray& path,
                                 const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto& [name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}

std::optional<HttpReply> HttpTestClient::request(quint16 port, const QByteArray& method, const QByteArray& path,
                                                 const QList<QPair<QByteArray, QByteArray>>& headers,
                                                 const QByteArray& body)
{
    HttpTestClient client(port);
    if (!client.connect())
        return std::nullopt;
    client.send(build(port, method, path, headers, body));
    return client.readReply();
}

} // namespace sb::test
