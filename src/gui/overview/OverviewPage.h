#pragma once

#include "core/app/CoreContext.h"
#include "core/health/HealthTypes.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

class QTreeWidgetItem;

namespace Stratum {

class DeployLane;
class HealthCenter;
class StatusCenter;
struct DropletStatus;
struct ReleaseEntry;

// What runs, whether it is healthy (live indicators with latency, last change
// and history), the watch after a deploy, and the last known-good release.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(CoreContext &core, DeployLane &lane, HealthCenter &health, StatusCenter &status, QWidget *parent = nullptr);
    ~OverviewPage() override;

public Q_SLOTS:
    void reload();
    void reloadCredentials(); // runbook §8.2: which token or deploy key is due for rotation
    void offerPin(const QString &sha); // after a rollback: holding production there is one click away
    void askPin();        // the Pin button, and the palette
    void askReleasePin();

Q_SIGNALS:
    void rollbackRequested(const QString &sha);
    void incidentRequested(); // the watch failed: keep the evidence

private:
    void showStatus(const DropletStatus &status);
    void showLastKnownGood(const std::optional<ReleaseEntry> &last);
    void showPinOffer();
    void greyChangesWhenReadOnly();
    void rebuildRows();
    void showIndicator(const HealthIndicator &indicator);
    void showSummary();
    void onWatchStarted(const QString &sha, int seconds);
    void onWatchTick(int secondsLeft);
    void onWatchFailure(const QString &suggestion, const QString &rollbackSha);
    void onWatchFinished(bool passed);
    void showReminders(const QList<struct RotationReminder> &reminders);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    CoreContext &m_core;
    DeployLane &m_lane;
    HealthCenter &m_health;
    StatusCenter &m_status;
    QHash<QString, QTreeWidgetItem *> m_rows;
    QString m_watchSha;
    QString m_rollbackSha;
    QString m_lastGoodSha; // the one-click rollback's target
    bool m_pinned = false;
    QString m_pinOffer; // the release rolled back to, offered for a pin until it is pinned or something else runs
    QString m_rotationSteps;
};

QColor healthColour(HealthState state);

} // namespace Stratum
