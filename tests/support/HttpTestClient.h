#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

namespace sb::test {

struct HttpReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    QJsonObject json() const;
};

// A deliberately plain HTTP/1.1 client over a blocking QTcpSocket, so tests can send exactly the bytes they mean
// (malformed, partial, pipelined) and read exactly what comes back. Use it from a thread other than the server's.
class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port, const QHostAddress& host = QHostAddress(QHostAddress::LocalHost));

    bool connect(int timeoutMs = 5000);
    void send(const QByteArray& bytes);
    // The next complete response (interim 1xx responses are returned too), or nullopt on timeout or close.
    std::optional<HttpReply> readReply(int timeoutMs = 5000);
    // True once the server has closed the connection.
    bool waitForClose(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket& socket() { return m_socket; }
    // Bytes received and not yet taken by readReply().
    const QByteArray& buffered() const { return m_buffer; }

    // One request on a fresh connection: method, path, headers (Host is added), body.
    static std::optional<HttpReply> request(quint16 port, const QByteArray& method, const QByteArray& path,
                                            const QList<QPair<QByteArray, QByteArray>>& headers = {},
                                            const QByteArray& body = {});
    static QByteArray build(quint16 port, const QByteArray& method, const QByteArray& path,
                            const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {});

private:
    bool fill(qsizetype needed, int timeoutMs);

    quint16 m_port;
    QHostAddress m_host;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace sb::test
