#pragma once

#include "service/RequestFramer.h"

#include <chrono>

namespace sb {

// What one listening socket allows its clients. Defaults follow the service issue: 16 KiB of headers, 64 KiB of body,
// 10 s to send a complete request, 512 open connections.
struct ConnectionLimits
{
    RequestFramer::Limits request;
    std::chrono::milliseconds idleTimeout{10'000};
    // After an error or "Connection: close" the write side is shut and input drained for this long before the socket
    // is dropped, so the client reads our response instead of a reset (RFC 9112 §9.6).
    std::chrono::milliseconds lingerTimeout{2'000};
    int maxConnections = 512;
};

} // namespace sb
