#include "providers/ProvidersPanel.h"

#include "FakeCloudServer.h"
#include "SignalWait.h"
#include "TestService.h"
#include "audit/AuditLog.h"
#include "providers/FallbackEditor.h"
#include "providers/KeyDialog.h"
#include "providers/KeyManager.h"
#include "providers/ProviderRouter.h"
#include "providers/UsageLedger.h"
#include "secrets/KeyVault.h"
#include "widgets/MessageBar.h"
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

using test::FakeCloudServer;
const QString kKey = QStringLiteral("sk-test-0123456789abcdefWXYZ");

class ProvidersPanelTest : public ::testing::Test
{
protected:
    ProvidersPanelTest()
        : service(config(openai))
        , panel(service.runtime())
    {
        panel.resize(1280, 800);
        panel.show();
        panel.activateWindow();
        active = QTest::qWaitForWindowActive(&panel);
    }

    static StartupConfig config(const FakeCloudServer& server)
    {
        StartupConfig settings = test::TestService::defaultConfig();
        settings.cloud.openai.baseUrl = server.baseUrl();
        settings.cloud.mistral.baseUrl = server.baseUrl();
        settings.cloud.timeoutMs = 2000;
        return settings;
    }

    QTableWidget* table() { return panel.findChild<QTableWidget*>(QStringLiteral("keyTable")); }
    QString cell(int row, int column) { return table()->item(row, column)->text(); }
    QPushButton* button(const char* name) { return panel.findChild<QPushButton*>(QLatin1String(name)); }
    QString message()
    {
        auto* bar = panel.findChild<MessageBar*>(QStringLiteral("messageBar"));
        return bar ? bar->text() : QString();
    }
    QStringList auditEvents()
    {
        QStringList events;
        for (const AuditRecord& record : service.runtime().audit().tail())
            events << record.event;
        return events;
    }
    // Sets the key the way a user does: Set…, paste, Save; waits for the panel to finish.
    bool setKeyThroughDialog(const QString& key)
    {
        QSignalSpy finished(&panel, &ProvidersPanel::operationFinished);
        QTest::mouseClick(button("setKeyButton"), Qt::LeftButton);
        auto* dialog = panel.findChild<KeyDialog*>();
        if (!dialog)
            return false;
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("keyField"));
        QTest::keyClicks(field, key);
        if (field->echoMode() != QLineEdit::Password)
            return false;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveKeyButton")), Qt::LeftButton);
        return test::waitForSignal(finished, 8000);
    }

    FakeCloudServer openai;
    test::TestService service;
    ProvidersPanel panel;
    bool active = false;
};

TEST_F(ProvidersPanelTest, AKeySetThroughTheDialogIsCheckedStoredAndShownMasked)
{
    ASSERT_TRUE(service.ok());
    ASSERT_TRUE(active);
    EXPECT_EQ(cell(0, 0), QStringLiteral("OpenAI"));
    EXPECT_EQ(cell(0, 1), QStringLiteral("no key"));
    EXPECT_EQ(button("setKeyButton")->text(), QStringLiteral("&Set…"));
    EXPECT_FALSE(button("deleteKeyButton")->isEnabled());

    ASSERT_TRUE(setKeyThroughDialog(kKey));
    EXPECT_EQ(cell(0, 1), QStringLiteral("sk-…WXYZ"));
    EXPECT_EQ(cell(0, 2), SecretValue::fromString(kKey).fingerprint());
    EXPECT_EQ(cell(0, 4), QStringLiteral("accepted, today"));
    EXPECT_EQ(cell(0, 5), QStringLiteral("System keychain"));
    EXPECT_EQ(button("setKeyButton")->text(), QStringLiteral("Re&place…"));
    EXPECT_TRUE(message().contains(QStringLiteral("OpenAI accepted it"))) << message().toStdString();
    EXPECT_TRUE(service.secrets().contains(QStringLiteral("openai.development")));
    // The check went to the provider with the new key.
    bool checked = false;
    for (const auto& request : openai.received())
        checked |= request.path.endsWith("/models") && request.header("Authorization") == "Bearer " + kKey.toUtf8();
    EXPECT_TRUE(checked);
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("key.added")));
    // Nowhere on screen is the whole key.
    for (int row = 0; row < table()->rowCount(); ++row)
        for (int column = 0; column < table()->columnCount(); ++column)
            EXPECT_FALSE(cell(row, column).contains(kKey));
}

TEST_F(ProvidersPanelTest, AKeyTheProviderRejectsIsNotSaved)
{
    openai.setDefault(FakeCloudServer::Answer::Unauthorized);
    ASSERT_TRUE(setKeyThroughDialog(kKey));
    EXPECT_TRUE(message().contains(QStringLiteral("rejected the key"))) << message().toStdString();
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.development")));
    EXPECT_EQ(cell(0, 1), QStringLiteral("no key"));
}

TEST_F(ProvidersPanelTest, TheKeyShowsOnlyWhileRevealIsHeldAndACopyIsMarkedSecret)
{
    ASSERT_TRUE(setKeyThroughDialog(kKey));
    QPushButton* reveal = button("revealKeyButton");
    ASSERT_TRUE(reveal->isEnabled());
    QTest::mousePress(reveal, Qt::LeftButton);
    EXPECT_EQ(cell(0, 1), kKey);
    QTest::mouseRelease(reveal, Qt::LeftButton);
    EXPECT_EQ(cell(0, 1), QStringLiteral("sk-…WXYZ"));

    QTest::mouseClick(button("copyKeyButton"), Qt::LeftButton);
    const QMimeData* data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(data->text(), kKey);
    EXPECT_EQ(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    auto* clipboard = panel.findChild<SecretClipboard*>();
    ASSERT_NE(clipboard, nullptr);
    EXPECT_TRUE(clipboard->isHoldingSecret());
}

TEST(SecretClipboard, ClearsItsSecretButNotWhatTheUserCopiedSince)
{
    SecretClipboard clipboard;
    QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
    clipboard.copy(QStringLiteral("secret-value-1"), 50);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("secret-value-1"));
    ASSERT_TRUE(test::waitForSignal(cleared));
    EXPECT_TRUE(QApplication::clipboard()->text().isEmpty());

    clipboard.copy(QStringLiteral("secret-value-2"), 50);
    QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QTest::qWait(200);
    EXPECT_FALSE(clipboard.isHoldingSecret());
    EXPECT_EQ(cleared.size(), 1); // nothing of ours was cleared this time
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
}

TEST_F(ProvidersPanelTest, DeleteAsksNamingTheKeyThenRemovesIt)
{
    ASSERT_TRUE(setKeyThroughDialog(kKey));
    QString question;
    QTimer::singleShot(100, this->panel.window(), [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        for (QAbstractButton* candidate : box->buttons()) {
            if (candidate->text() == QStringLiteral("&Delete Key"))
                candidate->click();
        }
    });
    QSignalSpy finished(&panel, &ProvidersPanel::operationFinished);
    QTest::mouseClick(button("deleteKeyButton"), Qt::LeftButton);
    ASSERT_TRUE(test::waitForSignal(finished));
    EXPECT_TRUE(question.contains(QStringLiteral("sk-…WXYZ"))) << question.toStdString();
    EXPECT_TRUE(question.contains(SecretValue::fromString(kKey).fingerprint()));
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.development")));
    EXPECT_EQ(cell(0, 1), QStringLiteral("no key"));
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("key.deleted")));
}

TEST_F(ProvidersPanelTest, KeysAreKeptPerEnvironment)
{
    panel.keys().setKeyEnvironment(Environment::Production);
    ASSERT_TRUE(setKeyThroughDialog(kKey));
    EXPECT_TRUE(service.secrets().contains(QStringLiteral("openai.production")));
    EXPECT_FALSE(service.secrets().contains(QStringLiteral("openai.development")));
    panel.keys().setKeyEnvironment(Environment::Development);
    EXPECT_EQ(cell(0, 1), QStringLiteral("no key"));
}

TEST_F(ProvidersPanelTest, SwitchingTheActiveProviderNeedsAKeyAndIsAudited)
{
    auto* active = panel.findChild<QComboBox*>(QStringLiteral("activeProvider"));
    ASSERT_NE(active, nullptr);
    const int openaiIndex = active->findData(static_cast<int>(ProviderId::OpenAI));
    emit active->activated(openaiIndex);
    EXPECT_EQ(service.runtime().providers().active(), ProviderId::Offline);
    EXPECT_EQ(active->currentText(), QStringLiteral("Offline"));
    EXPECT_FALSE(message().isEmpty());

    ASSERT_TRUE(setKeyThroughDialog(kKey));
    active->setCurrentIndex(openaiIndex);
    emit active->activated(openaiIndex);
    EXPECT_EQ(service.runtime().providers().active(), ProviderId::OpenAI);
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("provider.switched")));
}

TEST_F(ProvidersPanelTest, TheFallbackChainIsReorderedWithTheKeyboardAndOfflineStaysLast)
{
    auto* editor = panel.findChild<FallbackEditor*>();
    ASSERT_NE(editor, nullptr);
    editor->setChain({ProviderId::OpenAI, ProviderId::Mistral});
    QSignalSpy edited(editor, &FallbackEditor::chainEdited);
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("fallbackList"));
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(service.runtime().providers().configuredFallback(),
              (QList<ProviderId>{ProviderId::Mistral, ProviderId::OpenAI, ProviderId::Offline}));
    list->setCurrentRow(1);
    editor->moveCurrent(1); // offline's place is taken by nobody
    EXPECT_EQ(editor->chain().back(), ProviderId::Offline);
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("provider.fallback_changed")));

    // Leaving a provider out.
    list->item(0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(service.runtime().providers().configuredFallback(),
              (QList<ProviderId>{ProviderId::OpenAI, ProviderId::Offline}));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("fallbackReset")), Qt::LeftButton);
    EXPECT_EQ(service.runtime().providers().configuredFallback(), std::nullopt);
}

TEST_F(ProvidersPanelTest, ABudgetSavedHereIsTheLedgersAndAnInvalidEndpointIsRefused)
{
    auto* budget = panel.findChild<QDoubleSpinBox*>(QStringLiteral("budgetEdit"));
    ASSERT_NE(budget, nullptr);
    EXPECT_DOUBLE_EQ(budget->value(), 10.0); // development's default
    budget->setValue(25);
    QTest::mouseClick(button("saveBudgetButton"), Qt::LeftButton);
    EXPECT_DOUBLE_EQ(service.runtime().usage().budget(Environment::Development).budgetUsd, 25.0);
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("budget.changed")));

    auto* url = panel.findChild<QLineEdit*>(QStringLiteral("openaiBaseUrl"));
    ASSERT_NE(url, nullptr);
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("not a url"));
    QTest::mouseClick(button("openaiApplyEndpoint"), Qt::LeftButton);
    EXPECT_TRUE(message().contains(QStringLiteral("full http:// or https:// address"))) << message().toStdString();
    EXPECT_EQ(service.runtime().providers().provider(ProviderId::OpenAI)->baseUrl(), openai.baseUrl());

    auto* model = panel.findChild<QLineEdit*>(QStringLiteral("openaiModel"));
    url->selectAll();
    QTest::keyClicks(url, openai.baseUrl().toString());
    model->selectAll();
    QTest::keyClicks(model, QStringLiteral("gpt-4.1-mini"));
    QTest::mouseClick(button("openaiApplyEndpoint"), Qt::LeftButton);
    EXPECT_EQ(service.runtime().providers().provider(ProviderId::OpenAI)->model(), QStringLiteral("gpt-4.1-mini"));
    EXPECT_TRUE(auditEvents().contains(QStringLiteral("provider.endpoint_changed")));
}

} // namespace
} // namespace sb::ui
