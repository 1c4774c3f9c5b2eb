// The floor for a cold `stratumctl exec`: the smallest client on the same SSH library, without
// Qt, keychain, redaction or host-key check: connect, handshake, public-key auth from a file,
// exec, read to the end. ssh_bench times it beside `ssh host true` as row (1d), so that what a
// cold command could cost at best on this machine (the droplet's sshd side included) is measured
// in the same run, not guessed. Not a product program; never installed.
//
//   libssh2_floor HOST PORT USER KEYFILE COMMAND
#include <libssh2.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

int fail(const char *what)
{
    std::fprintf(stderr, "libssh2_floor: %s\n", what);
    return 1;
}

int connectTo(const char *host, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    if (fd < 0 || ::inet_pton(AF_INET, host, &address.sin_addr) != 1
        || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 6)
        return fail("usage: libssh2_floor HOST PORT USER KEYFILE COMMAND");
    if (libssh2_init(0) != 0)
        return fail("libssh2_init");
    const int fd = connectTo(argv[1], std::atoi(argv[2]));
    if (fd < 0)
        return fail("connect");
    LIBSSH2_SESSION *session = libssh2_session_init();
    if (!session || libssh2_session_handshake(session, fd) != 0)
        return fail("handshake");
    if (libssh2_userauth_publickey_fromfile(session, argv[3], nullptr, argv[4], nullptr) != 0)
        return fail("authentication");
    LIBSSH2_CHANNEL *channel = libssh2_channel_open_session(session);
    if (!channel || libssh2_channel_exec(channel, argv[5]) != 0)
        return fail("exec");
    char buffer[16384];
    while (libssh2_channel_read(channel, buffer, sizeof buffer) > 0) { // blocking: 0 at the end
    }
    libssh2_channel_close(channel);
    libssh2_channel_wait_closed(channel);
    const int status = libssh2_channel_get_exit_status(channel);
    libssh2_channel_free(channel);
    libssh2_session_disconnect(session, "done");
    libssh2_session_free(session);
    ::close(fd);
    libssh2_exit();
    return status;
}
