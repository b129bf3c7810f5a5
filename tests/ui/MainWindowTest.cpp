#include "MainWindow.h"

#include "HttpTestClient.h"
#include "PortConflictDialog.h"
#include "Runtime.h"
#include "SignalWait.h"
#include "service/ServiceHost.h"
#include "util/Clock.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

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
