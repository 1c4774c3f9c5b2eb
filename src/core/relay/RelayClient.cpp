#include "RelayClient.h"

#include "core/platform/PeerCredentials.h"
#include "core/relay/RelayWire.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
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

bool writeAll(int fd, const std::string &bytes)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

std::string frame(char type, const std::string &payload = {})
{
    const auto length = static_cast<unsigned>(payload.size());
    std::string bytes{type, char(length >> 24 & 0xff), char(length >> 16 & 0xff), char(length >> 8 & 0xff), char(length & 0xff)};
    return bytes + payload;
}

std::string requestPayload(const std::vector<std::string> &arguments, bool fromTerminal)
{
    std::string payload(1, fromTerminal ? '1' : '0');
    for (const std::string &argument : arguments)
        payload += argument + '\0';
    return payload;
}

int connectTo(const std::string &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof address.sun_path)
        return -1;
    std::memcpy(address.sun_path, path.data(), path.size());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || peerUserId(fd) != std::optional<unsigned>(ownUserId())) { // only a process of this user is asked
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

std::optional<int> relayCommand(const std::string &socketPath, const std::vector<std::string> &arguments, bool fromTerminal)
{
    const int fd = connectTo(socketPath);
    if (fd < 0)
        return std::nullopt;
    catchInterrupts();
    if (!writeAll(fd, frame(RelayWire::request, requestPayload(arguments, fromTerminal)))) {
        ::close(fd);
        return std::nullopt; // it read nothing: nothing ran
    }
    std::string pending;
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
                writeAll(fd, frame(RelayWire::interrupt));
        }
        if (!(waits[0].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        pending.append(buffer, size_t(n));
        while (pending.size() >= size_t(RelayWire::headerSize)) {
            const auto byte = [&pending](int i) { return static_cast<unsigned>(static_cast<unsigned char>(pending[size_t(i)])); };
            const unsigned long length = byte(1) << 24 | byte(2) << 16 | byte(3) << 8 | byte(4);
            if (length > static_cast<unsigned long>(RelayWire::maxPayload)) {
                ::close(fd);
                return 1;
            }
            if (pending.size() < RelayWire::headerSize + length)
                break;
            const char type = pending[0];
            const std::string payload = pending.substr(RelayWire::headerSize, length);
            pending.erase(0, RelayWire::headerSize + length);
            if (type == RelayWire::out)
                writeAll(STDOUT_FILENO, payload);
            else if (type == RelayWire::err)
                writeAll(STDERR_FILENO, payload);
            else if (type == RelayWire::exit) {
                ::close(fd);
                return std::atoi(payload.c_str());
            } else if (type == RelayWire::declined) {
                ::close(fd);
                return std::nullopt; // nothing ran there
            }
        }
    }
    ::close(fd);
    writeAll(STDERR_FILENO, "stratumctl: the app ended the connection before the command ended; "
                            "see stratumctl lock status and the app's log\n");
    return 1;
}

} // namespace Stratum
