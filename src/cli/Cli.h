#pragma once

#include "app/CoreContext.h"
#include "deploy/DropletOperation.h"
#include "gates/Gates.h"
#include "registry/RegistryClient.h"
#include "ssh/RemoteHost.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Stratum {

// stratumctl: `stratumctl [--profile FILE] [--json] COMMAND …`. Every command
// runs asynchronously on the event loop and ends with finished(exit code).
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject *parent = nullptr);
    void start();
    // Ctrl-C: a running deploy/rollback stops at its next safe point and releases its lock;
    // a second Ctrl-C (or nothing running) ends now.
    void interrupt(int count);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Options {
        QStringList words;               // positional words, command first
        QHash<QString, QString> values;  // --name value
        QStringList flags;               // --name
    };

    void dispatch();
    void finish(ExitCode code);
    void fail(ExitCode code, const QString &message);
    void failKeychain(const KeychainError &error);
    void print(const QString &text);
    void printJson(const QJsonValue &value);
    bool requireWords(int count, const QString &usage);
    bool parse(const QStringList &arguments);

    void profileCommand();
    void hostCommand();
    void secretsCommand();
    void releasesCommand();
    void selfTest();
    void usage();

    void hostAdd();
    void hostList();
    void hostRemove();
    void secretsSet();
    void secretsStatus();
    void releasesList();
    void releasesChange(const std::function<QString(ReleaseLog &)> &change, ExitCode whenSaved = ExitCode::Success);
    void releasesExport();
    void releasesImport();
    void releasesImportRuns();
    void markKnownGood(const QString &sha);

    // Gates, checklists, smoke, health (CliGates.cpp).
    GateOverride gateOverride() const;
    // Refuses (exit 3) before anything reaches the droplet when the gates are not met.
    void requireGates(const QString &sha, std::function<void()> then);
    void gatesCommand();
    void checkCommand();
    void checkConfirm();
    void checkRun();
    void withSetupProbes(const Checklist &list, std::function<void(class SetupProbes *)> then);
    void checkList();
    void smokeCommand();
    void healthCommand();
    void auditCommand();
    void watchAfterDeploy(const QString &sha); // the post-deploy health window; exit 1 if anything failed
    void printGateReport(const GateReport &report);

    // Commands that reach the droplet (CliRemote.cpp).
    void withHost(std::function<void(const HostEntry &, QList<HostEntry>)> then);
    void withRemote(std::function<void(RemoteHost *)> then);
    void execCommand();
    void hostTrust();
    void deployCommand();
    void rollbackCommand();
    void runOperation(DropletOperation::Options options);
    void confirmThenRun(DropletOperation::Options options);
    void lockCommand();
    void diagCommand();
    bool confirmed(const QString &question);

    // The GitHub lane (CliGitHub.cpp).
    void withGitHub(std::function<void(class GitHubClient *)> then);
    void ciStatusCommand();
    void protectionCommand();
    void actionsSecretsCommand();
    void deployViaWorkflow();
    void confirmWorkflowDeploy(class WorkflowDeploy *deploy, const QString &wanted, const QString &head, const QString &title,
                               const QString &target);
    void envLintCommand();
    void reportEnvFindings(const QList<struct EnvFinding> &findings);
    void runWatchCommand();
    void watchRun(class GitHubClient *github, qint64 runId);
    void printRunChanges(QHash<QString, QString> &printed, const struct RunInfo &run, const QList<struct JobInfo> &jobs);
    QString repoPath() const;

    GateKeeper *gateKeeper();
    GateKeeper *m_gates = nullptr;
    QPointer<DropletOperation> m_operation;
    RemoteHost *m_remote = nullptr;
    RegistryClient *m_registry = nullptr;
    QByteArray m_partialOut;
    QByteArray m_partialErr;

    QStringList m_arguments;
    Options m_options;
    bool m_json = false;
    QString m_profilePath;
    CoreContext m_core;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

} // namespace Stratum
