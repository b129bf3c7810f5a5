#pragma once

#include "service/ConnectionLimits.h"

#include <QHostAddress>

namespace sb {

// Where and how the HTTP service listens.
struct ServiceOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 3000;
    ConnectionLimits limits;
};

// Why listening failed, with enough detail for each program to say it its own way.
struct ListenError
{
    QString address; // "127.0.0.1:3000"
    bool addressInUse = false;
    QString systemMessage;

    // One sentence for a terminal: what failed, why, and what to do.
    QString describe() const;
};

} // namespace sb
