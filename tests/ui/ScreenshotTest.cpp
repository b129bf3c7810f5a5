// Renders every panel of the console at 1280×800 in a light and a dark palette, under Xvfb (the CTest launcher runs it
// with xvfb-run), into SALESBUDDY_SCREENSHOT_DIR (docs/screenshots through scripts/screenshots.sh; the build tree
// otherwise), and fails when a panel renders blank. The runtime behind the window holds a little state of each kind,
// as a console in use would.
#include "MainWindow.h"
#include "TestService.h"
#include "extract/ExtractPanel.h"
#include "providers/UsageLedger.h"
#include "secrets/KeyVault.h"
#include "secrets/SecretStoreWait.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

namespace sb::ui {
namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x3a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QString slug(const QString& name)
{
    QString text = name.toLower();
    text.replace(QLatin1String(" & "), QLatin1String("-"));
    text.replace(QLatin1Char(' '), QLatin1Char('-'));
    return text;
}

// A panel that rendered nothing is one colour, or nearly; a real one has text, frames and controls.
bool looksRendered(const QImage& image, QString* why)
{
    QSet<QRgb> colours;
    QHash<QRgb, int> counts;
    const int step = 2;
    int samples = 0;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            ++counts[pixel];
            ++samples;
        }
    }
    int commonest = 0;
    for (int count : std::as_const(counts))
        commonest = std::max(commonest, count);
    if (colours.size() < 16 || commonest > samples * 97 / 100) {
        *why = QStringLiteral("%1 colours, the commonest on %2% of the panel")
                   .arg(colours.size())
                   .arg(commonest * 100 / std::max(samples, 1));
        return false;
    }
    return true;
}

// What a console started without SALESBUDDY_ENV, NODE_ENV or RATE_LIMIT_* sees: the environment's profile decides.
StartupConfig asStartedByHand()
{
    StartupConfig config = test::TestService::defaultConfig();
    config.fromVariables = {};
    return config;
}

class Screenshots : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    Screenshots()
        : service(asStartedByHand())
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/introduced"), true);
        Runtime& runtime = service.runtime();
        waitFor(runtime.keys().setKey(ProviderId::OpenAI, Environment::Development,
                                      SecretValue::fromString(QStringLiteral("sk-proj-demo0000000000000000a1b2")),
                                      QStringLiteral("console:admin")));
        waitFor(runtime.keys().setKey(ProviderId::Mistral, Environment::Development,
                                      SecretValue::fromString(QStringLiteral("ms-demo00000000000000000000c3d4")),
                                      QStringLiteral("console:admin")));
        runtime.keys().recordValidation(ProviderId::OpenAI, Environment::Development, QStringLiteral("valid"),
                                        QStringLiteral("console:admin"));
        runtime.usage().record(Environment::Development, ProviderId::OpenAI, QStringLiteral("gpt-4o-mini"),
                               TokenUsage{2'400'000, 900'000});
    }

    void capture(const QString& variant)
    {
        MainWindow window(service.runtime());
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        if (auto* extract = window.findChild<ExtractPanel*>()) {
            extract->introduce();
            QSignalSpy finished(extract, &ExtractPanel::extractionFinished);
            extract->extract();
            ASSERT_TRUE(finished.wait(5000));
        }
        QDir folder(
            qEnvironmentVariable("SALESBUDDY_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
        ASSERT_TRUE(folder.mkpath(QStringLiteral(".")));
        const QStringList names = window.panelNames();
        for (int i = 0; i < names.size(); ++i) {
            window.showPanel(i);
            QTest::qWait(50); // layouts settle, timers fire once
            const QImage shot = window.grab().toImage();
            ASSERT_EQ(shot.size() / shot.devicePixelRatio(), QSize(1280, 800));
            const QString file =
                folder.filePath(slug(names.at(i)) + QLatin1Char('-') + variant + QStringLiteral(".png"));
            ASSERT_TRUE(shot.save(file)) << file.toStdString();
            // The panel alone, without the sidebar and bars that would make any window look busy.
            QWidget* panel = window.findChild<QStackedWidget*>()->currentWidget();
            QString why;
            EXPECT_TRUE(looksRendered(panel->grab().toImage(), &why))
                << names.at(i).toStdString() << " renders blank (" << variant.toStdString()
                << "): " << why.toStdString();
        }
        window.close();
    }

    test::TestService service;
};

TEST_F(Screenshots, EveryPanelInTheLightPalette)
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    capture(QStringLiteral("light"));
}

TEST_F(Screenshots, EveryPanelInTheDarkPalette)
{
    QApplication::setPalette(darkPalette());
    capture(QStringLiteral("dark"));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

} // namespace
} // namespace sb::ui
