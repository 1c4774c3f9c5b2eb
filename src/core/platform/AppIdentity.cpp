#include "AppIdentity.h"

#include "core/platform/RehearsalArgument.h"

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
    return rehearsalInArguments(argc, argv);
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
