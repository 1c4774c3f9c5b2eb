#pragma once

#include "core/health/HealthMonitor.h"

#include <QObject>
#include <QPointer>

namespace Stratum {

class Vault;

struct SmokeItem {
    QString itemId; // post-deploy-smoke item
    QString text;
    bool passed = false;
    QString detail;
};

struct SmokeResult {
    QString sha;       // the release the droplet runs (full SHA), empty when it cannot be told
    QString runningTag;
    QString environment; // where it ran, when the profile names it
    QList<SmokeItem> items;
    bool passed() const;
    QString recordError; // non-empty when the result could not be saved with the SHA
};

// The `make prod-smoke` habit (runbook §5.5, §11): one round of the automatic
// post-deploy checks (frontend on 3000, backend live + ready, worker), saved
// as the post-deploy-smoke checklist's automatic items for the running SHA.
class SmokeRun : public QObject
{
    Q_OBJECT
public:
    static QString checklistId() { return QStringLiteral("post-deploy-smoke"); }

    SmokeRun(const Profile &profile, HealthMonitor *monitor, Vault *vault, QObject *parent = nullptr);
    void start(const QString &sha = {}); // sha empty: the one the backend container runs
    // The profile's environment of the watched host: the result is also kept as that
    // environment's smoke of the SHA (what the promotion gate reads). Empty: not kept.
    void setEnvironment(const QString &name) { m_environment = name; }

Q_SIGNALS:
    void finished(const Stratum::SmokeResult &result);

private:
    void evaluate();
    void resolveAndRecord(SmokeResult result);

    const Profile &m_profile;
    QPointer<HealthMonitor> m_monitor;
    Vault *m_vault;
    QString m_sha;
    QString m_environment;
};

// Known-good needs every item of the post-deploy-smoke checklist passed for the SHA.
QStringList smokeMissing(const Profile &profile, const class ChecklistRecords &records, const QString &sha);

struct KnownGoodRequest {
    QString sha;
    QString who;
    QString note;
    QString withoutSmokeReason; // empty: the smoke must have passed
    QString hostName;           // known-good for this droplet's environment (profile schema 2); empty: the profile's
};

struct KnownGoodResult {
    bool marked = false;
    bool refused = false;     // the smoke has not passed and no reason was given
    QStringList openItems;    // when refused: what the smoke still lacks
    QString message;          // for a person
};

// The one way a SHA becomes known-good (a rollback target), for GUI and CLI:
// its whole post-deploy smoke passed, or the operator typed why not (then it
// goes to the audit log too).
void markKnownGood(const Profile &profile, Vault *vault, const class Redactor *redactor, const KnownGoodRequest &request,
                   QObject *context, std::function<void(const KnownGoodResult &)> done);

} // namespace Stratum

Q_DECLARE_METATYPE(Stratum::SmokeResult)
