#pragma once

namespace sb {

// Keeps keys in memory out of crash dumps: no core file is written (RLIMIT_CORE 0) and, on Linux, the process is not
// dumpable (no core, no ptrace attach by other processes of the same user). On Windows, crashes do not open the error
// reporting dialog that offers to send a dump. Both programs call it first thing.
void disableCoreDumps();

// Whether core dumps are off for this process (for the security checklist and tests).
bool coreDumpsDisabled();

} // namespace sb
