#pragma once

#include "app/CoreContext.h"
#include "releases/ReleaseTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ReleasesPage;
}

namespace Stratum {

class ReleasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReleasesPage(CoreContext &core, QWidget *parent = nullptr);
    ~ReleasesPage() override;

    ReleaseTableModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void releaseLogChanged();
    void rollbackRequested(const QString &sha);

private:
    QString selectedSha() const;
    void updateButtons();
    void markSelectedGood();
    void markGood(const QString &sha, const QString &withoutSmokeReason);
    void forgetSelected();
    void exportLog();
    void importLog();
    void change(const std::function<QString(ReleaseLog &)> &edit);
    void writeExport(const QString &path);
    void readImport(const QString &path);

    std::unique_ptr<Ui::ReleasesPage> m_ui;
    CoreContext &m_core;
    ReleaseTableModel *m_model;
};

} // namespace Stratum
