#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace sb {

struct DotEnvEntry
{
    QString name;
    QByteArray value;
    int line = 0; // 1-based, where the entry starts
};

struct DotEnvError
{
    int line = 0;
    QString message;
};

// Reads a .env file as real-world ones are written (the old Node service's dotenv among them): `NAME=value` lines,
// blank lines and `#` comments, an optional `export ` prefix, values unquoted (trimmed, a ` #` starts a comment),
// single-quoted (literal) or double-quoted (\n \r \t \" \\ escapes, may span lines), CRLF line ends and a UTF-8 byte
// order mark. The first malformed line is an error naming its line number, and then nothing is returned.
std::variant<QList<DotEnvEntry>, DotEnvError> parseDotEnv(const QByteArray& content);

// One NAME=value line that parseDotEnv reads back as it was: quoted and escaped when it needs to be.
QByteArray dotEnvLine(const QString& name, const QByteArray& value);

} // namespace sb
