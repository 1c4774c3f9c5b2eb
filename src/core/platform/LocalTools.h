#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace Stratum {

// Where local tools live on a Mac even when the app was started from Finder
// with a bare PATH: STRATUM_TOOL_DIRS (for tests and odd setups), PATH,
// /opt/homebrew/bin, /usr/local/bin, /usr/bin, /bin.
namespace LocalTools {
QStringList searchDirs();
QString find(const QString &program); // empty when not found
QProcessEnvironment environment();    // the process environment with that PATH
// An app started from Finder may lack SSH_AUTH_SOCK: on macOS it is asked from launchd (the
// login session's agent, `launchctl getenv SSH_AUTH_SOCK`) and set for this process. Elsewhere,
// or when it is set already, nothing changes. Returns the socket in use (empty: none).
QString adoptLoginAgent();
} // namespace LocalTools

} // namespace Stratum
