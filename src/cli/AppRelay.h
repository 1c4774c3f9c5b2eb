#pragma once

namespace Stratum {

class AppServices;
class CoreContext;
class RelayCall;

// stratumctl through the app's kept session (core/relay): the app's side. stratumctl's
// launcher (app/stratumctl/launcher.cpp) sends every command line here when the app or
// `stratumctl keep` runs, unless --no-app or STRATUM_NO_APP=1; what may not run here is
// declined before anything runs, and the launcher runs stratumctl itself.
//
// runRelayedCommand runs one relayed command on `core` and `services`, exactly as
// stratumctl would run it itself, and ends the call with its exit code. Declined: a command
// whose row does not say it may run here, --help, a question only a terminal can answer
// (a change without --yes, asked at a terminal), and a profile other than the app's.
enum class RelayedProfile {
    TheApps,       // the app: a command for another profile file is declined
    TheCommandsOwn // `stratumctl keep`: the profile the command names, or the active one, is loaded first
};
void runRelayedCommand(CoreContext &core, AppServices &services, RelayCall *call, RelayedProfile profile);

} // namespace Stratum
