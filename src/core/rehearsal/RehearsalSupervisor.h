#pragma once

#include "core/rehearsal/RehearsalState.h"

#include "core/standin/GitHubStandIn.h"
#include "core/standin/LocalDroplet.h"
#include "core/standin/RegistryGate.h"
#include "core/standin/StandInImages.h"
#include "core/standin/StandInRepo.h"

#include <QObject>
#include <QProcess>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace Stratum {

class KeychainStore;
class Vault;

// Where the rehearsal keeps its world. Under the rehearsal identity's state directory
// (~/.local/state/Stratum/stratum-deploy-rehearsal on Linux); sockets in a short runtime dir.
namespace RehearsalPaths {
QString worldDir();
QString runtimeDir();
QString statePath();    // state.json, written by the supervisor
QString scenarioPath(); // scenario.json, written by the front door
QString logPath();      // the supervisor's own log
} // namespace RehearsalPaths

// `stratumctl --rehearsal rehearsal serve`: the process that owns the rehearsal's peers
// (the droplet's sshd, engine and registries, the token gate, the GitHub stand-in), runs
// the GitHub stand-in's deploy jobs, stages scenarios and times recoveries, and writes
// what it is doing to state.json. It ends (and stops everything) on SIGTERM.
class RehearsalSupervisor : public QObject
{
    Q_OBJECT
public:
    explicit RehearsalSupervisor(QObject *parent = nullptr);
    ~RehearsalSupervisor() override;

    void start(); // ends with started(ok); state.json says how far it got
    void stop();  // waits for every process; leaves nothing behind

Q_SIGNALS:
    void started(bool ok);

private:
    void withTokens(std::function<void(const QByteArray &github, const QString &ghcrUser, const QByteArray &ghcr)> then);
    void startPeers(const QByteArray &githubToken, const QString &ghcrUser, const QByteArray &ghcrToken);
    void pushImagesThen(std::function<void()> then);
    void bringBackTheStack();
    void ready();
    void failStart(const QString &message);
    void writeState();

    void tick(); // once a second: the scenario's conditions, the armed drop, the recovery watch
    void applyConditions(const ScenarioRequest &request);
    void dropOnComposeUp();
    QStringList composeUpPids() const; // docker compose up processes of the rehearsal's project
    void watchRecovery(const ScenarioRequest &request, const QList<LocalDroplet::Container> &containers);
    bool stackHealthyOn(const QStringList &shas, const QList<LocalDroplet::Container> &containers, QString *sha);
    QStringList stepsSince(const QDateTime &since) const;
    void runDeployJob(const QString &sha, std::function<void(const GitHubStandIn::JobOutcome &)> done);

    RehearsalState m_state;
    QByteArray m_written; // state.json as last written
    QElapsedTimer m_startTimer;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<LocalDroplet> m_droplet;
    std::unique_ptr<StandInRepo> m_repo;
    std::unique_ptr<RegistryGate> m_gate;
    std::unique_ptr<GitHubStandIn> m_github;
    std::unique_ptr<ImagePusher> m_pusher;
    QTimer m_ticker;
    QTimer m_dropWatch;
    QString m_seenScenario;     // name + since of the request the watch is on
    bool m_dropDone = false;
    QStringList m_composeUpsBefore; // compose ups already running when the scenario began
    QString m_lastWorkerId;     // the worker container seen running at the last look
    bool m_stopped = false;
};

} // namespace Stratum
