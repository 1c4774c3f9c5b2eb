#pragma once

#include <optional>

namespace Stratum {

// The user id of the process at the other end of a connected local socket
// (SO_PEERCRED on Linux, getpeereid on macOS and the BSDs); nullopt when the
// system does not say. Without Qt: stratumctl's launcher uses it too.
std::optional<unsigned> peerUserId(long long socketDescriptor);
unsigned ownUserId();

} // namespace Stratum
