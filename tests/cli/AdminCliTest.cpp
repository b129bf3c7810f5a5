// The admin commands as people run them: keys, env, rotation, checklist and audit, against the test session's keyring.
#include "CliRun.h"
#include "secrets/SecretValue.h"

#include <QDirIterator>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

namespace sb::test {
namespace {

TEST(CliKeys, SetListValidateDeleteThroughTheSystemKeyring)
{
    if (!qEnvironmentVariableIsSet("SALESBUDDY_TEST_KEYRING"))
        GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh";
    QTemporaryDir folder;
    const auto env = isolatedEnvironment(folder);
    const QByteArray key = "sk-proj-CliTestKey0123456789abcdefghijKLMNOP";

    const auto set = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--env"),
                          QStringLiteral("staging")},
                         env, key + "\n");
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("sk-…MNOP"))) << set.out.toStdString();

    const auto list = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonObject row = keyRow(list.out, "staging", "openai");
    EXPECT_TRUE(row.value(QStringLiteral("inKeychain")).toBool());
    EXPECT_EQ(row.value(QStringLiteral("masked")).toString(), QStringLiteral("sk-…MNOP"));
    EXPECT_EQ(row.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    EXPECT_EQ(row.value(QStringLiteral("fingerprint")).toString(), SecretValue(key).fingerprint());
    EXPECT_FALSE(keyRow(list.out, "production", "openai").value(QStringLiteral("inKeychain")).toBool());

    // Validation against a provider that cannot be reached says so and exits 1.
    auto offline = env;
    offline.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    const auto validate = run({QStringLiteral("keys"), QStringLiteral("validate"), QStringLiteral("openai"),
                               QStringLiteral("--env"), QStringLiteral("staging")},
                              offline);
    EXPECT_EQ(validate.exitCode, 1);
    EXPECT_TRUE(validate.out.contains(QStringLiteral("unreachable"))) << validate.out.toStdString();

    // Deleting needs --yes without a terminal to confirm on.
    const QStringList remove{QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("openai"),
                             QStringLiteral("--env"), QStringLiteral("staging")};
    EXPECT_EQ(run(remove, env).exitCode, 2);
    const auto removed = run(QStringList(remove) << QStringLiteral("--yes"), env);
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(keyRow(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env).out,
                        "staging", "openai")
                     .value(QStringLiteral("inKeychain"))
                     .toBool());

    // The audit log has it all, chained; no output and no file has the key.
    const auto tail = run({QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json")}, env);
    const QJsonArray events = QJsonDocument::fromJson(tail.out.toUtf8()).array();
    QStringList names;
    for (const QJsonValue& event : events)
        names.append(event.toObject().value(QStringLiteral("event")).toString());
    EXPECT_EQ(names, (QStringList{QStringLiteral("key.added"), QStringLiteral("key.validated"),
                                  QStringLiteral("key.deleted")}));
    const auto verify = run({QStringLiteral("audit"), QStringLiteral("verify")}, env);
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
    for (const QString& text : {set.out, set.err, list.out, validate.out, validate.err, tail.out})
        EXPECT_FALSE(text.contains(QString::fromLatin1(key.mid(8, 16))));
    for (QDirIterator it(folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(key.mid(8, 16))) << file.fileName().toStdString();
    }
}

TEST(CliKeys, WithoutAKeychainKeysFailClearlyAndNothingIsWritten)
{
    QTemporaryDir folder;
    auto env = isolatedEnvironment(folder);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const auto set = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("mistral")}, env,
                         "mistral-key-0123456789abcdef\n");
    EXPECT_EQ(set.exitCode, 1);
    EXPECT_TRUE(set.err.contains(QStringLiteral("No keychain is reachable"))) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QStringLiteral("MISTRAL_API_KEY"))) << set.err.toStdString();
    EXPECT_FALSE(QFile::exists(folder.filePath(QStringLiteral("config/keys.ini"))));
    for (QDirIterator it(folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains("0123456789abcdef")) << file.fileName().toStdString();
    }
}

TEST(CliKeys, AKeyIsNeverTakenAsAnArgumentAndEmptyInputIsRefused)
{
    QTemporaryDir folder;
    const auto env = isolatedEnvironment(folder);
    const auto asArgument = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai"),
                                 QStringLiteral("sk-in-the-shell-history")},
                                env);
    EXPECT_EQ(asArgument.exitCode, 2);
    const auto empty = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, env, "\n");
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no key was given"))) << empty.err.toStdString();
    const auto offline = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("offline")}, env, "x\n");
    EXPECT_EQ(offline.exitCode, 2);
    const auto badEnvironment = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--env"),
                                     QStringLiteral("qa")},
                                    env);
    EXPECT_EQ(badEnvironment.exitCode, 2);
    EXPECT_TRUE(badEnvironment.err.contains(QStringLiteral("development, staging or production")));
}

TEST(CliAudit, VerifyFindsAnEditedLineAndExitsWithOne)
{
    QTemporaryDir folder;
    const auto env = isolatedEnvironment(folder);
    // Two admin events through the service: a failed and a successful provider switch... the failure is audited.
    const quint16 port = freePort();
    QProcess service;
    auto serviceEnv = env;
    serviceEnv.insert(QStringLiteral("SALESBUDDY_ADMIN_TOKEN"), QStringLiteral("cli-audit-admin-token-0123456789"));
    service.setProcessEnvironment(serviceEnv);
    service.start(QStringLiteral(SALESBUDDY_CLI_PATH),
                  {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    ASSERT_TRUE(service.waitForReadyRead(10000));
    const QPair<QByteArray, QByteArray> json{"Content-Type", "application/json"};
    HttpTestClient::request(port, "POST", "/api/ai/provider", {json, {"Authorization", "Bearer wrong-token-0123456789"}},
                            R"({"provider":"offline"})");
    HttpTestClient::request(port, "PUT", "/api/rate-limit",
                            {json, {"Authorization", "Bearer cli-audit-admin-token-0123456789"}},
                            R"({"maxRequests":120})");
    service.terminate();
    ASSERT_TRUE(service.waitForFinished(10000));

    const auto tail = run({QStringLiteral("audit"), QStringLiteral("tail")}, env);
    EXPECT_TRUE(tail.out.contains(QStringLiteral("auth.failed"))) << tail.out.toStdString();
    EXPECT_TRUE(tail.out.contains(QStringLiteral("ratelimit.changed"))) << tail.out.toStdString();
    EXPECT_TRUE(tail.out.contains(QStringLiteral("api:127.0.0.1")));
    EXPECT_EQ(run({QStringLiteral("audit"), QStringLiteral("verify")}, env).exitCode, 0);

    QFile log(folder.filePath(QStringLiteral("data/audit.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadWrite));
    QByteArray content = log.readAll();
    ASSERT_TRUE(content.contains("\"maxRequests\":120"));
    content.replace("\"maxRequests\":120", "\"maxRequests\":999");
    log.seek(0);
    log.write(content);
    log.close();
    const auto verify = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, env);
    EXPECT_EQ(verify.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(verify.out.toUtf8()).object();
    EXPECT_FALSE(result.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("firstBadLine")).toInt(), 2) << verify.out.toStdString();
}
TEST(CliEnv, UseShowAndListTheProfiles)
{
    QTemporaryDir folder;
    auto env = isolatedEnvironment(folder);
    env.remove(QStringLiteral("NODE_ENV"));
    env.remove(QStringLiteral("SALESBUDDY_ENV"));
    const auto show = run({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("--json")}, env);
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject development = QJsonDocument::fromJson(show.out.toUtf8()).object();
    EXPECT_EQ(development.value(QStringLiteral("environment")).toString(), QStringLiteral("development"));
    EXPECT_FALSE(development[QStringLiteral("rateLimit")][QStringLiteral("enabled")].toBool());

    const auto use = run({QStringLiteral("env"), QStringLiteral("use"), QStringLiteral("production")}, env);
    ASSERT_EQ(use.exitCode, 0) << use.err.toStdString();
    EXPECT_TRUE(use.out.contains(QStringLiteral("production is now the active environment")));
    const auto list = run({QStringLiteral("env"), QStringLiteral("list")}, env);
    EXPECT_TRUE(list.out.contains(QStringLiteral("* production"))) << list.out.toStdString();

    // A variable fixes the environment for its shell, and says so.
    auto fixed = env;
    fixed.insert(QStringLiteral("NODE_ENV"), QStringLiteral("staging"));
    fixed.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("error"));
    const auto overridden = run({QStringLiteral("env"), QStringLiteral("show")}, fixed);
    EXPECT_TRUE(overridden.out.startsWith(QStringLiteral("staging (active)"))) << overridden.out.toStdString();
    EXPECT_TRUE(overridden.out.contains(QStringLiteral("LOG_LEVEL overrides")));
    EXPECT_EQ(run({QStringLiteral("env"), QStringLiteral("use"), QStringLiteral("development")}, fixed).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("env"), QStringLiteral("use"), QStringLiteral("qa")}, env).exitCode, 2);

    // Profiles are edited setting by setting; a bad one changes nothing.
    const auto set = run({QStringLiteral("env"), QStringLiteral("set"), QStringLiteral("staging"),
                          QStringLiteral("provider=openai"), QStringLiteral("max-requests=80"),
                          QStringLiteral("rotation-days=14"), QStringLiteral("--json")},
                         env);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject staging = QJsonDocument::fromJson(set.out.toUtf8()).object();
    EXPECT_EQ(staging.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
    EXPECT_EQ(staging[QStringLiteral("rateLimit")][QStringLiteral("general")][QStringLiteral("maxRequests")].toInt(), 80);
    EXPECT_EQ(staging.value(QStringLiteral("rotationDays")).toInt(), 14);
    const auto bad = run({QStringLiteral("env"), QStringLiteral("set"), QStringLiteral("staging"),
                          QStringLiteral("provider=mistral"), QStringLiteral("max-requests=0")},
                         env);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("max-requests=0")));
    const auto after = run({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("staging"),
                            QStringLiteral("--json")},
                           env);
    EXPECT_EQ(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("provider")).toString(),
              QStringLiteral("openai"));
}

TEST(CliKeys, ImportEnvShowsTheChangesAndAppliesThemOnlyWithYes)
{
    if (!qEnvironmentVariableIsSet("SALESBUDDY_TEST_KEYRING"))
        GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh";
    QTemporaryDir folder;
    const auto env = isolatedEnvironment(folder);
    const QString path = folder.filePath(QStringLiteral("old.env"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# from the old deployment\r\nexport MISTRAL_API_KEY_STAGING=\"mistral-import-0123456789abcd\"\r\n"
               "RATE_LIMIT_MAX_REQUESTS_PRODUCTION=150\r\nPORT=3000\r\n");
    file.close();
    const QStringList import{QStringLiteral("keys"), QStringLiteral("import-env"), path};
    const auto preview = run(import, env);
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("add the mistral key for staging (mis…abcd)"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("limit 200 per 15 min → 150 per 15 min")));
    EXPECT_TRUE(preview.out.contains(QStringLiteral("Nothing changed")));
    EXPECT_FALSE(keyRow(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env).out,
                        "staging", "mistral")
                     .value(QStringLiteral("inKeychain"))
                     .toBool());

    const auto applied = run(QStringList(import) << QStringLiteral("--yes"), env);
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(keyRow(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env).out,
                       "staging", "mistral")
                    .value(QStringLiteral("inKeychain"))
                    .toBool());
    const auto production = run({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("production"),
                                 QStringLiteral("--json")},
                                env);
    EXPECT_EQ(QJsonDocument::fromJson(production.out.toUtf8())
                  .object()[QStringLiteral("rateLimit")][QStringLiteral("general")][QStringLiteral("maxRequests")]
                  .toInt(),
              150);
    // Exported masked unless asked.
    const auto exported = run({QStringLiteral("keys"), QStringLiteral("export-env"), QStringLiteral("--env"),
                               QStringLiteral("staging")},
                              env);
    EXPECT_TRUE(exported.out.contains(QStringLiteral("# MISTRAL_API_KEY=mis…abcd"))) << exported.out.toStdString();
    EXPECT_FALSE(exported.out.contains(QStringLiteral("mistral-import-0123456789abcd")));
    const auto withValues = run({QStringLiteral("keys"), QStringLiteral("export-env"), QStringLiteral("--env"),
                                 QStringLiteral("staging"), QStringLiteral("--with-values")},
                                env);
    EXPECT_TRUE(withValues.out.contains(QStringLiteral("MISTRAL_API_KEY=mistral-import-0123456789abcd")));

    // A malformed file is refused with its line number, and nothing is imported.
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("OPENAI_API_KEY=sk-never-imported-0123456789\nnot a line\n");
    file.close();
    const auto malformed = run(QStringList(import) << QStringLiteral("--yes"), env);
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("line 2"))) << malformed.err.toStdString();
    EXPECT_FALSE(keyRow(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env).out,
                        "development", "openai")
                     .value(QStringLiteral("inKeychain"))
                     .toBool());
}

TEST(CliRotation, CompromiseFromTheCommandLineStopsARunningServiceUsingTheKey)
{
    if (!qEnvironmentVariableIsSet("SALESBUDDY_TEST_KEYRING"))
        GTEST_SKIP() << "needs the private keyring of scripts/with-test-session.sh";
    QTemporaryDir folder;
    auto env = isolatedEnvironment(folder);
    env.insert(QStringLiteral("NODE_ENV"), QStringLiteral("development"));
    ASSERT_EQ(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, env,
                  "sk-proj-compromised-0123456789abcdef\n")
                  .exitCode,
              0);
    const quint16 port = freePort();
    QProcess service;
    auto serviceEnv = env;
    serviceEnv.insert(QStringLiteral("AI_PROVIDER"), QStringLiteral("openai"));
    serviceEnv.insert(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    service.setProcessEnvironment(serviceEnv);
    service.start(QStringLiteral(SALESBUDDY_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port)});
    ASSERT_TRUE(service.waitForStarted());
    QByteArray banner;
    while (!banner.contains("serving on") && service.waitForReadyRead(10000))
        banner += service.readAllStandardOutput();
    const auto current = [port] {
        const auto reply = HttpTestClient::request(port, "GET", "/api/ai/status");
        return reply ? reply->json()[QStringLiteral("data")][QStringLiteral("current")].toString() : QString();
    };
    ASSERT_EQ(current(), QStringLiteral("openai")); // the key came from the keychain

    const auto compromised = run({QStringLiteral("rotation"), QStringLiteral("compromise"), QStringLiteral("openai"),
                                  QStringLiteral("--env"), QStringLiteral("development"), QStringLiteral("--yes")},
                                 env);
    ASSERT_EQ(compromised.exitCode, 0) << compromised.err.toStdString();
    QString now;
    for (int i = 0; i < 50 && (now = current()) != QLatin1String("offline"); ++i)
        QThread::msleep(100);
    EXPECT_EQ(now, QStringLiteral("offline"));
    service.terminate();
    EXPECT_TRUE(service.waitForFinished(10000));

    const auto status = run({QStringLiteral("rotation"), QStringLiteral("status"), QStringLiteral("--json")}, env);
    EXPECT_EQ(status.exitCode, 0);
    const auto tail = run({QStringLiteral("audit"), QStringLiteral("tail")}, env);
    EXPECT_TRUE(tail.out.contains(QStringLiteral("key.compromised")));
    EXPECT_TRUE(tail.out.contains(QStringLiteral("provider.switched")));
    EXPECT_EQ(run({QStringLiteral("audit"), QStringLiteral("verify")}, env).exitCode, 0);
}

TEST(CliChecklist, ReportsTheScoreAndTicksManualItems)
{
    QTemporaryDir folder;
    const auto env = isolatedEnvironment(folder);
    const auto before = run({QStringLiteral("checklist"), QStringLiteral("--json")}, env);
    EXPECT_EQ(before.exitCode, 1); // manual items are not ticked yet
    const QJsonObject report = QJsonDocument::fromJson(before.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("of")).toInt(), 10);
    const int score = report.value(QStringLiteral("score")).toInt();
    const auto ticked = run({QStringLiteral("checklist"), QStringLiteral("tick"), QStringLiteral("two-factor")}, env);
    EXPECT_TRUE(ticked.out.contains(QStringLiteral("[x] two-factor"))) << ticked.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run({QStringLiteral("checklist"), QStringLiteral("--json")}, env).out.toUtf8())
                  .object()
                  .value(QStringLiteral("score"))
                  .toInt(),
              score + 1);
    EXPECT_EQ(run({QStringLiteral("checklist"), QStringLiteral("tick"), QStringLiteral("separate-keys")}, env).exitCode, 2);
}

} // namespace
} // namespace sb::test
