#pragma once

#include <QString>

namespace Stratum {

// Whether a shell command a person runs on the droplet by hand (stratumctl exec, a command
// pack's [Droplet] block) changes it: containers started, stopped or removed, images pulled or
// deleted, the checkout moved, files removed or written, services restarted. Such a command
// runs under the deploy lock and is audited; one that only reads (ps, logs, cat, df, git log…)
// runs as it is. Pure; when in doubt it says "changes".
bool changesDroplet(const QString &command);

} // namespace Stratum
