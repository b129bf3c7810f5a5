// The `salesbuddy` program itself: version and help, usage errors, and `serve` as a process.
#include "CliRun.h"
#include "Version.h"

#include <QFile>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

TEST(Cli, VersionAndHelp)
{
    const auto version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), QStringLiteral("salesbuddy %1").arg(QString::fromLatin1(kVersion)));

    const auto help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("serve")));

    const auto serveHelp = run({QStringLiteral("serve"), QStringLiteral("--help")});
    EXPECT_EQ(serveHelp.exitCode, 0);
    EXPECT_TRUE(serveHelp.out.contains(QStringLiteral("--port")));
    EXPECT_TRUE(serveHelp.out.contains(QStringLiteral("--bind")));
}

TEST(Cli, UnknownCommandOrOptionIsAUsageError)
{
    const auto unknown = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    const auto badOption = run({QStringLiteral("serve"), QStringLiteral("--colour")});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("colour")));
}

TEST(Cli, InvalidPortNamesTheSetting)
{
    auto env = baseEnvironment();
    env.insert(QStringLiteral("PORT"), QStringLiteral("abc"));
    const auto fromEnv = run({QStringLiteral("serve")}, env);
    EXPECT_EQ(fromEnv.exitCode, 2);
    EXPECT_TRUE(fromEnv.err.contains(QStringLiteral("PORT must be a whole number from 1 to 65535")));

    const auto fromFlag = run({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("99999")});
    EXPECT_EQ(fromFlag.exitCode, 2);
    EXPECT_TRUE(fromFlag.err.contains(QStringLiteral("--port must be")));
}

TEST(Cli, ServeOnATakenPortPrintsOneLineAndExitsWithOne)
{
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    const auto result =
        run({QStringLiteral("serve"), QStringLiteral("--port"), QString::number(squatter.serverPort())});
    EXPECT_EQ(result.exitCode, 1);
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << result.err.toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("salesbuddy: cannot listen on 127.0.0.1:")));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("already in use")));
}

TEST(Cli, ServeAnswersHealthAndStopsCleanlyOnTerminate)
{
    const quint16 port = freePort();
    QProcess process;
    auto env = baseEnvironment();
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warn"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SALESBUDDY_CLI_PATH),
                  {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    ASSERT_TRUE(process.waitForStarted());
    ASSERT_TRUE(process.waitForReadyRead(10000));
    const QString banner = QString::fromLocal8Bit(process.readAllStandardOutput());
    EXPECT_TRUE(banner.contains(QStringLiteral("http://127.0.0.1:%1").arg(port))) << banner.toStdString();

    const auto reply = HttpTestClient::request(port, "GET", "/api/health");
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->status, 200);
    EXPECT_EQ(reply->json().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("healthy"));

    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_FALSE(HttpTestClient(port).connect(500));
}

TEST(Cli, ServeRefusesToListenBeyondLoopbackUnlessToldToAndGivenAToken)
{
    auto result = run({QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("--allow-remote"))) << result.err.toStdString();

    result = run({QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                  QStringLiteral("--allow-remote")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("SALESBUDDY_API_TOKEN"))) << result.err.toStdString();
}

TEST(Cli, AnInvalidVariableStopsStartupNamingItAndTheAcceptedValues)
{
    auto result = run({QStringLiteral("serve")}, environmentWith({{"AI_PROVIDER", "gpt"}}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("AI_PROVIDER"))) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("openai, mistral, offline")));

    result = run({QStringLiteral("serve")}, environmentWith({{"RATE_LIMIT_MAX_REQUESTS", "abc"}}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(QStringLiteral("RATE_LIMIT_MAX_REQUESTS"))) << result.err.toStdString();
}

TEST(Cli, ThePrintedAdminTokenWorksAndNoSecretReachesTheLog)
{
    const quint16 port = freePort();
    const QByteArray providerKey = "sk-proj-Zq81mXv0TestKeyThatMustNeverBeLogged0042";
    QProcess process;
    process.setProcessEnvironment(environmentWith({{"LOG_LEVEL", "debug"}, {"OPENAI_API_KEY", providerKey.data()}}));
    process.start(QStringLiteral(SALESBUDDY_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--port"),
                                                        QString::number(port), QStringLiteral("--print-admin-token")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray out;
    while (!out.contains("serving on") && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    const QList<QByteArray> lines = out.split('\n');
    ASSERT_TRUE(lines.first().startsWith("Admin token: ")) << out.toStdString();
    const QByteArray token = lines.first().mid(13).trimmed();
    EXPECT_GE(token.size(), 43); // 256 bits, base64url

    const QPair<QByteArray, QByteArray> json{"Content-Type", "application/json"};
    const QByteArray customerText = "Call Dana Whitfield about the renewal";
    const auto wrong =
        HttpTestClient::request(port, "POST", "/api/ai/provider",
                                {json, {"Authorization", "Bearer wrong-token-Qx7Lm2Pz9Vb4"}}, R"({"provider":"demo"})");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    const auto right = HttpTestClient::request(port, "POST", "/api/ai/provider",
                                               {json, {"Authorization", "Bearer " + token}}, R"({"provider":"demo"})");
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    const auto extraction = HttpTestClient::request(port, "POST", "/api/extract-entities?key=" + providerKey, {json},
                                                    "{\"text\":\"" + customerText + "\"}");
    ASSERT_TRUE(extraction);
    EXPECT_EQ(extraction->status, 200);

    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    out += process.readAllStandardOutput();
    const QByteArray log = process.readAllStandardError();
    EXPECT_TRUE(log.contains("POST /api/ai/provider 401")) << log.toStdString();
    EXPECT_TRUE(log.contains("POST /api/ai/provider 200"));
    EXPECT_TRUE(log.contains("POST /api/extract-entities 200"));
    const QByteArray everything = out.mid(lines.first().size()) + log; // all but the line that prints the token
    for (const QByteArray& secret : {providerKey, token, QByteArray("wrong-token-Qx7Lm2Pz9Vb4"), customerText}) {
        EXPECT_FALSE(everything.contains(secret)) << "leaked: " << secret.toStdString() << "\n" << log.toStdString();
    }
}

#ifdef Q_OS_LINUX
TEST(Cli, ServeRunsWithCoreDumpsOff)
{
    const quint16 port = freePort();
    QProcess process;
    process.setProcessEnvironment(baseEnvironment());
    process.start(QStringLiteral(SALESBUDDY_CLI_PATH),
                  {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    ASSERT_TRUE(process.waitForReadyRead(10000));
    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    ASSERT_TRUE(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    const qsizetype at = text.indexOf("Max core file size");
    ASSERT_GE(at, 0);
    const QList<QByteArray> fields = text.mid(at + 18, text.indexOf('\n', at) - at - 18).simplified().split(' ');
    ASSERT_GE(fields.size(), 2);
    EXPECT_EQ(fields[0], "0");
    EXPECT_EQ(fields[1], "0");
    process.terminate();
    EXPECT_TRUE(process.waitForFinished(10000));
}
#endif

} // namespace
} // namespace sb::test
