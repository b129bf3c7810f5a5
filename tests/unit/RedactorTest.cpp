#include "secrets/Redactor.h"

#include <QLoggingCategory>

#include <gtest/gtest.h>

namespace sb {
namespace {

struct Case
{
    const char* name;
    const char* input;
    const char* expected;
};

void PrintTo(const Case& c, std::ostream* out)
{
    *out << c.name;
}

class RedactorCases : public ::testing::TestWithParam<Case>
{
};

TEST_P(RedactorCases, MasksWhatLooksLikeACredentialAndNothingElse)
{
    const Redactor redactor;
    EXPECT_EQ(redactor.redact(QString::fromUtf8(GetParam().input)).toStdString(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Texts, RedactorCases,
    ::testing::Values(Case{"OpenAiKey", "key sk-proj-abc123DEF456ghi789 rejected", "key [redacted] rejected"},
                      Case{"ShortSkPrefixIsAWord", "ask-me sk-1", "ask-me sk-1"},
                      Case{"BearerToken", "Authorization: Bearer abc", "Authorization: Bearer [redacted]"},
                      Case{"BearerAnyCase", "bearer  x.y.z", "bearer  [redacted]"},
                      Case{"BasicCredentials", "Basic dXNlcjpwYXNz", "Basic [redacted]"},
                      Case{"LongRandomToken", "token Zx8LmQ2pV9bN4kR7tW1yH6cJ3fD5sG0a end", "token [redacted] end"},
                      Case{"TokenInsideAUrl", "GET /cb?code=Zx8LmQ2pV9bN4kR7tW1yH6cJ3fD5sG0a&x=1",
                           "GET /cb?code=[redacted]&x=1"},
                      Case{"LongWordWithoutDigitsIsKept", "internationalization_and_localization_settings",
                           "internationalization_and_localization_settings"},
                      Case{"OrdinaryLogLine", "POST /api/extract-entities 200 1.25ms 127.0.0.1",
                           "POST /api/extract-entities 200 1.25ms 127.0.0.1"},
                      Case{"Unicode", "Grüße an José – 10 €", "Grüße an José – 10 €"}),
    [](const ::testing::TestParamInfo<Case>& param) { return std::string(param.param.name); });

TEST(Redactor, MasksRegisteredSecretsHoweverPlainTheyLook)
{
    Redactor redactor;
    redactor.registerSecret(SecretValue(QByteArrayView("correct horse battery")));
    redactor.registerSecret(SecretValue(QByteArrayView("short"))); // too short to mask everywhere
    EXPECT_EQ(redactor.redact(QStringLiteral("the key is correct horse battery, ok")).toStdString(),
              "the key is [redacted], ok");
    EXPECT_EQ(redactor.redact(QStringLiteral("a short note")).toStdString(), "a short note");
    redactor.clear();
    EXPECT_EQ(redactor.redact(QStringLiteral("correct horse battery")).toStdString(), "correct horse battery");
}

QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_captured.append(message);
}

Q_LOGGING_CATEGORY(lcRedactorTest, "salesbuddy.redactortest", QtDebugMsg)

TEST(Redactor, TheMessageHandlerRedactsEveryLogLine)
{
    // Our capture stands in for Qt's default handler behind the redacting one.
    const QtMessageHandler original = qInstallMessageHandler(capture);
    installRedactingMessageHandler();
    logRedactor().registerSecret(SecretValue(QByteArrayView("mistral-key-plain-words")));
    qCWarning(lcRedactorTest) << "provider refused key"
                              << "sk-live-0123456789abcdef";
    qCWarning(lcRedactorTest).noquote() << "mistral said no to mistral-key-plain-words";
    qInstallMessageHandler(original);
    logRedactor().clear();

    ASSERT_EQ(g_captured.size(), 2);
    EXPECT_EQ(g_captured.at(0).toStdString(), "provider refused key [redacted]");
    EXPECT_EQ(g_captured.at(1).toStdString(), "mistral said no to [redacted]");
}

} // namespace
} // namespace sb
