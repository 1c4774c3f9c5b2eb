#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeployPage;
}

namespace Stratum {

class DeployPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeployPage(CoreContext &core, QWidget *parent = nullptr);
    ~DeployPage() override;

private:
    std::unique_ptr<Ui::DeployPage> m_ui;
    CoreContext &m_core;
    void validateSha();
    void loadHosts();
};

} // namespace Stratum
