#pragma once

#include "Commands.h"
#include "config/StartupConfig.h"
#include "providers/ProviderId.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <optional>

namespace sb::cli {

// What every admin subcommand shares: its parser with --help and --json, the configuration from the environment,
// and the way it prints.
class AdminCommand
{
public:
    // `usage` is the synopsis after "salesbuddy", e.g. "keys set <provider> [--env ENV]".
    AdminCommand(QString name, QString description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses arguments (after the program name). Returns an exit code to stop with (help printed, or a usage error
    // reported), or nullopt to go on.
    std::optional<int> parse(const QStringList& arguments);
    bool json() const { return m_parser.isSet(m_jsonOption); }
    const QStringList positional() const;

    // The configuration from the environment, or nullopt after printing why it cannot be used.
    std::optional<StartupConfig> config() const;

    // An error for people: "salesbuddy <name>: <message>" on stderr; returns `code`.
    int fail(const QString& message, int code = Failure) const;
    void printJson(const QJsonValue& value) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_jsonOption;
};

// The audit log's name for the person running this command: "cli:<user>".
QString actor();

// `text` as a provider with keys (openai or mistral), or nullopt after reporting the mistake as a usage error.
std::optional<ProviderId> cloudProvider(const AdminCommand& command, const QString& text);

// Reads a secret: all of standard input when it is not a terminal (trailing newline removed), else typed at a
// prompt with echo off. Returns nullopt and sets `error` when nothing usable was given.
std::optional<QByteArray> readSecret(const QString& prompt, QString& error);

// Reads several secrets: one per line of standard input when it is not a terminal, else one per hidden prompt.
std::optional<QList<QByteArray>> readSecrets(const QStringList& prompts, QString& error);

// Asks a yes/no question on the terminal; false when there is no terminal to ask.
bool confirm(const QString& question);

bool stdinIsTerminal();

} // namespace sb::cli
