#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace Stratum {

class RemoteHosts;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(CoreContext &core, RemoteHosts &hosts, QWidget *parent = nullptr);
    ~OverviewPage() override;

public Q_SLOTS:
    void reload();
    void refreshDeployed(); // reads what runs on the first host's droplet

private:
    std::unique_ptr<Ui::OverviewPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
};

} // namespace Stratum
