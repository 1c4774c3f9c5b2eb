#pragma once

#include "core/health/HealthTypes.h"
#include "core/status/DropletStatus.h"

#include <QFrame>

#include <memory>

namespace Ui {
class StatusStrip;
}

namespace Stratum {

struct HostHealth;

class StatusCenter;

// The line at the top of every page: the running SHA, known-good or not, the
// worst container state, the lock holder and the pin. A mixed state is red and
// offers to finish the cut-off deploy or to roll back.
class StatusStrip : public QFrame
{
    Q_OBJECT
public:
    explicit StatusStrip(QWidget *parent = nullptr);
    ~StatusStrip() override;
    void setCenter(StatusCenter *center);
    void setReadOnly(bool readOnly); // the badge that says nothing changing runs from here
    // What the droplet is for, in its colour: the badge and the strip's top edge (empty label: none known).
    void setRole(const QString &label, const QString &colour, const QString &hostName);
    // Every environment at once (profile schema 2), a line under the watched droplet's; no hosts:
    // none. Each host but the watched one is a link: a click switches the window there.
    void setFleet(const QList<HostHealth> &hosts, const QString &watched, bool alarming);

Q_SIGNALS:
    void hostChosen(const QString &hostName); // a host of the fleet line was clicked
    void rollbackRequested(const QString &sha);
    void finishDeployRequested(const QString &sha);

private:
    void show(const DropletStatus &status);

    std::unique_ptr<Ui::StatusStrip> m_ui;
    StatusCenter *m_center = nullptr;
    QString m_rollbackSha;
    QString m_finishSha;
    QString m_roleColour;
    QString m_fleet;
    bool m_fleetAlarming = false;
};

// The strip's words and colour; the live probes' worst state is shown when it is worse than
// what the containers say.
QString statusHeadlineHtml(const DropletStatus &status, HealthState live = HealthState::Unknown, const QString &liveDetail = {});
QColor statusColour(const DropletStatus &status, HealthState live = HealthState::Unknown);

} // namespace Stratum
