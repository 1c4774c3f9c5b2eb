#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DiagnosticsPage;
}

namespace Stratum {

class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPage(CoreContext &core, QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

private:
    std::unique_ptr<Ui::DiagnosticsPage> m_ui;
    CoreContext &m_core;
};

} // namespace Stratum
