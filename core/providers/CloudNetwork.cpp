#include "providers/CloudNetwork.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

namespace sb {

CloudNetwork::CloudNetwork()
    : m_context(new QObject)
    , m_manager(new QNetworkAccessManager(m_context))
{
    m_thread.setObjectName(QStringLiteral("salesbuddy-network"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

CloudNetwork::~CloudNetwork()
{
    QObject* context = m_context;
    // The manager and its replies belong to the network thread: delete them there, then stop it.
    QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CloudNetwork::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void CloudNetwork::postDelayed(int delayMs, std::function<void()> work)
{
    post([this, delayMs, work = std::move(work)]() mutable {
        QTimer::singleShot(delayMs, m_context, std::move(work));
    });
}

void CloudNetwork::send(const QNetworkRequest& request, const QByteArray& body, int timeoutMs,
                        std::function<void(const HttpExchange&)> done)
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    QNetworkReply* reply = body.isNull() ? m_manager->get(request) : m_manager->post(request, body);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, clock, timedOut, done = std::move(done)] {
        HttpExchange exchange;
        exchange.elapsedMs = clock->elapsed();
        exchange.timedOut = *timedOut;
        exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange.error = reply->error();
        exchange.errorText = reply->errorString();
        exchange.headers = reply->rawHeaderPairs();
        if (reply->isOpen())
            exchange.body = reply->readAll();
        reply->deleteLater();
        done(exchange);
    });
}

} // namespace sb
