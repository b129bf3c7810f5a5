#include "export/Csv.h"

#include <QRegularExpression>

namespace sb {
namespace {

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    // A negative number stays a number; anything else after a minus ("-2+3+cmd|…", a DDE payload) is defused.
    static const QRegularExpression number(QStringLiteral("^-\\d+(?:[.,]\\d+)*$"));
    return first == u'-' && !number.match(value).hasMatch();
}

} // namespace

QString csvField(const QString& value)
{
    QString field = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QString csvRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields.at(i));
    }
    return line + QLatin1String("\r\n");
}

} // namespace sb
