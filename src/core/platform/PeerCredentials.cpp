#include "PeerCredentials.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace Stratum {

std::optional<unsigned> peerUserId(long long socketDescriptor)
{
#if defined(__linux__)
    struct ucred credentials {};
    socklen_t length = sizeof credentials;
    if (getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 || length != sizeof credentials)
        return std::nullopt;
    return unsigned(credentials.uid);
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return std::nullopt;
    return unsigned(uid);
#endif
}

unsigned ownUserId()
{
    return unsigned(geteuid());
}

} // namespace Stratum
