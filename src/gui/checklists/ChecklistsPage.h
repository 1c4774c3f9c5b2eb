#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistsPage;
}

namespace Stratum {

class ChecklistsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistsPage(CoreContext &core, QWidget *parent = nullptr);
    ~ChecklistsPage() override;

private:
    std::unique_ptr<Ui::ChecklistsPage> m_ui;
    CoreContext &m_core;
    void showChecklist(int index);
};

} // namespace Stratum
