#pragma once

#include <QStringList>

#include <optional>

namespace Stratum {

// stratumctl's side of the relay: sends the command line to the process that
// listens on `socketPath` (the app, or `stratumctl keep`), writes what comes back
// to this process's standard output and error as it comes, passes Ctrl-C on, and
// returns the command's exit code. nullopt when nothing of this user answers there,
// or what answers declines it before running anything: the caller runs it itself. Plain POSIX, so it runs before Qt's application
// object exists and costs a connect and a few writes.
std::optional<int> relayCommand(const QString &socketPath, const QStringList &arguments);

} // namespace Stratum
