// stratumctl: when the app (or `stratumctl keep`) runs, the command line goes to it and
// runs on the session it keeps open (core/relay); else, or when the app declines it, this
// process becomes stratumctl-engine, beside it, with the same arguments. No Qt here: a
// relayed command costs a process start of a few milliseconds instead of loading Qt,
// the keychain and an SSH handshake. --no-app or STRATUM_NO_APP=1 always runs the engine.
#include "core/platform/RehearsalArgument.h"
#include "core/relay/RelayClient.h"
#include "core/relay/RelaySocketPath.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <unistd.h>

#if defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

namespace {

// The options end at a lone "--"; --no-app before it asks for the engine itself.
bool noAppWanted(int argc, char **argv)
{
    const char *variable = std::getenv("STRATUM_NO_APP");
    if (variable && std::strcmp(variable, "1") == 0)
        return true;
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--no-app") == 0)
            return true;
    }
    return false;
}

std::string ownDirectory(const char *argv0)
{
    std::string path;
#if defined(__APPLE__)
    char buffer[PATH_MAX];
    uint32_t size = sizeof buffer;
    if (_NSGetExecutablePath(buffer, &size) == 0)
        path = buffer;
#else
    char buffer[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length > 0)
        path.assign(buffer, size_t(length));
#endif
    if (path.empty())
        path = argv0;
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

} // namespace

int main(int argc, char **argv)
{
    if (!noAppWanted(argc, argv)) {
        const std::vector<std::string> arguments(argv + 1, argv + argc);
        if (const std::optional<int> code = Stratum::relayCommand(Stratum::relaySocketPath(Stratum::rehearsalInArguments(argc, argv)), arguments,
                                                                  ::isatty(STDIN_FILENO) == 1))
            return *code;
    }
    const std::string engine = ownDirectory(argv[0]) + "/stratumctl-engine";
    ::execv(engine.c_str(), argv);
    std::fprintf(stderr, "stratumctl: cannot run %s: %s\n", engine.c_str(), std::strerror(errno));
    return 1;
}
