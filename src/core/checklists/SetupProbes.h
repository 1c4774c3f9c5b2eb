#pragma once

#include "core/checklists/LocalLane.h"
#include "core/envlint/EnvLint.h"
#include "core/github/Protection.h"
#include "core/profile/Profile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Stratum {

class GitHubAccess;
class GitHubClient;
class RemoteHost;
class RemoteHosts;
struct GitHubResponse;

// The one-time setup checks (runbook §1), for the CLI commands and the
// checklist's automatic items alike.

struct ProtectionCheck {
    ProtectionReport report;
    int classicStatus = 0;
    QString acceptedPermissions; // when the classic endpoint said 403
    bool allMet() const;
};
void checkProtection(GitHubClient *github, const Profile &profile, QObject *context,
                     std::function<void(const ProtectionCheck &)> done);

struct SecretsCheck {
    QString error;     // GitHub could not be asked
    int status = 0;
    QStringList present;
    QStringList missing; // of the profile's required Actions secrets
};
void checkActionsSecrets(GitHubClient *github, const Profile &profile, QObject *context,
                         std::function<void(const SecretsCheck &)> done);

struct ProductionEnvCheck {
    QString error; // could not read it (SSH error, missing file)
    bool hostKeyProblem = false;
    QList<EnvFinding> findings;
    bool passed() const; // read, and no problem among the findings
};
// Reads the droplet's env file over SSH for this check only (values never leave it, but
// for `collectSecrets`: a redactor that learns the secret ones, to mask them in what follows).
void lintProductionEnv(RemoteHost *remote, const Profile &profile, QObject *context,
                       std::function<void(const ProductionEnvCheck &)> done, class Redactor *collectSecrets = nullptr);

// Runs the one-time setup probes (github-actions-secrets, github-branch-protection,
// env-lint-production) as checklist items; GitHub or the droplet may be missing,
// then the item says so.
class SetupProbes : public QObject
{
    Q_OBJECT
public:
    SetupProbes(const Profile &profile, QObject *parent = nullptr);
    static QStringList probes();
    static bool runsHere(const ChecklistItem &item) { return probes().contains(item.probe); }

    // Gives the probes that `list` runs what they need: GitHub through `github`, the droplet
    // `hostName` through `hosts`; whatever is missing is said in those items' results.
    void prepare(const Checklist &list, GitHubAccess *github, RemoteHosts *hosts, const QString &hostName, QObject *context,
                 std::function<void()> then);
    void setGitHub(GitHubClient *github, const QString &whyNot = {});
    void setDroplet(RemoteHost *remote, const QString &whyNot = {});
    void run(const QString &probe, QObject *context, std::function<void(const LocalProbeResult &)> done);

private:
    const Profile &m_profile;
    QPointer<GitHubClient> m_github;
    QString m_githubMissing;
    QPointer<RemoteHost> m_remote;
    QString m_dropletMissing;
};

} // namespace Stratum
