#pragma once

#include "app/CoreContext.h"
#include "health/HealthTypes.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

class QTreeWidgetItem;

namespace Stratum {

class HealthCenter;
class RemoteHosts;

// What runs, whether it is healthy (live indicators with latency, last change
// and history), the watch after a deploy, and the last known-good release.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(CoreContext &core, RemoteHosts &hosts, HealthCenter &health, QWidget *parent = nullptr);
    ~OverviewPage() override;

public Q_SLOTS:
    void reload();
    void refreshDeployed(); // reads what runs on the first host's droplet

Q_SIGNALS:
    void rollbackRequested(const QString &sha);

private:
    void rebuildRows();
    void showIndicator(const HealthIndicator &indicator);
    void showSummary();
    void onWatchStarted(const QString &sha, int seconds);
    void onWatchTick(int secondsLeft);
    void onWatchFailure(const QString &suggestion, const QString &rollbackSha);
    void onWatchFinished(bool passed);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
    HealthCenter &m_health;
    QHash<QString, QTreeWidgetItem *> m_rows;
    QString m_watchSha;
    QString m_rollbackSha;
};

QColor healthColour(HealthState state);

} // namespace Stratum
