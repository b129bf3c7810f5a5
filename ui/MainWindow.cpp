#include "MainWindow.h"

#include "EnvironmentSwitcher.h"
#include "Labels.h"
#include "Notifier.h"
#include "PortConflictDialog.h"
#include "Runtime.h"
#include "TrayIcon.h"
#include "Version.h"
#include "audit/AuditPanel.h"
#include "checklist/ChecklistPanel.h"
#include "extract/ExtractPanel.h"
#include "health/HealthPanel.h"
#include "providers/ProvidersPanel.h"
#include "ratelimits/RateLimitsPanel.h"
#include "rotation/RotationPanel.h"
#include "service/ServiceHost.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>

namespace sb::ui {
namespace {

struct PanelInfo
{
    const char* name;
    const char* purpose;
};

// The panels in sidebar order; the purpose is the sidebar entry's tooltip.
constexpr PanelInfo kPanels[] = {
    {QT_TRANSLATE_NOOP("MainWindow", "Extract"),
     QT_TRANSLATE_NOOP("MainWindow", "Paste meeting notes or a call transcript and get the people, companies, places, "
                                     "products, amounts, contacts, dates and times out of them.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Providers & Keys"),
     QT_TRANSLATE_NOOP("MainWindow", "Choose the AI provider and its fallbacks, and keep each environment's provider "
                                     "keys in the system keychain.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Rate Limits"),
     QT_TRANSLATE_NOOP("MainWindow", "Tune how many requests each client may make, and see who is being limited.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Health"),
     QT_TRANSLATE_NOOP("MainWindow", "See whether the service and each provider are up, with traffic and latency.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Rotation"),
     QT_TRANSLATE_NOOP("MainWindow", "Rotate keys on schedule, step by step, and handle a compromised key at once.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Security Checklist"),
     QT_TRANSLATE_NOOP("MainWindow", "Track the security guide's checklist; what the console can verify, it checks.")},
    {QT_TRANSLATE_NOOP("MainWindow", "Audit Log"),
     QT_TRANSLATE_NOOP("MainWindow",
                       "Every administrative action, in a tamper-evident log you can filter and export.")},
};

} // namespace

MainWindow::MainWindow(Runtime& runtime, QWidget* parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
    , m_sidebar(new QListWidget(this))
    , m_panels(new QStackedWidget(this))
    , m_serviceStatus(new QLabel(tr("Service: starting…"), this))
{
    setWindowTitle(QString::fromLatin1(kApplicationName));
    setMinimumSize(800, 500);

    buildPanels();
    buildMenus();
    buildToolBar();
    buildNotifications();
    restoreSettings();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_panels, 1);
    setCentralWidget(central);

    m_serviceStatus->setObjectName(QStringLiteral("serviceStatus"));
    m_serviceStatus->setAccessibleName(tr("Service status"));
    m_serviceStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serviceStatus);

    ServiceHost& service = m_runtime.service();
    connect(&service, &ServiceHost::started, this, &MainWindow::onServiceStarted);
    connect(&service, &ServiceHost::startFailed, this, &MainWindow::onServiceStartFailed);
    connect(&service, &ServiceHost::stopped, this, &MainWindow::onServiceStopped);
    if (service.isRunning())
        onServiceStarted(service.baseUrl());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Panels"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget::item { padding-left: 10px; padding-right: 10px; }"));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);
    m_sidebar->setAutoFillBackground(true);

    int widest = 0;
    const QFontMetrics metrics(m_sidebar->font());
    for (const PanelInfo& info : kPanels) {
        const QString name = tr(info.name);
        auto* item = new QListWidgetItem(name, m_sidebar);
        item->setSizeHint(QSize(0, metrics.height() * 2 + 4));
        widest = std::max(widest, metrics.horizontalAdvance(name));
        item->setToolTip(tr(info.purpose));
        QWidget* page = makePanel(static_cast<int>(m_panels->count()));
        page->setAccessibleName(name);
        page->setAccessibleDescription(tr(info.purpose));
        m_panels->addWidget(page);
    }
    m_sidebar->setFixedWidth(widest + 48);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_panels, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

QWidget* MainWindow::makePanel(int index)
{
    switch (index) {
    case ExtractPanelIndex:
        m_extract = new ExtractPanel(m_runtime, m_panels);
        return m_extract;
    case ProvidersPanelIndex:
        return new ProvidersPanel(m_runtime, m_panels);
    case RateLimitsPanelIndex:
        return new RateLimitsPanel(m_runtime, m_panels);
    case HealthPanelIndex:
        return new HealthPanel(m_runtime, m_panels);
    case RotationPanelIndex:
        return new RotationPanel(m_runtime, m_panels);
    case ChecklistPanelIndex:
        return new ChecklistPanel(m_runtime, m_panels);
    case AuditPanelIndex:
        return new AuditPanel(m_runtime, m_panels);
    }
    Q_UNREACHABLE();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.value(QStringLiteral("window/introduced"), false).toBool()) {
        // A first run opens on Extract with something to try, and says what the other panels are for.
        showPanel(ExtractPanelIndex);
        m_extract->introduce();
        settings.setValue(QStringLiteral("window/introduced"), true);
        return;
    }
    showPanel(settings.value(QStringLiteral("window/panel"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panel"), currentPanel());
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QString text = m_sidebar->item(i)->text();
        QAction* action =
            viewMenu->addAction(text.replace(QLatin1Char('&'), QLatin1String("&&")), this, [this, i] { showPanel(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction* about = helpMenu->addAction(tr("&About Sales Buddy Console"), this, [this] {
        QMessageBox::about(this, tr("About Sales Buddy Console"),
                           tr("<p><b>Sales Buddy Console %1</b></p><p>Runs the Sales Buddy extraction service on this "
                              "computer and keeps its provider keys in the system keychain.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Environment"));
    bar->setObjectName(QStringLiteral("environmentToolBar"));
    bar->setMovable(false);
    m_environment = new EnvironmentSwitcher(m_runtime, bar);
    bar->addWidget(m_environment);
    connect(m_environment, &EnvironmentSwitcher::refused, this,
            [this](const QString& reason) { statusBar()->showMessage(tr("Not switched: %1").arg(reason), 10'000); });
    connect(m_environment, &EnvironmentSwitcher::switched, this, [this](Environment environment) {
        statusBar()->showMessage(tr("Now working in %1.").arg(environmentLabel(environment)), 5000);
    });
}

void MainWindow::buildNotifications()
{
    m_notifier = new Notifier(m_runtime, this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(m_runtime, this, this);
        m_tray->show();
    }
    connect(m_notifier, &Notifier::notify, this,
            [this](const QString& title, const QString& message, Notifier::Severity severity) {
                // The status bar always has it; the desktop notification reaches an admin looking elsewhere.
                statusBar()->showMessage(title + QStringLiteral(": ") + message, 30'000);
                if (m_tray)
                    m_tray->showNotification(title, message, severity);
            });
    // After the keys are in: the first look at the schedule and budget.
    QTimer::singleShot(2000, m_notifier, &Notifier::checkNow);
}

void MainWindow::showShortcuts()
{
    QString rows;
    const auto row = [&rows](const QString& keys, const QString& what) {
        rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    const QStringList names = panelNames();
    for (int i = 0; i < names.size(); ++i)
        row(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)).toString(QKeySequence::NativeText),
            tr("Show %1").arg(names.at(i)));
    row(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText), tr("Extract (Extract panel)"));
    row(tr("Esc"), tr("Cancel a running extraction"));
    row(tr("Alt+Up / Alt+Down"), tr("Move a provider in the fallback chain"));
    row(tr("Space"), tr("Tick or untick the selected checklist item"));
    row(tr("Alt + underlined letter"), tr("Press that button or go to that field"));
    row(tr("Tab / Shift+Tab"), tr("Next / previous control"));
    row(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText), tr("This list"));
    row(QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit"));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.exec();
}

QStringList MainWindow::panelNames() const
{
    QStringList names;
    for (int i = 0; i < m_sidebar->count(); ++i)
        names.append(m_sidebar->item(i)->text());
    return names;
}

void MainWindow::showPanel(int index)
{
    if (index >= 0 && index < m_sidebar->count())
        m_sidebar->setCurrentRow(index);
}

int MainWindow::currentPanel() const
{
    return m_panels->currentIndex();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_runtime.service().stop();
    event->accept();
}

void MainWindow::onServiceStarted(const QString& baseUrl)
{
    m_serviceStatus->setText(tr("Service: %1").arg(baseUrl));
    m_serviceStatus->setToolTip(tr("The extraction service this console runs, for other programs on this computer."));
}

void MainWindow::onServiceStartFailed(const ListenError& error)
{
    m_serviceStatus->setText(tr("Service: not running"));
    auto* dialog = new PortConflictDialog(error, m_runtime.serviceOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortConflictDialog::portChosen, this, [this](quint16 port) {
        ServiceOptions options = m_runtime.serviceOptions();
        options.port = port;
        m_runtime.setServiceOptions(options);
        m_serviceStatus->setText(tr("Service: starting…"));
        m_runtime.startService();
    });
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    dialog->open();
}

void MainWindow::onServiceStopped()
{
    m_serviceStatus->setText(tr("Service: stopped"));
}

} // namespace sb::ui
