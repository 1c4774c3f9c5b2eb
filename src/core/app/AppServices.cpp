#include "AppServices.h"

#include "core/announce/Announcer.h"
#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/github/GitHubAccess.h"
#include "core/profile/Profile.h"
#include "core/ssh/RemoteHosts.h"

namespace Stratum {

AppServices::AppServices(CoreContext &core)
    : m_core(core)
{
}

AppServices::~AppServices() = default;

RemoteHosts *AppServices::hosts()
{
    if (!m_hosts) {
        m_hosts = std::make_unique<RemoteHosts>(m_core.profile(), m_core.vault());
        m_hosts->maskDropletEnvValuesWith(&m_core.redactor());
    }
    return m_hosts.get();
}

GitHubAccess *AppServices::github()
{
    if (!m_github)
        m_github = std::make_unique<GitHubAccess>(m_core.profile(), m_core.vault(), &m_core.redactor());
    return m_github.get();
}

DeployLane *AppServices::lane()
{
    if (!m_lane) {
        m_lane = std::make_unique<DeployLane>(m_core.profile(), m_core.vault(), &m_core.redactor(), hosts(), github());
        m_lane->setAnnouncer(announcer());
    }
    return m_lane.get();
}

Announcer *AppServices::announcer()
{
    if (!m_announcer) {
        m_announcer = std::make_unique<Announcer>(m_core.vault(), &m_core.redactor());
        Announcer::Policy policy;
        policy.timeout = std::chrono::seconds(m_core.profile().timing.announceSeconds);
        m_announcer->setPolicy(policy);
    }
    return m_announcer.get();
}

} // namespace Stratum
