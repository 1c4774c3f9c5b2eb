#include "AppIdentity.h"

#include <cstring>

namespace Stratum {

namespace {
bool rehearsalIdentity = false;
}

void AppIdentity::setRehearsal(bool rehearsal)
{
    rehearsalIdentity = rehearsal;
}

bool AppIdentity::isRehearsal()
{
    return rehearsalIdentity;
}

bool AppIdentity::rehearsalRequested(int argc, char **argv)
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

QString AppIdentity::applicationName()
{
    return rehearsalIdentity ? QStringLiteral("stratum-deploy-rehearsal") : QStringLiteral("stratum-deploy");
}

QString AppIdentity::keychainSuffix()
{
    return rehearsalIdentity ? QStringLiteral(" (rehearsal)") : QString();
}

} // namespace Stratum
