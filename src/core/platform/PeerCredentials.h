#pragma once

#include <QtGlobal>

#include <optional>

namespace Stratum {

// The user id of the process at the other end of a connected local socket
// (SO_PEERCRED on Linux, getpeereid on macOS and the BSDs); nullopt when the
// system does not say.
std::optional<uint> peerUserId(qintptr socketDescriptor);
uint ownUserId();

} // namespace Stratum
