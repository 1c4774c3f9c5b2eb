#pragma once

#include <QString>

namespace Stratum {

// Where the app keeps its few non-secret files.
namespace AppPaths {
QString configDir(); // QSettings file and imported profiles
QString profilesDir();
QString logDir();
QString logFile();
// Shared by every process of the user (the app, stratumctl): where they agree on whose turn it is.
QString runtimeDir();
} // namespace AppPaths

// Who runs the app, as recorded in the release log, the audit log and the deploy lock.
QString operatorName(); // user@machine
QString machineName();

} // namespace Stratum
