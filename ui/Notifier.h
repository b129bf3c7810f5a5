#pragma once

#include "config/Environment.h"
#include "providers/ProviderId.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sb {
class Runtime;
}

namespace sb::ui {

// Decides what an admin must hear about even with the window hidden: a key that became overdue for rotation, a key
// its provider rejected, a budget past 80% (or spent). Each is announced once (per key value, per budget level and
// month) through notify(); the tray icon turns that into a desktop notification.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Severity { Information, Warning, Critical };
    Q_ENUM(Severity)

    explicit Notifier(Runtime& runtime, QObject* parent = nullptr);

    // Looks at the rotation schedule and budgets now (done at start and every hour).
    void checkNow();

signals:
    void notify(const QString& title, const QString& message, sb::ui::Notifier::Severity severity);

private:
    // Once per key: a replacement that is rejected too is announced again.
    QString rejectionId(ProviderId provider, Environment environment) const;
    void announce(const QString& id, const QString& title, const QString& message, Severity severity);
    void checkSchedule();
    void checkBudget();

    Runtime& m_runtime;
    QTimer m_timer;
    QSet<QString> m_announced;
};

} // namespace sb::ui
