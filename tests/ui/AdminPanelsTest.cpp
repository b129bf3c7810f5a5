// The Rotation, Security Checklist and Audit Log panels against a real runtime (keys in memory, providers pointed at
// a fake server): a rotation walked to the end, the compromise button, ticking the checklist, filtering and
// verifying the audit log.
#include "FakeCloudServer.h"
#include "SignalWait.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "audit/AuditPanel.h"
#include "checklist/ChecklistPanel.h"
#include "providers/ProviderRouter.h"
#include "rotation/CompromiseDialog.h"
#include "rotation/RotationManager.h"
#include "rotation/RotationPanel.h"
#include "rotation/RotationWizard.h"
#include "secrets/KeyVault.h"
#include "secrets/SecretStoreWait.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

using test::FakeCloudServer;

StartupConfig pointedAt(const FakeCloudServer& server)
{
    StartupConfig config = test::TestService::defaultConfig();
    config.cloud.openai.baseUrl = server.baseUrl();
    config.cloud.mistral.baseUrl = server.baseUrl();
    config.cloud.timeoutMs = 2000;
    return config;
}

bool setKey(Runtime& runtime, ProviderId provider, Environment environment, const QString& key)
{
    return !waitFor(runtime.keys().setKey(provider, environment, SecretValue::fromString(key), QStringLiteral("test")))
                .has_value();
}

QStringList events(Runtime& runtime)
{
    QStringList names;
    for (const AuditRecord& record : runtime.audit().tail())
        names << record.event;
    return names;
}

TEST(RotationPanel, ARotationWalkedThroughEveryStepLeavesTheNewKeysInUse)
{
    FakeCloudServer openai;
    test::TestService service(pointedAt(openai));
    Runtime& runtime = service.runtime();
    ASSERT_TRUE(setKey(runtime, ProviderId::OpenAI, Environment::Staging, QStringLiteral("sk-old-staging-0123456789")));
    ASSERT_TRUE(
        setKey(runtime, ProviderId::OpenAI, Environment::Production, QStringLiteral("sk-old-production-012345")));
    RotationPanel panel(runtime);
    panel.show();
    ASSERT_EQ(panel.findChild<QTableWidget*>(QStringLiteral("rotationSchedule"))->rowCount(), 2);

    RotationWizard* wizard = panel.openWizard(ProviderId::OpenAI);
    ASSERT_NE(wizard, nullptr);
    EXPECT_FALSE(wizard->isStarted()); // looking starts nothing
    EXPECT_EQ(runtime.rotation().state(ProviderId::OpenAI), std::nullopt);
    auto* doStep = wizard->findChild<QPushButton*>(QStringLiteral("doStepButton"));
    ASSERT_TRUE(doStep->isEnabled());
    EXPECT_EQ(doStep->text(), QStringLiteral("&Start Rotation"));
    QTest::mouseClick(doStep, Qt::LeftButton);
    ASSERT_TRUE(wizard->isStarted()) << wizard->findChild<QLabel*>(QStringLiteral("stepStatus"))->text().toStdString();
    EXPECT_EQ(wizard->currentStep(), RotationStep::AddPending);
    EXPECT_TRUE(runtime.rotation().state(ProviderId::OpenAI).has_value());
    EXPECT_FALSE(doStep->isEnabled()); // no keys typed yet
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("stagingKey")),
                     QStringLiteral("sk-new-staging-abcdef0123"));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("productionKey")),
                     QStringLiteral("sk-new-staging-abcdef0123"));
    EXPECT_FALSE(doStep->isEnabled()); // the same key for both is refused
    auto* production = wizard->findChild<QLineEdit*>(QStringLiteral("productionKey"));
    production->clear();
    QTest::keyClicks(production, QStringLiteral("sk-new-production-98765"));
    ASSERT_TRUE(doStep->isEnabled());

    QSignalSpy finished(wizard, &RotationWizard::stepFinished);
    for (int step = 0; step < rotationSteps().size(); ++step) {
        ASSERT_TRUE(doStep->isEnabled()) << "step " << step;
        const qsizetype before = finished.size();
        QTest::mouseClick(doStep, Qt::LeftButton);
        ASSERT_TRUE(finished.size() > before || finished.wait(8000)) << "step " << step;
        ASSERT_TRUE(finished.last().at(0).toBool())
            << "step " << step << ": "
            << wizard->findChild<QLabel*>(QStringLiteral("stepStatus"))->text().toStdString();
    }
    EXPECT_EQ(wizard->currentStep(), RotationStep::Done);
    EXPECT_FALSE(doStep->isVisible());
    EXPECT_EQ(runtime.rotation().state(ProviderId::OpenAI), std::nullopt);
    const auto staging = runtime.keys().key(ProviderId::OpenAI, Environment::Staging);
    const auto inProduction = runtime.keys().key(ProviderId::OpenAI, Environment::Production);
    ASSERT_TRUE(staging && inProduction);
    EXPECT_TRUE(staging->equals("sk-new-staging-abcdef0123"));
    EXPECT_TRUE(inProduction->equals("sk-new-production-98765"));
    EXPECT_FALSE(runtime.keys().index().find(ProviderId::OpenAI, Environment::Staging, KeySlot::Previous));
    EXPECT_TRUE(events(runtime).contains(QStringLiteral("rotation.completed")));
    wizard->close();
}

TEST(RotationPanel, TheCompromiseButtonTakesTheKeyOutOfUseAndSwitchesTheProvider)
{
    FakeCloudServer openai;
    test::TestService service(pointedAt(openai));
    Runtime& runtime = service.runtime();
    ASSERT_TRUE(
        setKey(runtime, ProviderId::OpenAI, Environment::Development, QStringLiteral("sk-leaked-0123456789abc")));
    ASSERT_EQ(runtime.providers().setActive(ProviderId::OpenAI), std::nullopt);
    RotationPanel panel(runtime);
    panel.show();

    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("compromiseButton")), Qt::LeftButton);
    auto* dialog = panel.findChild<CompromiseDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->choose(ProviderId::OpenAI, Environment::Development);
    EXPECT_TRUE(
        dialog->findChild<QLabel*>(QStringLiteral("compromisedKey"))->text().contains(QStringLiteral("sk-…9abc")));
    auto* go = dialog->findChild<QPushButton*>(QStringLiteral("takeOutOfUseButton"));
    EXPECT_FALSE(go->isEnabled()); // not before the confirmation
    dialog->findChild<QCheckBox*>(QStringLiteral("understood"))->setChecked(true);
    ASSERT_TRUE(go->isEnabled());
    QSignalSpy finished(dialog, &CompromiseDialog::procedureFinished);
    QTest::mouseClick(go, Qt::LeftButton);
    ASSERT_TRUE(test::waitForSignal(finished));
    EXPECT_TRUE(finished.front().at(0).toBool());

    EXPECT_EQ(runtime.providers().active(), ProviderId::Offline);
    EXPECT_FALSE(runtime.keys().key(ProviderId::OpenAI, Environment::Development).has_value());
    EXPECT_TRUE(events(runtime).contains(QStringLiteral("key.compromised")));
    auto* bar = panel.findChild<MessageBar*>(QStringLiteral("messageBar"));
    EXPECT_TRUE(bar->text().contains(QStringLiteral("out of use"))) << bar->text().toStdString();
    // Out of use, so out of the rotation schedule too.
    EXPECT_EQ(panel.findChild<QTableWidget*>(QStringLiteral("rotationSchedule"))->rowCount(), 0);
}

TEST(RotationPanel, AnOldKeyIsShownOverdue)
{
    test::TestService service;
    ASSERT_TRUE(setKey(service.runtime(), ProviderId::Mistral, Environment::Production,
                       QStringLiteral("ms-old-0123456789abcdef")));
    service.clock().advanceMs(31LL * 24 * 3600 * 1000);
    RotationPanel panel(service.runtime());
    auto* schedule = panel.findChild<QTableWidget*>(QStringLiteral("rotationSchedule"));
    ASSERT_EQ(schedule->rowCount(), 1);
    EXPECT_EQ(schedule->item(0, 3)->text(), QStringLiteral("31 day(s)"));
    EXPECT_TRUE(schedule->item(0, 5)->text().startsWith(QStringLiteral("OVERDUE")));
    EXPECT_EQ(schedule->item(0, 5)->background().color(), QColor(0xe0, 0x4b, 0x4b));
}

TEST(ChecklistPanel, ShowsTheScoreAndRecordsWhoTickedAManualItem)
{
    test::TestService service;
    ChecklistPanel panel(service.runtime());
    QSignalSpy evaluated(&panel, &ChecklistPanel::evaluated);
    panel.show();
    ASSERT_TRUE(test::waitForSignal(evaluated));
    const auto* score = panel.findChild<QLabel*>(QStringLiteral("checklistScore"));
    const int total = static_cast<int>(panel.items().size());
    ASSERT_GT(total, 4);
    const int before = SecurityChecklist::score(panel.items());
    EXPECT_EQ(score->text(), QStringLiteral("%1 of %2 done").arg(before).arg(total));

    auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("checklistItems"));
    QTreeWidgetItem* manual = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !manual; ++i) {
        if (list->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
            manual = list->topLevelItem(i);
    }
    ASSERT_NE(manual, nullptr);
    const QString title = manual->text(0);
    evaluated.clear();
    manual->setCheckState(0, Qt::Checked);
    ASSERT_TRUE(test::waitForSignal(evaluated));
    EXPECT_EQ(SecurityChecklist::score(panel.items()), before + 1);
    EXPECT_EQ(score->text(), QStringLiteral("%1 of %2 done").arg(before + 1).arg(total));
    bool found = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == title) {
            found = true;
            EXPECT_TRUE(list->topLevelItem(i)->text(2).startsWith(QStringLiteral("Ticked by ")));
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(events(service.runtime()).contains(QStringLiteral("checklist.ticked")));
}

TEST(AuditPanel, FiltersExportsAndFindsTampering)
{
    test::TestService service;
    Runtime& runtime = service.runtime();
    runtime.audit().append(QStringLiteral("console:ana"), QStringLiteral("key.added"),
                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai")}});
    runtime.audit().append(QStringLiteral("cli:bob"), QStringLiteral("provider.switched"),
                           QJsonObject{{QStringLiteral("to"), QStringLiteral("mistral")}});
    runtime.audit().append(QStringLiteral("api:127.0.0.1"), QStringLiteral("auth.failed"));
    AuditPanel panel(runtime);
    QSignalSpy verified(&panel, &AuditPanel::verified);
    panel.show();
    ASSERT_TRUE(test::waitForSignal(verified));
    EXPECT_TRUE(verified.front().at(0).value<AuditVerification>().intact);
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("integrity"))->text().contains(QStringLiteral("Intact")));
    const int all = panel.shownRows();
    ASSERT_GE(all, 3);

    panel.setEventGroup(QStringLiteral("key"));
    EXPECT_EQ(panel.shownRows(), 1);
    panel.setEventGroup(QString());
    panel.setTextFilter(QStringLiteral("BOB"));
    EXPECT_EQ(panel.shownRows(), 1);
    panel.setTextFilter(QString());
    panel.setPeriod(QStringLiteral("custom"), QDateTime(QDate(2020, 1, 1), QTime(0, 0)),
                    QDateTime(QDate(2020, 1, 2), QTime(0, 0)));
    EXPECT_EQ(panel.shownRows(), 0);
    panel.setPeriod(QStringLiteral("hour"));
    EXPECT_EQ(panel.shownRows(), all);

    // New events appear as they are written.
    runtime.audit().append(QStringLiteral("console:ana"), QStringLiteral("budget.changed"));
    QTest::qWait(50);
    EXPECT_EQ(panel.shownRows(), all + 1);

    panel.setTextFilter(QStringLiteral("ana"));
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("audit.csv"));
    ASSERT_EQ(panel.exportCsv(csv), std::nullopt);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.front().trimmed(), QByteArray("time,actor,event,details,line"));
    EXPECT_EQ(lines.size(), 4); // header, two records, and the empty piece after the last CRLF
    EXPECT_TRUE(lines.at(1).contains("console:ana,key.added,provider=openai"));

    // Someone edits a line: the chain breaks there.
    QFile log(runtime.audit().path());
    ASSERT_TRUE(log.open(QIODevice::ReadWrite));
    QByteArray text = log.readAll();
    text.replace("cli:bob", "cli:eve");
    log.seek(0);
    log.write(text);
    log.close();
    verified.clear();
    panel.verify();
    ASSERT_TRUE(test::waitForSignal(verified));
    const auto result = verified.front().at(0).value<AuditVerification>();
    EXPECT_FALSE(result.intact);
    EXPECT_TRUE(
        panel.findChild<QLabel*>(QStringLiteral("integrity"))->text().contains(QStringLiteral("Broken at line")));
}

} // namespace
} // namespace sb::ui
