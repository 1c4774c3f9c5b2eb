#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace Stratum {

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(CoreContext &core, QWidget *parent = nullptr);
    ~OverviewPage() override;

public Q_SLOTS:
    void reload();

private:
    std::unique_ptr<Ui::OverviewPage> m_ui;
    CoreContext &m_core;
};

} // namespace Stratum
