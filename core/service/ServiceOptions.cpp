#include "service/ServiceOptions.h"

namespace sb {

QString ListenError::describe() const
{
    if (addressInUse) {
        return QStringLiteral("cannot listen on %1: the port is already in use by another program. Stop that "
                              "program or choose another port with --port or PORT.")
            .arg(address);
    }
    return QStringLiteral("cannot listen on %1: %2. Check --bind and --port.").arg(address, systemMessage);
}

} // namespace sb
