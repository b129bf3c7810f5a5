#include "config/DotEnv.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace sb {
namespace {

bool validName(QByteArrayView name)
{
    if (name.isEmpty() || std::isdigit(static_cast<unsigned char>(name.front())))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
    });
}

} // namespace

std::variant<QList<DotEnvEntry>, DotEnvError> parseDotEnv(const QByteArray& content)
{
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');

    QList<DotEnvEntry> entries;
    qsizetype at = 0;
    int line = 1;
    const auto fail = [&line](const QString& message) { return DotEnvError{line, message}; };
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        QByteArray current = text.mid(at, end - at).trimmed();
        const int startLine = line;
        if (current.isEmpty() || current.startsWith('#')) {
            at = end + 1;
            ++line;
            continue;
        }
        if (current.startsWith("export ") || current.startsWith("export\t"))
            current = current.mid(7).trimmed();
        const qsizetype equals = current.indexOf('=');
        if (equals < 0) {
            return fail(QStringLiteral("line %1 is not NAME=value: it has no '='").arg(line));
        }
        const QByteArray name = current.left(equals).trimmed();
        if (!validName(name)) {
            return fail(QStringLiteral("line %1: '%2' is not a variable name (letters, digits, '_', '.' and '-', "
                                       "not starting with a digit)")
                            .arg(line)
                            .arg(QString::fromUtf8(name.left(40))));
        }
        // The value starts after the line's first '=' (names cannot contain one), read from the whole text so a
        // quoted value may run over several lines.
        qsizetype valueAt = text.indexOf('=', at) + 1;
        while (valueAt < end && (text[valueAt] == ' ' || text[valueAt] == '\t'))
            ++valueAt;
        QByteArray value;
        const char quote = valueAt < text.size() ? text[valueAt] : '\0';
        if (quote == '\'' || quote == '"') {
            qsizetype i = valueAt + 1;
            bool closed = false;
            for (; i < text.size(); ++i) {
                const char c = text[i];
                if (c == '\n')
                    ++line;
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (quote == '"' && c == '\\' && i + 1 < text.size()) {
                    const char next = text[++i];
                    switch (next) {
                    case 'n':
                        value += '\n';
                        break;
                    case 'r':
                        value += '\r';
                        break;
                    case 't':
                        value += '\t';
                        break;
                    case '\n':
                        ++line;
                        value += '\n';
                        break;
                    default:
                        value += next; // \" \\ \$ and anything else: the character itself
                    }
                    continue;
                }
                value += c;
            }
            if (!closed) {
                return DotEnvError{startLine, QStringLiteral("line %1: the value of %2 opens a %3 quote that is never "
                                                             "closed")
                                                  .arg(startLine)
                                                  .arg(QString::fromUtf8(name), QString(QLatin1Char(quote)))};
            }
            // After the closing quote only white space or a comment may follow.
            qsizetype lineEnd = text.indexOf('\n', i + 1);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QByteArray rest = text.mid(i + 1, lineEnd - i - 1).trimmed();
            if (!rest.isEmpty() && !rest.startsWith('#')) {
                return fail(QStringLiteral("line %1: unexpected text after the quoted value of %2")
                                .arg(line)
                                .arg(QString::fromUtf8(name)));
            }
            end = lineEnd;
        } else {
            value = text.mid(valueAt, end - valueAt);
            const qsizetype comment = value.indexOf(" #");
            if (comment >= 0)
                value.truncate(comment);
            const qsizetype tabComment = value.indexOf("\t#");
            if (tabComment >= 0)
                value.truncate(tabComment);
            value = value.trimmed();
        }
        entries.append(DotEnvEntry{QString::fromUtf8(name), value, startLine});
        at = end + 1;
        ++line;
    }
    return entries;
}

QByteArray dotEnvLine(const QString& name, const QByteArray& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+,-]*$"));
    if (plain.match(QString::fromUtf8(value)).hasMatch())
        return name.toUtf8() + '=' + value;
    QByteArray escaped;
    for (char c : value) {
        switch (c) {
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            escaped += "\\r";
            break;
        case '\t':
            escaped += "\\t";
            break;
        case '"':
            escaped += "\\\"";
            break;
        case '\\':
            escaped += "\\\\";
            break;
        default:
            escaped += c;
        }
    }
    return name.toUtf8() + "=\"" + escaped + '"';
}

} // namespace sb
