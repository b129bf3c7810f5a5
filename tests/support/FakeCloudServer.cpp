#include "FakeCloudServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace sb::test {

// Lives on the server's thread: accepts connections, splits HTTP/1.1 requests (keep-alive, Content-Length bodies)
// and writes whatever the server decides.
class FakeCloudServer::Worker final : public QObject
{
public:
    explicit Worker(FakeCloudServer& owner)
        : m_owner(owner)
    {
        m_clock.start();
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Received request;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            request.atMs = m_clock.elapsed();
            buffer.remove(0, headerEnd + 4 + length);
            const QByteArray response = m_owner.respond(request);
            if (!response.isEmpty())
                socket->write(response);
        }
    }

    FakeCloudServer& m_owner;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

namespace {

QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

QByteArray errorBody(const char* message, const char* type, const char* code)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("message"), QString::fromLatin1(message)},
                                                  {QStringLiteral("type"), QString::fromLatin1(type)},
                                                  {QStringLiteral("code"), QString::fromLatin1(code)}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FakeCloudServer::Received::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeCloudServer::FakeCloudServer()
{
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FakeCloudServer::~FakeCloudServer()
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl FakeCloudServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

void FakeCloudServer::script(std::initializer_list<Answer> answers)
{
    QMutexLocker lock(&m_mutex);
    m_script.insert(m_script.end(), answers.begin(), answers.end());
}

void FakeCloudServer::setDefault(Answer answer)
{
    QMutexLocker lock(&m_mutex);
    m_default = answer;
}

void FakeCloudServer::setContent(const QString& content)
{
    QMutexLocker lock(&m_mutex);
    m_content = content;
}

void FakeCloudServer::setUsage(int promptTokens, int completionTokens)
{
    QMutexLocker lock(&m_mutex);
    m_promptTokens = promptTokens;
    m_completionTokens = completionTokens;
}

void FakeCloudServer::setRateLimitHeaders(QList<QPair<QByteArray, QByteArray>> headers)
{
    QMutexLocker lock(&m_mutex);
    m_rateLimitHeaders = std::move(headers);
}

QList<FakeCloudServer::Received> FakeCloudServer::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

int FakeCloudServer::count(const QByteArray& pathSuffix) const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_received.begin(), m_received.end(),
                             [&](const Received& request) { return request.path.endsWith(pathSuffix); }));
}

bool FakeCloudServer::waitForCount(const QByteArray& pathSuffix, int wanted, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (count(pathSuffix) < wanted) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(10);
    }
    return true;
}

QByteArray FakeCloudServer::respond(const Received& request)
{
    QMutexLocker lock(&m_mutex);
    m_received.append(request);
    Answer answer = m_default;
    if (!m_script.empty()) {
        answer = m_script.front();
        m_script.pop_front();
    }
    const bool models = request.path.endsWith("/models");
    const auto chatBody = [this](const QString& finishReason) {
        const QJsonObject body{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("message"),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                 {QStringLiteral("content"), m_content}}},
                                    {QStringLiteral("finish_reason"), finishReason}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), m_promptTokens},
                                                  {QStringLiteral("completion_tokens"), m_completionTokens},
                                                  {QStringLiteral("total_tokens"), m_promptTokens + m_completionTokens}}},
        };
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    switch (answer) {
    case Answer::Good:
        if (models)
            return httpResponse(200, "OK", R"({"object":"list","data":[{"id":"fake-model","object":"model"}]})");
        return httpResponse(200, "OK", chatBody(QStringLiteral("stop")));
    case Answer::InvalidJson:
        return httpResponse(200, "OK", "<html>upstream proxy error</html>");
    case Answer::Truncated: {
        const QByteArray whole = chatBody(QStringLiteral("stop"));
        return httpResponse(200, "OK", whole.left(whole.size() / 2));
    }
    case Answer::CutOff:
        return httpResponse(200, "OK", chatBody(QStringLiteral("length")));
    case Answer::Stall:
        return {};
    case Answer::Unauthorized:
        return httpResponse(401, "Unauthorized",
                            errorBody("Incorrect API key provided: sk-tes*****2345. You can find your API key at "
                                      "https://platform.openai.com/account/api-keys.",
                                      "invalid_request_error", "invalid_api_key"));
    case Answer::BadRequest:
        return httpResponse(400, "Bad Request",
                            errorBody("The model does not exist", "invalid_request_error", "model_not_found"));
    case Answer::TooMany:
        return httpResponse(429, "Too Many Requests",
                            errorBody("Rate limit reached for requests", "requests", "rate_limit_exceeded"),
                            m_rateLimitHeaders);
    case Answer::ServerError:
        return httpResponse(500, "Internal Server Error", errorBody("The server had an error", "server_error", ""));
    case Answer::Unavailable:
        return httpResponse(503, "Service Unavailable", errorBody("Overloaded", "server_error", ""));
    }
    return {};
}

} // namespace sb::test
