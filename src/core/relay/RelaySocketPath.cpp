#include "RelaySocketPath.h"

#include <cstdlib>

#include <sys/stat.h>
#include <unistd.h>

namespace Stratum {

namespace {

bool privateDirectory(const std::string &path)
{
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::geteuid()
           && (info.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

} // namespace

std::string relayDirectory()
{
    if (const char *runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime && privateDirectory(runtime))
        return runtime;
#if defined(__APPLE__)
    if (const char *temporary = std::getenv("TMPDIR"); temporary && *temporary) {
        std::string path = temporary;
        while (path.size() > 1 && path.back() == '/')
            path.pop_back();
        return path; // per user, mode 0700, made by the system
    }
#endif
    const std::string path = "/tmp/stratum-deploy-" + std::to_string(::geteuid());
    ::mkdir(path.c_str(), 0700);
    return privateDirectory(path) ? path : std::string();
}

std::string relaySocketPath(bool rehearsal)
{
    const std::string directory = relayDirectory();
    if (directory.empty())
        return {};
    return directory + (rehearsal ? "/stratum-deploy-rehearsal.relay" : "/stratum-deploy.relay");
}

} // namespace Stratum
