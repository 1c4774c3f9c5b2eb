#include "ChecklistsPage.h"
#include "ui_checklistspage.h"

#include <QHeaderView>

namespace Stratum {

ChecklistsPage::ChecklistsPage(CoreContext &core, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChecklistsPage>()), m_core(core)
{
    m_ui->setupUi(this);
    for (const Checklist &checklist : core.profile().checklists)
        m_ui->checklistCombo->addItem(tr("§%1 %2").arg(checklist.section, checklist.title), checklist.id);
    connect(m_ui->checklistCombo, &QComboBox::currentIndexChanged, this, &ChecklistsPage::showChecklist);
    showChecklist(m_ui->checklistCombo->currentIndex());
}

ChecklistsPage::~ChecklistsPage() = default;

void ChecklistsPage::showChecklist(int index)
{
    m_ui->itemsTree->clear();
    if (index < 0 || index >= m_core.profile().checklists.size())
        return;
    const Checklist &checklist = m_core.profile().checklists.at(index);
    m_ui->checklistInfo->setText(checklist.requiredForDeploy
                                     ? tr("Required before every production deploy of a SHA.")
                                     : tr("Informational: not a deploy gate."));
    for (const ChecklistItem &item : checklist.items) {
        auto *row = new QTreeWidgetItem(m_ui->itemsTree);
        row->setText(0, item.text);
        row->setText(1, contextLabel(item.context));
        row->setText(2, item.kind == ChecklistItemKind::Automatic ? tr("automatic (%1)").arg(item.probe)
                                                                  : tr("manual"));
        row->setText(3, tr("not checked"));
        row->setData(0, Qt::UserRole, item.id);
    }
    for (int column = 1; column < m_ui->itemsTree->columnCount(); ++column)
        m_ui->itemsTree->resizeColumnToContents(column);
    m_ui->itemsTree->header()->setStretchLastSection(false);
    m_ui->itemsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace Stratum
