#pragma once

#include "core/app/CoreContext.h"
#include "core/deploy/DeployLane.h"
#include "core/releases/ReleaseTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ReleasesPage;
}

namespace Stratum {

class DeployLane;

class ReleasesPage : public QWidget
{
    Q_OBJECT
public:
    ReleasesPage(CoreContext &core, DeployLane &lane, QWidget *parent = nullptr);
    ~ReleasesPage() override;

    ReleaseTableModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();
    // The smoke decides; without it the operator is asked why (audited), as in the CLI.
    void markGood(const QString &sha, const QString &withoutSmokeReason = {});
    // What may go on from staging (the window reads it with the smoke records); shown only
    // when the profile has more than one environment.
    void setPromotionOffers(const QList<PromotionOffer> &offers);
    void setWatchedHost(const QString &hostName) { m_watchedHost = hostName; } // whose environment "known-good" is for

Q_SIGNALS:
    void releaseLogChanged();
    void rollbackRequested(const QString &sha);
    void promoteRequested(const Stratum::PromotionOffer &offer);
    void lockRead(bool held); // the page read the droplet's lock: what the strip says may be older

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedSha() const;
    void updateButtons();
    void updateBreakLockButton();
    void markSelectedGood();
    void forgetSelected();
    void exportLog();
    void importLog();
    void change(const std::function<QString(ReleaseLog &)> &edit);
    void writeExport(const QString &path);
    void readImport(const QString &path);
    void readLock();
    void showLock(const DeployLane::LockReading &reading);
    void breakLock();

    std::unique_ptr<Ui::ReleasesPage> m_ui;
    CoreContext &m_core;
    DeployLane &m_lane;
    QString m_watchedHost;
    QString m_lockHost;  // the lock shown: which host, and which change's token
    QString m_lockToken;
    QString m_lockHolder;
    bool m_lockStepRuns = false;
    ReleaseTableModel *m_model;
    QList<PromotionOffer> m_promotionOffers;
    std::optional<PromotionOffer> selectedOffer() const;
};

} // namespace Stratum
