#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sb {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A failure to answer with: the status, a short machine-readable code and a sentence a person can act on. Every check
// in the request pipeline produces one of these; HttpResponse::fromError turns it into the JSON envelope.
struct HttpError
{
    int status = 500;
    QString code;
    QString message;
    HeaderList headers = {};
};

} // namespace sb
