#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QThread>
#include <QUrl>

#include <deque>

class QTcpServer;

namespace sb::test {

// An OpenAI-compatible provider on 127.0.0.1, on a thread of its own, that answers POST {base}/chat/completions and
// GET {base}/models the way it is told, one scripted answer per request (then the default), and records every request
// it gets. No test reaches the internet: the cloud providers are pointed at this.
class FakeCloudServer final
{
public:
    enum class Answer {
        Good,         // 200 with the configured content and usage
        InvalidJson,  // 200 whose body is not JSON
        Truncated,    // 200 whose JSON body stops half-way
        CutOff,       // 200, finish_reason "length": the model ran out of tokens
        Stall,        // never answers
        Unauthorized, // 401, with an error message quoting part of the key, as OpenAI's does
        BadRequest,   // 400 model_not_found
        TooMany,      // 429, with the configured Retry-After (if any)
        ServerError,  // 500
        Unavailable,  // 503
    };

    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // since the server started
        QByteArray header(const QByteArray& name) const;
    };

    FakeCloudServer();
    ~FakeCloudServer();

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    // The next requests get these answers, in order; after them, the default.
    void script(std::initializer_list<Answer> answers);
    void setDefault(Answer answer);
    // What a Good chat answer carries as the assistant's message (JSON text) and as usage.
    void setContent(const QString& content);
    void setUsage(int promptTokens, int completionTokens);
    // Headers added to a 429 answer, e.g. {"Retry-After", "1"}.
    void setRateLimitHeaders(QList<QPair<QByteArray, QByteArray>> headers);

    QList<Received> received() const;
    int count(const QByteArray& pathSuffix) const;
    bool waitForCount(const QByteArray& pathSuffix, int count, int timeoutMs = 5000) const;

private:
    class Worker;
    friend class Worker;
    QByteArray respond(const Received& request);

    QThread m_thread;
    Worker* m_worker = nullptr;
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    std::deque<Answer> m_script;
    Answer m_default = Answer::Good;
    QString m_content = QStringLiteral("{\"entities\": []}");
    int m_promptTokens = 1000;
    int m_completionTokens = 200;
    QList<QPair<QByteArray, QByteArray>> m_rateLimitHeaders;
    QList<Received> m_received;
};

} // namespace sb::test
