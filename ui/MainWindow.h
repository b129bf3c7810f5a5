#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sb {
class Runtime;
struct ListenError;
} // namespace sb

namespace sb::ui {

class EnvironmentSwitcher;
class ExtractPanel;
class Notifier;
class TrayIcon;

// The console's window: a sidebar of panels, the current panel, and a status bar with the in-process service's
// address. The service starts when the runtime is told to and stops when this window closes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Runtime& runtime, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum PanelIndex {
        ExtractPanelIndex,
        ProvidersPanelIndex,
        RateLimitsPanelIndex,
        HealthPanelIndex,
        RotationPanelIndex,
        ChecklistPanelIndex,
        AuditPanelIndex,
    };

    QStringList panelNames() const;
    void showPanel(int index);
    Notifier& notifier() { return *m_notifier; }
    // Null where the desktop has no system tray.
    TrayIcon* trayIcon() const { return m_tray; }
    int currentPanel() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanels();
    QWidget* makePanel(int index);
    void buildToolBar();
    void buildNotifications();
    void showShortcuts();
    void restoreSettings();
    void saveSettings() const;
    void buildMenus();
    void onServiceStarted(const QString& baseUrl);
    void onServiceStartFailed(const ListenError& error);
    void onServiceStopped();

    Runtime& m_runtime;
    QListWidget* m_sidebar;
    QStackedWidget* m_panels;
    QLabel* m_serviceStatus;
    ExtractPanel* m_extract = nullptr;
    EnvironmentSwitcher* m_environment = nullptr;
    Notifier* m_notifier = nullptr;
    TrayIcon* m_tray = nullptr;
};

} // namespace sb::ui
