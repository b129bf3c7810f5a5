#pragma once

// Running the `salesbuddy` program from tests: its exit code and output, in folders of the test's own.
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sb::test {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The test's environment, with settings and data (key index, audit log, usage) in folders of this test run's own.
inline QProcessEnvironment baseEnvironment()
{
    static QTemporaryDir folder;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SALESBUDDY_CONFIG_DIR"), folder.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("SALESBUDDY_DATA_DIR"), folder.filePath(QStringLiteral("data")));
    return env;
}

inline RunResult run(const QStringList& arguments, const QProcessEnvironment& environment = baseEnvironment(),
              const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALESBUDDY_CLI_PATH), arguments);
    if (process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel(); // standard input is not a terminal, and ends here
    }
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

inline QProcessEnvironment environmentWith(std::initializer_list<std::pair<const char*, const char*>> values)
{
    auto env = baseEnvironment();
    for (const auto& [name, value] : values)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return env;
}

// A fresh pair of settings and data folders for one test.
inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir& folder)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SALESBUDDY_CONFIG_DIR"), folder.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("SALESBUDDY_DATA_DIR"), folder.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    env.remove(QStringLiteral("MISTRAL_API_KEY"));
    return env;
}

inline QJsonObject keyRow(const QString& listJson, const char* environment, const char* provider)
{
    for (const QJsonValue& row : QJsonDocument::fromJson(listJson.toUtf8()).array()) {
        const QJsonObject object = row.toObject();
        if (object.value(QStringLiteral("environment")).toString() == QLatin1String(environment) &&
            object.value(QStringLiteral("provider")).toString() == QLatin1String(provider))
            return object;
    }
    return {};
}

} // namespace sb::test
