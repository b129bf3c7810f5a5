#include "MainWindow.h"

#include "EnvironmentSwitcher.h"
#include "HttpTestClient.h"
#include "Notifier.h"
#include "PortConflictDialog.h"
#include "Runtime.h"
#include "SignalWait.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "extract/ExtractPanel.h"
#include "providers/UsageLedger.h"
#include "secrets/KeyVault.h"
#include "secrets/SecretStoreWait.h"
#include "service/ServiceHost.h"
#include "util/Clock.h"
#include "widgets/MessageBar.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

StartupConfig ephemeralPort()
{
    StartupConfig config;
    config.service.port = 0;
    return config;
}

TEST(MainWindow, OpensWithEverySidebarEntryAndShowsTheServiceAddress)
{
    ManualClock clock;
    Runtime runtime(ephemeralPort(), clock);
    MainWindow window(runtime);
    QSignalSpy started(&runtime.service(), &ServiceHost::started);
    window.show();
    runtime.startService();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(test::waitForSignal(started));

    EXPECT_EQ(window.panelNames(),
              (QStringList{QStringLiteral("Extract"), QStringLiteral("Providers & Keys"), QStringLiteral("Rate Limits"),
                           QStringLiteral("Health"), QStringLiteral("Rotation"), QStringLiteral("Security Checklist"),
                           QStringLiteral("Audit Log")}));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    ASSERT_NE(sidebar, nullptr);
    EXPECT_TRUE(sidebar->isVisible());

    auto* status = window.findChild<QLabel*>(QStringLiteral("serviceStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("Service: %1").arg(runtime.service().baseUrl()));
    EXPECT_TRUE(status->text().contains(QStringLiteral("127.0.0.1:%1").arg(runtime.service().port())));

    // The service the status bar names really answers.
    const auto reply = test::HttpTestClient::request(runtime.service().port(), "GET", "/api/health");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
}

TEST(MainWindow, KeyboardShortcutsSwitchPanels)
{
    ManualClock clock;
    Runtime runtime(ephemeralPort(), clock);
    MainWindow window(runtime);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window.currentPanel(), 3);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPanel(), 0);
}

TEST(MainWindow, ClosingTheWindowStopsTheService)
{
    ManualClock clock;
    Runtime runtime(ephemeralPort(), clock);
    MainWindow window(runtime);
    QSignalSpy started(&runtime.service(), &ServiceHost::started);
    window.show();
    runtime.startService();
    ASSERT_TRUE(test::waitForSignal(started));
    const quint16 port = runtime.service().port();

    EXPECT_TRUE(window.close());
    EXPECT_FALSE(runtime.service().isRunning());
    EXPECT_FALSE(test::HttpTestClient(port).connect(500));
}

TEST(MainWindow, TakenPortOffersAnotherAndStartsThere)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    StartupConfig options;
    options.service.port = squatter.serverPort();
    ManualClock clock;
    Runtime runtime(options, clock);
    MainWindow window(runtime);
    QSignalSpy failed(&runtime.service(), &ServiceHost::startFailed);
    QSignalSpy started(&runtime.service(), &ServiceHost::started);
    window.show();
    runtime.startService();
    ASSERT_TRUE(test::waitForSignal(failed));

    PortConflictDialog* dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        QTest::qWait(20);
        dialog = window.findChild<PortConflictDialog*>();
    }
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const quint16 offered = dialog->suggestedPort();
    EXPECT_NE(offered, options.service.port);

    QPushButton* use = nullptr;
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Use")))
            use = button;
    }
    ASSERT_NE(use, nullptr);
    QTest::mouseClick(use, Qt::LeftButton);
    ASSERT_TRUE(test::waitForSignal(started));
    EXPECT_EQ(runtime.service().port(), offered);
    auto* status = window.findChild<QLabel*>(QStringLiteral("serviceStatus"));
    EXPECT_TRUE(status->text().contains(QString::number(offered)));
}

TEST(MainWindow, QuitInThePortDialogClosesTheWindow)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    StartupConfig options;
    options.service.port = squatter.serverPort();
    ManualClock clock;
    Runtime runtime(options, clock);
    MainWindow window(runtime);
    QSignalSpy failed(&runtime.service(), &ServiceHost::startFailed);
    window.show();
    runtime.startService();
    ASSERT_TRUE(test::waitForSignal(failed));
    PortConflictDialog* dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        QTest::qWait(20);
        dialog = window.findChild<PortConflictDialog*>();
    }
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    QTest::qWait(50);
    EXPECT_FALSE(window.isVisible());
}

} // namespace
} // namespace sb::ui

namespace sb::ui {
namespace {

class ConsoleWindow : public ::testing::Test
{
protected:
    ConsoleWindow()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/introduced"), true);
    }
};

TEST_F(ConsoleWindow, EveryControlInEveryPanelHasAnAccessibleName)
{
    test::TestService service;
    MainWindow window(service.runtime());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList names = window.panelNames();
    for (int i = 0; i < names.size(); ++i) {
        window.showPanel(i);
        QWidget* panel = window.findChild<QStackedWidget*>()->currentWidget();
        for (QWidget* widget : panel->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(panel) || !(widget->focusPolicy() & Qt::TabFocus) ||
                qobject_cast<QAbstractScrollArea*>(widget->parentWidget()) || widget->inherits("QScrollBar") ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget())) // the spin box itself is checked
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            ASSERT_NE(accessible, nullptr);
            EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
                << names.at(i).toStdString() << ": " << widget->metaObject()->className() << " "
                << widget->objectName().toStdString();
        }
    }
}

TEST_F(ConsoleWindow, EveryPanelFitsTheSmallestSupportedWindow)
{
    test::TestService service;
    MainWindow window(service.runtime());
    window.resize(1024, 640);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.minimumSizeHint().width(), 1024);
    EXPECT_LE(window.minimumSizeHint().height(), 640);
    auto* stack = window.findChild<QStackedWidget*>();
    for (int i = 0; i < stack->count(); ++i) {
        const QSize needed = stack->widget(i)->minimumSizeHint();
        EXPECT_LE(needed.width(), stack->width()) << window.panelNames().at(i).toStdString();
        EXPECT_LE(needed.height(), stack->height()) << window.panelNames().at(i).toStdString();
    }
}

TEST_F(ConsoleWindow, TheEnvironmentSwitcherAppliesProductionAndShowsItInAWarningColour)
{
    StartupConfig config = test::TestService::defaultConfig();
    config.fromVariables.environment = false; // the switcher is only enabled when no variable fixes the environment
    test::TestService service(config);
    MainWindow window(service.runtime());
    auto* switcher = window.findChild<EnvironmentSwitcher*>();
    ASSERT_NE(switcher, nullptr);
    EXPECT_EQ(switcher->shown(), Environment::Development);
    ASSERT_TRUE(switcher->switchTo(Environment::Production, false));
    EXPECT_EQ(service.runtime().environment(), Environment::Production);
    EXPECT_EQ(switcher->shown(), Environment::Production);
    auto* combo = switcher->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
    EXPECT_TRUE(combo->styleSheet().contains(QStringLiteral("#d94f00")));
    EXPECT_EQ(service.runtime().audit().tail().back().event, QStringLiteral("env.switched"));
    ASSERT_TRUE(switcher->switchTo(Environment::Development, false));
    EXPECT_TRUE(combo->styleSheet().isEmpty());
}

TEST_F(ConsoleWindow, AnEnvironmentFixedByAVariableCannotBeSwitched)
{
    test::TestService service; // fromVariables.environment: as if NODE_ENV were set
    MainWindow window(service.runtime());
    auto* switcher = window.findChild<EnvironmentSwitcher*>();
    EXPECT_FALSE(switcher->findChild<QComboBox*>(QStringLiteral("environmentCombo"))->isEnabled());
    QSignalSpy refused(switcher, &EnvironmentSwitcher::refused);
    EXPECT_FALSE(switcher->switchTo(Environment::Staging, false));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.front().at(0).toString().contains(QStringLiteral("NODE_ENV")));
}

TEST_F(ConsoleWindow, OverdueKeysAndASpentBudgetAreAnnouncedOnce)
{
    test::TestService service;
    Runtime& runtime = service.runtime();
    ASSERT_EQ(waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Development,
                                            SecretValue::fromString(QStringLiteral("sk-aging-0123456789abcdef")),
                                            QStringLiteral("test"))),
              std::nullopt);
    Notifier notifier(runtime);
    QSignalSpy notified(&notifier, &Notifier::notify);
    notifier.checkNow();
    EXPECT_TRUE(notified.isEmpty()); // a new key, no spending

    service.clock().advanceMs(40LL * 24 * 3600 * 1000);
    notifier.checkNow();
    ASSERT_EQ(notified.size(), 1);
    EXPECT_EQ(notified.front().at(0).toString(), QStringLiteral("A key is overdue for rotation"));
    EXPECT_TRUE(notified.front().at(1).toString().contains(QStringLiteral("sk-…cdef")));
    notifier.checkNow();
    EXPECT_EQ(notified.size(), 1); // once

    runtime.usage().record(Environment::Development, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"),
                           TokenUsage{60'000'000, 0}); // $9 of the $10 development budget
    notifier.checkNow();
    ASSERT_EQ(notified.size(), 2);
    EXPECT_TRUE(notified.back().at(0).toString().startsWith(QStringLiteral("Over 80%")));
    EXPECT_EQ(notified.back().at(2).value<Notifier::Severity>(), Notifier::Severity::Warning);
}

TEST_F(ConsoleWindow, AFirstRunOpensOnExtractWithASampleAndSaysWhatThePanelsAreFor)
{
    QSettings().clear();
    test::TestService service;
    {
        MainWindow window(service.runtime());
        EXPECT_EQ(window.currentPanel(), MainWindow::ExtractPanelIndex);
        auto* extract = window.findChild<ExtractPanel*>();
        ASSERT_NE(extract, nullptr);
        EXPECT_FALSE(extract->notes().isEmpty());
        auto* bar = extract->findChild<MessageBar*>(QStringLiteral("messageBar"));
        EXPECT_TRUE(bar->text().contains(QStringLiteral("Welcome")));
        EXPECT_TRUE(bar->text().contains(QStringLiteral("Providers &amp; Keys")));
        window.close();
    }
    MainWindow again(service.runtime());
    EXPECT_TRUE(again.findChild<ExtractPanel*>()->notes().isEmpty()); // only the first time
}

TEST_F(ConsoleWindow, TheWindowReopensWhereItWasLeft)
{
    test::TestService service;
    {
        MainWindow window(service.runtime());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(1111, 777);
        window.showPanel(MainWindow::AuditPanelIndex);
        QTest::qWait(20);
        window.close();
    }
    MainWindow again(service.runtime());
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.currentPanel(), MainWindow::AuditPanelIndex);
    EXPECT_EQ(again.size(), QSize(1111, 777));
}

TEST_F(ConsoleWindow, HelpListsTheKeyboardShortcuts)
{
    test::TestService service;
    MainWindow window(service.runtime());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QString text;
    QTimer::singleShot(100, &window, [&text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            box->close();
        }
    });
    QTest::keyClick(&window, Qt::Key_F1);
    EXPECT_TRUE(text.contains(QStringLiteral("Show Health"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Extract (Extract panel)")));
}

} // namespace
} // namespace sb::ui
