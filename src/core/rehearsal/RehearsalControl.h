#pragma once

#include "core/rehearsal/RehearsalState.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace Stratum {

class AppServices;
class CoreContext;
class DeployLane;

// The rehearsal's front door, for stratumctl and the window alike: start (the
// supervisor process, then the rehearsal's own host, tokens and profile in the
// rehearsal identity, then — the first time — one known-good release deployed through
// the app's own deploy lane), stop, reset, and the bad night's scenarios. It must run
// under the rehearsal identity (AppIdentity), so nothing of production is touched.
class RehearsalControl : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        QString message;
        bool alreadyRunning = false; // start: nothing to do (exit 0)
    };
    using Progress = std::function<void(const QString &line)>;
    using Done = std::function<void(const Outcome &)>;

    explicit RehearsalControl(CoreContext &core, QObject *parent = nullptr);
    ~RehearsalControl() override;

    static RehearsalState readState();
    static bool supervisorAlive(const RehearsalState &state);
    static bool isRunning(); // ready, and its supervisor alive
    static QString hostName() { return QStringLiteral("rehearsal"); }

    struct Scenario {
        QString id;
        const char *title; // translated in the context "Stratum::RehearsalControl"
        const char *what;
    };
    static const QList<Scenario> &scenarios();

    void start(Progress progress, Done done);
    void stop(Done done);
    void reset(Progress progress, Done done);
    void scenario(const QString &id, Progress progress, Done done);

    // The program that runs the supervisor: stratumctl next to this binary, else on PATH.
    static QString supervisorProgram();

private:
    void spawnSupervisor(Progress progress, Done done);
    void waitForSupervisor(qint64 pid, int attempts, Progress progress, Done done);
    void adopt(const RehearsalState &state, Progress progress, Done done);
    void seedOnce(const RehearsalState &state, Progress progress, Done done);
    void seedReleases(QStringList shas, const RehearsalState &state, Progress progress, std::function<void(bool ok, const QString &message)> then);
    void deploy(const QString &sha, const QString &reason, Progress progress, std::function<void(bool ok, const QString &message)> then);
    void markKnownGood(const QString &sha, std::function<void(bool ok, const QString &message)> then);
    void writeScenario(const ScenarioRequest &request);
    void stage(const QString &id, const RehearsalState &state, Progress progress, Done done);
    QStringList healthyReleases(const RehearsalState &state) const;
    DeployLane *lane();
    void storeTokensThen(std::function<void(const QString &error)> then);

    CoreContext &m_core;
    std::unique_ptr<AppServices> m_services;
};

} // namespace Stratum
