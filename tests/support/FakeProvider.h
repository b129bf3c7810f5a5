#pragma once

#include "providers/Provider.h"

#include <QPromise>
#include <QTimer>

#include <atomic>
#include <memory>

namespace sb::test {

// A cloud provider stand-in that answers asynchronously, after `delayMs` on the calling thread's event loop (the
// service thread's, in service tests), with one canned entity or with a scripted failure.
class FakeProvider final : public Provider
{
public:
    explicit FakeProvider(ProviderId id, int delayMs = 20)
        : m_id(id)
        , m_delayMs(delayMs)
    {}

    void failWith(ProviderError error) { m_error = std::make_shared<ProviderError>(std::move(error)); }
    int calls() const { return m_calls.load(); }

    ProviderId id() const override { return m_id; }
    QString model() const override { return QStringLiteral("fake-model-1"); }

    QFuture<ProviderOutcome> extract(const ExtractionRequest& request) override
    {
        ++m_calls;
        auto promise = std::make_shared<QPromise<ProviderOutcome>>();
        promise->start();
        QFuture<ProviderOutcome> future = promise->future();
        const auto error = m_error;
        const QString text = request.text;
        QTimer::singleShot(m_delayMs, [promise, error, text] {
            if (error) {
                promise->addResult(ProviderOutcome(*error));
            } else {
                Entity entity;
                entity.type = EntityType::Organization;
                entity.start = 0;
                entity.end = std::min<qsizetype>(text.size(), 4);
                entity.value = text.left(entity.end);
                entity.confidence = 0.9;
                entity.context = text;
                promise->addResult(ProviderOutcome(QList<Entity>{entity}));
            }
            promise->finish();
        });
        return future;
    }

private:
    ProviderId m_id;
    int m_delayMs;
    std::shared_ptr<ProviderError> m_error;
    std::atomic<int> m_calls{0};
};

} // namespace sb::test
