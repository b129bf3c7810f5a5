#include "AdminSupport.h"

#include "audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sb::cli {

AdminCommand::AdminCommand(QString name, QString description)
    : m_name(std::move(name))
    , m_jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for scripts instead of text."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_jsonOption);
}

std::optional<int> AdminCommand::parse(const QStringList& arguments)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("salesbuddy"));
    if (!m_parser.parse(withProgram)) {
        print(stderr, QStringLiteral("salesbuddy %1: %2\nRun 'salesbuddy %1 --help' for usage.\n")
                          .arg(m_name, m_parser.errorText()));
        return UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        print(stdout, m_parser.helpText());
        return Success;
    }
    return std::nullopt;
}

const QStringList AdminCommand::positional() const
{
    return m_parser.positionalArguments();
}

std::optional<StartupConfig> AdminCommand::config() const
{
    const auto loaded = StartupConfig::load(QProcessEnvironment::systemEnvironment(), {});
    if (const auto* error = std::get_if<ConfigError>(&loaded)) {
        print(stderr, QStringLiteral("salesbuddy: %1\n").arg(error->message));
        return std::nullopt;
    }
    return std::get<StartupConfig>(loaded);
}

int AdminCommand::fail(const QString& message, int code) const
{
    print(stderr, QStringLiteral("salesbuddy %1: %2\n").arg(m_name, message));
    return code;
}

void AdminCommand::printJson(const QJsonValue& value) const
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    print(stdout, QString::fromUtf8(text));
}

QString actor()
{
    return AuditLog::localActor(QStringLiteral("cli"));
}

std::optional<ProviderId> cloudProvider(const AdminCommand& command, const QString& text)
{
    const auto id = parseProviderName(text);
    if (!id || !isCloudProvider(*id)) {
        command.fail(QStringLiteral("'%1' is not a provider with keys; use openai or mistral").arg(text), UsageError);
        return std::nullopt;
    }
    return id;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

namespace {

// Echo off on the terminal for as long as it lives.
class HiddenInput
{
public:
    HiddenInput()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        tcgetattr(STDIN_FILENO, &m_saved);
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    }
    ~HiddenInput()
    {
#if defined(Q_OS_WIN)
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

private:
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

std::optional<QByteArray> readSecret(const QString& prompt, QString& error)
{
    QByteArray value;
    if (stdinIsTerminal()) {
        print(stderr, prompt);
        std::string line;
        {
            HiddenInput hidden;
            std::getline(std::cin, line);
        }
        print(stderr, QStringLiteral("\n"));
        value = QByteArray::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
    } else {
        char buffer[4096];
        size_t read = 0;
        while ((read = std::fread(buffer, 1, sizeof buffer, stdin)) > 0 && value.size() < 64 * 1024)
            value.append(buffer, qsizetype(read));
        std::fill(std::begin(buffer), std::end(buffer), '\0');
    }
    const QByteArray trimmed = value.trimmed();
    value.fill('\0');
    if (trimmed.isEmpty()) {
        error = QStringLiteral("no key was given: pipe it to standard input or type it at the prompt");
        return std::nullopt;
    }
    if (trimmed.contains('\n') || trimmed.contains(' ')) {
        error = QStringLiteral("a key is one line without spaces; nothing was stored");
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QList<QByteArray>> readSecrets(const QStringList& prompts, QString& error)
{
    QList<QByteArray> values;
    if (stdinIsTerminal()) {
        for (const QString& prompt : prompts) {
            auto value = readSecret(prompt, error);
            if (!value)
                return std::nullopt;
            values.append(*value);
        }
        return values;
    }
    QByteArray all;
    char buffer[4096];
    size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, stdin)) > 0 && all.size() < 64 * 1024)
        all.append(buffer, qsizetype(read));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    for (const QByteArray& line : all.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            values.append(trimmed);
    }
    all.fill('\0');
    if (values.size() != prompts.size()) {
        error = QStringLiteral("expected %1 keys on standard input, one per line, and got %2; nothing was stored")
                    .arg(prompts.size())
                    .arg(values.size());
        return std::nullopt;
    }
    for (const QByteArray& value : std::as_const(values)) {
        if (value.contains(' ')) {
            error = QStringLiteral("a key is one line without spaces; nothing was stored");
            return std::nullopt;
        }
    }
    return values;
}

bool confirm(const QString& question)
{
    if (!stdinIsTerminal())
        return false;
    print(stderr, question + QStringLiteral(" [y/N] "));
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

} // namespace sb::cli
