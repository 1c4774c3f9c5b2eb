#pragma once

#include <memory>

namespace Stratum {

class Announcer;
class CoreContext;
class DeployLane;
class GitHubAccess;
class RemoteHosts;

// The services every front end uses, assembled in one place for the GUI, the CLI and the
// rehearsal: the kept sessions (the droplet's env values masked on the way out), GitHub
// access and the deploy lane over both. Each is made when first asked for, so a command
// that needs none of them makes and connects nothing. The profile must be loaded first.
class AppServices
{
public:
    explicit AppServices(CoreContext &core);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    CoreContext &core() const { return m_core; }
    RemoteHosts *hosts();
    GitHubAccess *github();
    DeployLane *lane();
    Announcer *announcer();
    bool hasAnnouncer() const { return m_announcer != nullptr; }

private:
    CoreContext &m_core;
    // Declared in the order they depend on each other: the lane goes first.
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<RemoteHosts> m_hosts;
    std::unique_ptr<GitHubAccess> m_github;
    std::unique_ptr<DeployLane> m_lane;
};

} // namespace Stratum
