#include "RehearsalArgument.h"

#include <cstring>

namespace Stratum {

bool rehearsalInArguments(int argc, char **argv)
{
    bool commandSeen = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--rehearsal") == 0)
            return true;
        if (std::strcmp(argv[i], "--profile") == 0) {
            ++i; // its value
            continue;
        }
        // `stratumctl rehearsal …` manages the rehearsal, so it is in the rehearsal's identity too.
        if (!commandSeen && argv[i][0] != '-') {
            if (std::strcmp(argv[i], "rehearsal") == 0)
                return true;
            commandSeen = true;
        }
    }
    return false;
}

} // namespace Stratum
