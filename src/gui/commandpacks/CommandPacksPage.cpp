#include "CommandPacksPage.h"
#include "ui_commandpackspage.h"

#include "CommandBlockWidget.h"

#include <QTreeWidgetItem>

namespace Stratum {

namespace {
constexpr int PackIdRole = Qt::UserRole;
constexpr int ContextRole = Qt::UserRole + 1;
}

CommandPacksPage::CommandPacksPage(CoreContext &core, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CommandPacksPage>()), m_core(core), m_repository(repository)
{
    m_ui->setupUi(this);
    for (Context context : {Context::Mac, Context::Droplet, Context::GitHubUi}) {
        auto *group = new QTreeWidgetItem(m_ui->packTree, {contextLabel(context)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const CommandPack &pack : core.profile().commandPacks) {
            const bool hasBlock = std::any_of(pack.blocks.cbegin(), pack.blocks.cend(),
                                              [context](const CommandBlock &block) { return block.context == context; });
            if (!hasBlock)
                continue;
            auto *item = new QTreeWidgetItem(group, {QStringLiteral("%1  %2").arg(pack.id, pack.title)});
            item->setData(0, PackIdRole, pack.id);
            item->setData(0, ContextRole, static_cast<int>(context));
        }
    }
    m_ui->packTree->expandAll();
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({300, 800});
    connect(m_ui->packTree, &QTreeWidget::currentItemChanged, this, &CommandPacksPage::onCurrentItemChanged);
    if (QTreeWidgetItem *first = m_ui->packTree->topLevelItem(0); first && first->childCount() > 0)
        m_ui->packTree->setCurrentItem(first->child(0));
}

CommandPacksPage::~CommandPacksPage() = default;

void CommandPacksPage::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current || current->data(0, PackIdRole).isNull())
        return;
    showPack(current->data(0, PackIdRole).toString(), static_cast<Context>(current->data(0, ContextRole).toInt()));
}

void CommandPacksPage::clearBlocks()
{
    QLayoutItem *item;
    while ((item = m_ui->blocksLayout->takeAt(0)) != nullptr) {
        delete item->widget();
        delete item;
    }
}

bool CommandPacksPage::showPack(const QString &packId, Context context)
{
    const CommandPack *pack = m_core.profile().pack(packId);
    if (!pack)
        return false;
    clearBlocks();
    auto *header = new QLabel(m_ui->blocksContainer);
    header->setWordWrap(true);
    header->setText(QStringLiteral("<h3>§%1 %2</h3>%3").arg(pack->id, pack->title.toHtmlEscaped(),
                                                          pack->summary.toHtmlEscaped()));
    m_ui->blocksLayout->addWidget(header);
    int shown = 0;
    for (const CommandBlock &block : pack->blocks) {
        if (block.context != context)
            continue;
        m_ui->blocksLayout->addWidget(new CommandBlockWidget(m_core.profile(), block, m_repository,
                                                             m_ui->blocksContainer));
        ++shown;
    }
    m_ui->blocksLayout->addStretch(1);
    return shown > 0;
}

} // namespace Stratum
