#pragma once

#include <QStringList>

#include <optional>

namespace Stratum {

class AppServices;
class CoreContext;
class RelayCall;

// stratumctl through the app's kept session (core/relay).
//
// The CLI's side: a command that may run in the app (its row says so) is sent there
// when the app or `stratumctl keep` runs for this user, unless --no-app,
// STRATUM_NO_APP=1, or a question only a terminal can answer (a change without
// --yes, asked at a terminal). The app declines a command for another profile
// than its own (--profile FILE); `stratumctl keep` follows the CLI's profile.
// nullopt: it runs here, as before.
std::optional<int> runThroughTheApp(const QStringList &arguments); // without the program's name

// The app's side: runs one relayed command on `core` and `services`, exactly as
// stratumctl would run it itself, and ends the call with its exit code.
enum class RelayedProfile {
    TheApps,       // the app: a command for another profile file is declined
    TheCommandsOwn // `stratumctl keep`: the profile the command names, or the active one, is loaded first
};
void runRelayedCommand(CoreContext &core, AppServices &services, RelayCall *call, RelayedProfile profile);

} // namespace Stratum
