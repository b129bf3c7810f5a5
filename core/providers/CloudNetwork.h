#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QThread>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace sb {

// What came back from one HTTP exchange with a provider.
struct HttpExchange
{
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText; // Qt's description of a network error; never contains request headers
    bool timedOut = false;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;
};

// The thread cloud providers talk to the network from, with its QNetworkAccessManager. Requests from any thread (the
// service's, the console's) are posted to it, so a slow provider never blocks the thread that asked.
class CloudNetwork final
{
public:
    CloudNetwork();
    ~CloudNetwork(); // abandons exchanges still in flight: their futures are cancelled

    CloudNetwork(const CloudNetwork&) = delete;
    CloudNetwork& operator=(const CloudNetwork&) = delete;

    // Runs `work` on the network thread.
    void post(std::function<void()> work);
    // Runs `work` on the network thread after `delayMs`.
    void postDelayed(int delayMs, std::function<void()> work);

    // On the network thread only: sends `body` (a POST; a null body makes it a GET) and calls `done` once, on this
    // thread, with what came back or with a timeout after `timeoutMs` (connecting included).
    void send(const QNetworkRequest& request, const QByteArray& body, int timeoutMs,
              std::function<void(const HttpExchange&)> done);

private:
    QThread m_thread;
    QObject* m_context;
    QNetworkAccessManager* m_manager;
};

} // namespace sb
