#pragma once

#include <string>

namespace Stratum {

// Where the app (or `stratumctl keep`) listens for stratumctl: in the user's runtime
// directory ($XDG_RUNTIME_DIR), else a directory of this user only under /tmp
// (made with mode 0700 and checked: ours, nobody else's way in); on macOS the user's
// private $TMPDIR. One socket per identity: production and the rehearsal. Without Qt,
// so that stratumctl's launcher and the app compute the same path.
std::string relaySocketPath(bool rehearsal); // empty: no private directory to be had
std::string relayDirectory();

} // namespace Stratum
