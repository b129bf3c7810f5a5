#include "TrayIcon.h"

#include "Labels.h"
#include "Runtime.h"
#include "providers/ProviderRouter.h"
#include "service/ServiceHost.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QWidget>

namespace sb::ui {
namespace {

// The application icon with a status dot in its corner.
QIcon stateIcon(bool running)
{
    QIcon base = QApplication::windowIcon();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.isNull() ? QPixmap(size, size) : base.pixmap(size, size);
        if (base.isNull())
            pixmap.fill(QColor(0x2f, 0x7d, 0xd1));
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const int dot = std::max(6, size * 2 / 5);
        painter.setPen(QPen(Qt::white, std::max(1, size / 16)));
        painter.setBrush(running ? QColor(0x2e, 0x9e, 0x44) : QColor(0xd0, 0x30, 0x30));
        painter.drawEllipse(QRect(size - dot, size - dot, dot - 1, dot - 1));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayIcon::TrayIcon(Runtime& runtime, QWidget* window, QObject* parent)
    : QSystemTrayIcon(parent)
    , m_runtime(runtime)
{
    auto* menu = new QMenu(window);
    menu->addAction(tr("Show Sales Buddy Console"), window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit"), window, &QWidget::close);
    setContextMenu(menu);
    connect(this, &QSystemTrayIcon::activated, window, [window](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            window->showNormal();
            window->raise();
            window->activateWindow();
        }
    });
    ServiceHost& service = m_runtime.service();
    connect(&service, &ServiceHost::started, this, &TrayIcon::updateState);
    connect(&service, &ServiceHost::stopped, this, &TrayIcon::updateState);
    connect(&service, &ServiceHost::startFailed, this, &TrayIcon::updateState);
    connect(&m_runtime.providers(), &ProviderRouter::environmentChanged, this, &TrayIcon::updateState);
    updateState();
}

void TrayIcon::updateState()
{
    m_running = m_runtime.service().isRunning();
    m_state = m_running ? tr("Sales Buddy Console: service running at %1 (%2)")
                              .arg(m_runtime.service().baseUrl(), environmentLabel(m_runtime.environment()))
                        : tr("Sales Buddy Console: service not running");
    setToolTip(m_state);
    setIcon(stateIcon(m_running));
}

void TrayIcon::showNotification(const QString& title, const QString& message, Notifier::Severity severity)
{
    const MessageIcon icon = severity == Notifier::Severity::Critical  ? QSystemTrayIcon::Critical
                             : severity == Notifier::Severity::Warning ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Information;
    showMessage(title, message, icon, 15'000);
}

} // namespace sb::ui
