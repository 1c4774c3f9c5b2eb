#pragma once

#include <optional>
#include <string>
#include <vector>

namespace Stratum {

// stratumctl's side of the relay: sends the command line to the process that
// listens on `socketPath` (the app, or `stratumctl keep`), writes what comes back
// to this process's standard output and error as it comes, passes Ctrl-C on, and
// returns the command's exit code. nullopt when nothing of this user answers there,
// or what answers declines the command before running anything: the caller runs it
// itself. Plain POSIX and the standard library — no Qt — so the launcher that uses
// it starts in a few milliseconds.
std::optional<int> relayCommand(const std::string &socketPath, const std::vector<std::string> &arguments, bool fromTerminal);

} // namespace Stratum
