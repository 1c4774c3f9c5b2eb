#pragma once

#include "core/profile/Profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Stratum {

class Redactor;
class Vault;
struct KeychainError;

struct LocalProbeResult {
    QString probe;
    bool passed = false;
    QString evidence; // what was seen, for the checklist record (redacted)
};

// The automatic items of the Stripe sandbox lane (runbook §3), run against the
// operator's local stack: the checkout is at the target SHA with a clean tree,
// `docker compose ps` shows the stack running, the backend is ready,
// `stripe listen` forwards to the webhook, and the backend logged a processed
// webhook after the lane started.
class LocalLane : public QObject
{
    Q_OBJECT
public:
    LocalLane(const Profile &profile, const Redactor *redactor, QObject *parent = nullptr);

    static QStringList probes(); // the probe ids this class runs
    static bool runsHere(const ChecklistItem &item) { return probes().contains(item.probe); }
    // With the one-time setup probes (GitHub, the droplet's env) runAndRecord runs those items too.
    void setSetupProbes(class SetupProbes *setup) { m_setup = setup; }
    bool canRun(const ChecklistItem &item) const;

    // The lane as the operator runs it: its start time is kept (set now if it had none), every
    // local probe of `list` runs in turn (`each` sees each result), then all are recorded for
    // `sha` with `who` and `done` gets the save's outcome and whether every probe passed.
    void runAndRecord(const Checklist &list, const QString &sha, Vault *vault, const QString &who, QObject *context,
                      std::function<void(const ChecklistItem &, const LocalProbeResult &)> each,
                      std::function<void(const KeychainError &, bool allPassed)> done);

    void run(const QString &probe, const QString &sha, const QDateTime &laneStarted, QObject *context,
             std::function<void(const LocalProbeResult &)> done);

private:
    static bool isStripeListen(const QString &commandLine);
    using Done = std::function<void(const LocalProbeResult &)>;
    // Runs a local tool in the project dir; `then` gets exit code (-1: could not run), stdout, stderr.
    void tool(const QString &program, const QStringList &arguments, QObject *context,
              std::function<void(int, const QByteArray &, const QByteArray &)> then);
    void gitHead(const QString &sha, QObject *context, Done done);
    void composePs(QObject *context, Done done);
    void backendReady(QObject *context, Done done);
    void stripeListen(QObject *context, Done done);
    void webhookLog(const QDateTime &since, QObject *context, Done done);
    void runEach(const QList<ChecklistItem> &items, int index, const QString &sha, const QDateTime &started,
                 QObject *context, std::function<void(const ChecklistItem &, const LocalProbeResult &)> each,
                 std::function<void(const QList<LocalProbeResult> &)> done, QList<LocalProbeResult> results = {});
    QStringList composeArguments() const;
    LocalProbeResult result(const QString &probe, bool passed, const QString &evidence) const;

    const Profile &m_profile;
    const Redactor *m_redactor;
    class SetupProbes *m_setup = nullptr; // not owned
    QNetworkAccessManager *m_network;
};

} // namespace Stratum
