#include "RelayClient.h"

#include "core/platform/PeerCredentials.h"
#include "core/relay/RelayFrames.h"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Stratum {

namespace {

int interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 'i';
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

int connectTo(const QString &socketPath)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return -1;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || peerUserId(fd) != std::optional<uint>(ownUserId())) { // only a process of this user is asked
        ::close(fd);
        return -1;
    }
    return fd;
}

void catchInterrupts()
{
    if (::pipe(interruptPipe) != 0)
        return;
    for (const int end : interruptPipe) {
        ::fcntl(end, F_SETFD, FD_CLOEXEC);
        ::fcntl(end, F_SETFL, O_NONBLOCK);
    }
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace

std::optional<int> relayCommand(const QString &socketPath, const QStringList &arguments)
{
    const int fd = connectTo(socketPath);
    if (fd < 0)
        return std::nullopt;
    catchInterrupts();
    if (!writeAll(fd, RelayFrames::frame(RelayFrames::Type::Request, RelayFrames::request(arguments)))) {
        ::close(fd);
        return std::nullopt; // it read nothing: nothing ran
    }
    RelayFrames::Reader reader;
    char buffer[65536];
    for (;;) {
        pollfd waits[2] = {{fd, POLLIN, 0}, {interruptPipe[0], POLLIN, 0}};
        if (::poll(waits, interruptPipe[0] >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (waits[1].revents & POLLIN) {
            while (::read(interruptPipe[0], buffer, sizeof buffer) > 0)
                writeAll(fd, RelayFrames::frame(RelayFrames::Type::Interrupt));
        }
        if (!(waits[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        reader.feed(QByteArray(buffer, n));
        while (const auto frame = reader.next()) {
            switch (frame->type) {
            case RelayFrames::Type::Out: writeAll(STDOUT_FILENO, frame->payload); break;
            case RelayFrames::Type::Err: writeAll(STDERR_FILENO, frame->payload); break;
            case RelayFrames::Type::Exit: ::close(fd); return frame->payload.toInt();
            case RelayFrames::Type::Declined: ::close(fd); return std::nullopt; // nothing ran there
            default: break;
            }
        }
        if (reader.broken())
            break;
    }
    ::close(fd);
    writeAll(STDERR_FILENO, QByteArrayLiteral("stratumctl: the app ended the connection before the command ended; "
                                              "see stratumctl lock status and the app's log\n"));
    return 1;
}

} // namespace Stratum
