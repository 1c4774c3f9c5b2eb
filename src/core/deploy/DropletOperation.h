#pragma once

#include "deploy/RemoteCommands.h"
#include "gates/Gates.h"
#include "keychain/Vault.h"
#include "profile/Profile.h"
#include "redaction/Redactor.h"
#include "ssh/RemoteHost.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Stratum {

class RegistryClient;

struct StepReport {
    int index = 0;
    QString name;
    QString command;
    bool ok = false;
    int exitStatus = 0;
    qint64 durationMs = 0;
    QString message;
};

struct OperationResult {
    enum class Outcome { Success, Failed, Refused, Cancelled, Interrupted };
    Outcome outcome = Outcome::Failed;
    QString message;
    QString failedStep;
    QString sha;
    QString backendDigest;
    QString frontendDigest;
    bool dropletChanged = false; // false: nothing on the droplet was touched
};

QString outcomeName(OperationResult::Outcome outcome);

// One change to the droplet, as the runbook does it, step by step: the
// emergency deploy by SHA (§6), the rollback to a known-good SHA (§7) with its
// pre-flight, and the env-only restarts (§9). It takes the droplet's deploy
// lock before the first change, releases it at the end (also after a failure,
// a cancel or a lost connection), and records the outcome in the release log.
class DropletOperation : public QObject
{
    Q_OBJECT
public:
    enum class Kind { DeployBySha, Rollback, EnvRestart, FrontendRecreate };

    struct Options {
        Kind kind = Kind::DeployBySha;
        QString sha;     // full or short for DeployBySha; full for Rollback
        QString reason;
        QString who;
        QString machine;
        qint64 minFreeDiskKb = 2 * 1024 * 1024;
    };

    DropletOperation(Options options, const Profile &profile, RemoteHost *host, RegistryClient *registry,
                     Vault *vault, const Redactor *redactor, QObject *parent = nullptr);

    void start();
    void cancel(); // honoured between steps and while waiting for images

    const QList<StepReport> &steps() const { return m_reports; }
    // Deploys and rollbacks are refused unless a gate keeper lets them through.
    void setGates(GateKeeper *gates, const GateOverride &override = {});
    const GateDecision &gateDecision() const { return m_gate; }

Q_SIGNALS:
    void stepStarted(int index, const QString &name, const QString &command);
    void output(int index, bool isStderr, const QString &text);
    void stepFinished(const Stratum::StepReport &report);
    void finished(const Stratum::OperationResult &result);

private:
    struct Step {
        QString name;
        std::function<QString()> command; // shown when the step starts; empty for local checks
        std::function<void()> run;
        bool changesDroplet = false;
    };

    void plan();
    void planDeploy();
    void planRollback();
    void planEnvRestart(bool frontendOnly);
    void addRemote(const QString &name, std::function<QString()> command, bool changes,
                   std::function<QString(const RemoteResult &)> check = {}, std::chrono::milliseconds timeout = {});
    void addGates();
    void addLock();
    void addImageWait(bool waitForThem);
    void addDropletSeesImages();
    void addPullAndUp();
    void addHealthChecks();
    void addReadCurrentTags(bool required);

    void next();
    void stepDone(const QString &error, int exitStatus = 0);
    void stepInterrupted(const SshError &error);
    void fail(OperationResult::Outcome outcome, const QString &message);
    void wrapUp();
    void releaseLockThenRecord();
    void record();
    void emitOutput(bool isStderr, const QByteArray &data);
    void flushOutput();
    void emitMessage(bool isStderr, const QString &text); // the app's own words, not remote output
    void pollImages();

    QString backendRef() const { return m_profile.backendImageRef(m_sha); }
    QString frontendRef() const { return m_profile.frontendImageRef(m_sha); }

    Options m_options;
    const Profile &m_profile;
    RemoteCommands m_commands;
    QPointer<RemoteHost> m_host;
    RegistryClient *m_registry;
    Vault *m_vault;
    const Redactor *m_redactor;

    QList<Step> m_steps;
    QList<StepReport> m_reports;
    int m_current = -1;
    QElapsedTimer m_stepClock;
    QString m_currentCommand;
    bool m_cancelRequested = false;
    bool m_lockTaken = false;
    bool m_finished = false;
    QString m_lockToken;
    QString m_sha;
    QString m_currentBackendRef;  // for env restarts: what runs now
    QString m_currentFrontendRef;
    OperationResult m_result;
    QByteArray m_partial[2];
    QPointer<GateKeeper> m_gates;
    GateOverride m_override;
    GateDecision m_gate;
    QTimer m_imageTimer;
    QElapsedTimer m_imageClock;
};

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::StepReport)
Q_DECLARE_METATYPE(Stratum::OperationResult)
