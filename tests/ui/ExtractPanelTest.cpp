#include "extract/ExtractPanel.h"

#include "HttpTestClient.h"
#include "SignalWait.h"
#include "TestService.h"
#include "extract/HighlightedTextView.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

const QString kNotes =
    QStringLiteral("Met Maria Gonzalez from Globex Corporation in Denver. They need 40 seats for $50k, decision by "
                   "2026-12-03 at 3 pm. Email maria.gonzalez@globex.example if the quote slips.");

class ExtractPanelTest : public ::testing::Test
{
protected:
    ExtractPanelTest()
        : panel(service.runtime())
    {
        panel.resize(1100, 700);
        panel.show();
        // Shortcuts reach only the active window.
        panel.activateWindow();
        windowActive = QTest::qWaitForWindowActive(&panel);
    }

    // Runs the extraction the way a user does, Ctrl+Enter in the notes, and waits for the answer.
    bool extractWithKeyboard()
    {
        QSignalSpy finished(&panel, &ExtractPanel::extractionFinished);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        return test::waitForSignal(finished);
    }

    QPlainTextEdit* editor() { return panel.findChild<QPlainTextEdit*>(QStringLiteral("notesEditor")); }
    QTableView* table() { return panel.findChild<QTableView*>(QStringLiteral("entityTable")); }
    HighlightedTextView* view() { return panel.findChild<HighlightedTextView*>(QStringLiteral("highlightedText")); }
    QLabel* status() { return panel.findChild<QLabel*>(QStringLiteral("extractionStatus")); }
    QPushButton* button(const char* name) { return panel.findChild<QPushButton*>(QLatin1String(name)); }

    // Column texts of the table's rows, in the order shown.
    QList<QStringList> rows()
    {
        QList<QStringList> result;
        QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column)
                cells.append(model->index(row, column).data().toString());
            result.append(cells);
        }
        return result;
    }
    int rowWithValue(const QString& value)
    {
        const auto all = rows();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).at(1) == value)
                return i;
        }
        return -1;
    }

    test::TestService service;
    ExtractPanel panel;
    bool windowActive = false;
};

TEST_F(ExtractPanelTest, PastedNotesBecomeATableOfEntitiesWithTheOfflineProvider)
{
    ASSERT_TRUE(service.ok());
    ASSERT_TRUE(windowActive);
    QApplication::clipboard()->setText(kNotes);
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(panel.notes(), kNotes);
    ASSERT_TRUE(button("extractButton")->isEnabled());

    ASSERT_TRUE(extractWithKeyboard());
    const auto all = rows();
    ASSERT_FALSE(all.isEmpty());
    ASSERT_NE(rowWithValue(QStringLiteral("Maria Gonzalez")), -1);
    EXPECT_EQ(all.at(rowWithValue(QStringLiteral("Maria Gonzalez"))).at(0), QStringLiteral("Person"));
    ASSERT_NE(rowWithValue(QStringLiteral("$50k")), -1);
    ASSERT_NE(rowWithValue(QStringLiteral("2026-12-03")), -1);
    ASSERT_NE(rowWithValue(QStringLiteral("3 pm")), -1);
    const auto money = all.at(rowWithValue(QStringLiteral("$50k")));
    EXPECT_EQ(money.at(0), QStringLiteral("Financial"));
    EXPECT_EQ(money.at(2), QStringLiteral("50000 USD"));
    EXPECT_EQ(all.at(rowWithValue(QStringLiteral("2026-12-03"))).at(0), QStringLiteral("Date"));
    EXPECT_EQ(all.at(rowWithValue(QStringLiteral("3 pm"))).at(2), QStringLiteral("15:00"));
    EXPECT_NE(rowWithValue(QStringLiteral("Globex Corporation")), -1);
    EXPECT_NE(rowWithValue(QStringLiteral("maria.gonzalez@globex.example")), -1);

    // The status says who answered and how fast; the text view shows the same text, highlighted.
    EXPECT_TRUE(status()->text().contains(QStringLiteral("answered by Offline in"))) << status()->text().toStdString();
    EXPECT_EQ(view()->toPlainText(), kNotes);
    EXPECT_EQ(view()->extraSelections().size(), all.size());

    // Clicking a row selects its entity in the text.
    const int row = rowWithValue(QStringLiteral("Globex Corporation"));
    const QModelIndex cell = table()->model()->index(row, 1);
    table()->scrollTo(cell);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(cell).center());
    EXPECT_EQ(view()->textCursor().selectedText(), QStringLiteral("Globex Corporation"));
}

TEST_F(ExtractPanelTest, HoveringAnEntityDescribesItsTypeConfidenceAndNormalizedValue)
{
    panel.setNotes(kNotes);
    ASSERT_TRUE(extractWithKeyboard());
    const int at = static_cast<int>(kNotes.indexOf(QStringLiteral("$50k")));
    const int index = view()->entityAt(at + 1);
    ASSERT_GE(index, 0);
    EXPECT_EQ(view()->entityAt(static_cast<int>(kNotes.indexOf(QStringLiteral("They")))), -1);
    const QString tip = HighlightedTextView::describe(
        Entity{EntityType::Financial, QStringLiteral("$50k"), at, at + 4, 0.9, QStringLiteral("50000 USD"), {}});
    EXPECT_TRUE(tip.contains(QStringLiteral("Financial")));
    EXPECT_TRUE(tip.contains(QStringLiteral("0.90")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Normalized: 50000 USD")));
}

TEST_F(ExtractPanelTest, SortingByConfidenceOrdersTheRowsAndClicksStillSelectTheRightSpan)
{
    panel.setNotes(kNotes);
    ASSERT_TRUE(extractWithKeyboard());
    QHeaderView* header = table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(3) + header->sectionSize(3) / 2, header->height() / 2));
    QAbstractItemModel* model = table()->model();
    double previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const double confidence = model->index(row, 3).data(Qt::UserRole + 1).toDouble();
        EXPECT_GE(confidence, previous);
        previous = confidence;
    }
    const QModelIndex last = model->index(model->rowCount() - 1, 1);
    table()->setCurrentIndex(last);
    EXPECT_EQ(view()->textCursor().selectedText(), last.data().toString());
}

TEST_F(ExtractPanelTest, CopyAsJsonIsWhatTheApiReturnsForTheSameText)
{
    panel.setNotes(kNotes);
    EXPECT_FALSE(button("copyJsonButton")->isEnabled()); // nothing to copy yet
    ASSERT_TRUE(extractWithKeyboard());
    QTest::mouseClick(button("copyJsonButton"), Qt::LeftButton);
    const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("text"), kNotes}}).toJson();
    const auto reply = test::HttpTestClient::request(service.port(), "POST", "/api/extract-entities",
                                                     {{"Content-Type", "application/json"}}, body);
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200);
    const QJsonObject api = reply->json().value(QStringLiteral("data")).toObject();
    EXPECT_EQ(copied.value(QStringLiteral("text")), api.value(QStringLiteral("text")));
    EXPECT_EQ(copied.value(QStringLiteral("entities")), api.value(QStringLiteral("entities")));
    EXPECT_EQ(copied.value(QStringLiteral("provider")).toString(), QStringLiteral("offline"));

    QTest::mouseClick(button("copyCsvButton"), Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.front(), QStringLiteral("type,value,normalized,confidence,start,end,context"));
    EXPECT_EQ(lines.size(), api.value(QStringLiteral("entities")).toArray().size() + 1);
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("financial,$50k,50000 USD,")));
}

TEST_F(ExtractPanelTest, SavesCsvAndJsonAndSaysWhySavingFailed)
{
    panel.setNotes(kNotes);
    ASSERT_TRUE(panel.saveResult(QStringLiteral("/tmp/never.json")).has_value()); // nothing extracted yet
    ASSERT_TRUE(extractWithKeyboard());
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("entities.csv"));
    const QString json = folder.filePath(QStringLiteral("entities.json"));
    EXPECT_EQ(panel.saveResult(csv), std::nullopt);
    EXPECT_EQ(panel.saveResult(json), std::nullopt);
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csvFile.readAll().startsWith("type,value,normalized"));
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(
        QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("entities")).toArray().isEmpty());

    const auto error = panel.saveResult(folder.filePath(QStringLiteral("missing-folder/entities.csv")));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("Could not save"))) << error->toStdString();
}

TEST_F(ExtractPanelTest, DroppedMailFileFillsTheNotesAndATooLongFileChangesNothing)
{
    QTemporaryDir folder;
    const QString mail = folder.filePath(QStringLiteral("call.eml"));
    QFile file(mail);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("From: Ana Lima <ana@example.com>\r\nSubject: =?UTF-8?Q?Caf=C3=A9_order?=\r\n"
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               "Please send 12 cases by Friday, total =E2=82=AC4,800.=\r\n Thanks!\r\n");
    file.close();
    ASSERT_EQ(panel.loadFile(mail), std::nullopt);
    EXPECT_TRUE(panel.notes().contains(QStringLiteral("Subject: Café order")));
    EXPECT_TRUE(panel.notes().contains(QStringLiteral("total €4,800. Thanks!"))) << panel.notes().toStdString();

    const QString big = folder.filePath(QStringLiteral("big.txt"));
    QFile bigFile(big);
    ASSERT_TRUE(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray(30'000, 'a'));
    bigFile.close();
    const auto error = panel.loadFile(big);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("at most 20,000"))) << error->toStdString();
    EXPECT_TRUE(panel.notes().contains(QStringLiteral("Café order"))); // unchanged

    EXPECT_TRUE(panel.loadFile(folder.filePath(QStringLiteral("picture.png"))).has_value());
    EXPECT_TRUE(panel.loadFile(folder.filePath(QStringLiteral("gone.txt"))).has_value());
}

TEST_F(ExtractPanelTest, TooLongNotesCannotBeExtractedAndSaySo)
{
    panel.setNotes(QString(20'001, QLatin1Char('x')));
    EXPECT_FALSE(button("extractButton")->isEnabled());
    auto* count = panel.findChild<QLabel*>(QStringLiteral("characterCount"));
    EXPECT_EQ(count->text(), QStringLiteral("20,001 / 20,000 characters"));
    EXPECT_TRUE(count->toolTip().contains(QStringLiteral("at most 20,000")));
    panel.setNotes(QStringLiteral("   \n "));
    EXPECT_FALSE(button("extractButton")->isEnabled());
}

TEST_F(ExtractPanelTest, RecentExtractionsComeBackWithTheirText)
{
    panel.setNotes(QStringLiteral("Call Priya on Monday."));
    ASSERT_TRUE(extractWithKeyboard());
    panel.setNotes(kNotes);
    ASSERT_TRUE(extractWithKeyboard());
    ASSERT_EQ(panel.recentCount(), 2);
    panel.showRecent(1);
    EXPECT_EQ(panel.notes(), QStringLiteral("Call Priya on Monday."));
    EXPECT_EQ(view()->toPlainText(), QStringLiteral("Call Priya on Monday."));
}

TEST_F(ExtractPanelTest, AskingForAProviderWithoutAKeyShowsTheFallback)
{
    auto* picker = panel.findChild<QComboBox*>(QStringLiteral("providerPicker"));
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->currentText(), QStringLiteral("Active: Offline"));
    const int openai = picker->findData(static_cast<int>(ProviderId::OpenAI));
    ASSERT_GE(openai, 0);
    EXPECT_TRUE(picker->itemText(openai).contains(QStringLiteral("no key"))) << picker->itemText(openai).toStdString();
    picker->setCurrentIndex(openai);
    panel.setNotes(kNotes);
    ASSERT_TRUE(extractWithKeyboard());
    EXPECT_TRUE(status()->text().contains(QStringLiteral("answered by Offline")));
    EXPECT_TRUE(status()->text().contains(QStringLiteral("Fallback: OpenAI could not answer")))
        << status()->text().toStdString();
}

} // namespace
} // namespace sb::ui
