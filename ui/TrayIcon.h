#pragma once

#include "Notifier.h"

#include <QSystemTrayIcon>

namespace sb {
class Runtime;
}

namespace sb::ui {

// The console in the system tray: the icon's colour and tooltip give the service's state (green running, red not),
// its menu shows the window or quits, and the Notifier's announcements become desktop notifications.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(Runtime& runtime, QWidget* window, QObject* parent = nullptr);

    void showNotification(const QString& title, const QString& message, Notifier::Severity severity);
    // What the tooltip says, for tests and for platforms without a tray.
    QString stateText() const { return m_state; }
    bool serviceRunning() const { return m_running; }

private:
    void updateState();

    Runtime& m_runtime;
    QString m_state;
    bool m_running = false;
};

} // namespace sb::ui
