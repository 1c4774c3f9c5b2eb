#include "CommandPacksPage.h"
#include "ui_commandpackspage.h"

#include "gui/commandpacks/CommandBlockWidget.h"

#include "core/commandpacks/CommandPolicy.h"
#include "core/deploy/DeployLane.h"
#include "core/platform/LocalTools.h"
#include "core/ssh/RemoteHosts.h"
#include "gui/console/ConsoleView.h"

#include <QProcess>
#include <QTreeWidgetItem>

namespace Stratum {

namespace {
constexpr int PackIdRole = Qt::UserRole;
constexpr int ContextRole = Qt::UserRole + 1;
}

CommandPacksPage::CommandPacksPage(CoreContext &core, RemoteHosts &hosts, DeployLane &lane, KSyntaxHighlighting::Repository &repository,
                                   QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CommandPacksPage>()), m_core(core), m_repository(repository),
      m_hosts(hosts), m_lane(lane), m_console(new ConsoleView(repository, &core.redactor(), this))
{
    m_ui->setupUi(this);
    m_console->setObjectName(QStringLiteral("packsConsole"));
    m_ui->consoleHostLayout->addWidget(m_console);
    reloadHosts();
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
        auto *widget = new CommandBlockWidget(m_core.profile(), block, m_repository, m_ui->blocksContainer);
        connect(widget, &CommandBlockWidget::runRequested, this, &CommandPacksPage::runBlock);
        m_ui->blocksLayout->addWidget(widget);
        ++shown;
    }
    m_ui->blocksLayout->addStretch(1);
    return shown > 0;
}

void CommandPacksPage::reloadHosts()
{
    m_core.vault()->loadHosts(this, [this](const Vault::Result<QList<HostEntry>> &hosts) {
        m_ui->hostCombo->clear();
        for (const HostEntry &host : hosts.value)
            m_ui->hostCombo->addItem(host.name, host.name);
        if (hosts.value.isEmpty())
            m_ui->hostCombo->addItem(tr("none (add one in Settings)"));
    });
}

void CommandPacksPage::runBlock(const CommandBlock &block)
{
    // The core decides, whatever the button said.
    const RunTarget target = block.context == Context::Droplet ? RunTarget::Droplet : RunTarget::Local;
    const RunDecision decision = CommandPolicy::canRun(block, target);
    if (!decision.allowed) {
        m_console->appendInfo(decision.reason);
        return;
    }
    if (target == RunTarget::Droplet)
        runOnDroplet(block);
    else
        runLocally(block);
}

void CommandPacksPage::runOnDroplet(const CommandBlock &block)
{
    const QString name = m_ui->hostCombo->currentData().toString();
    if (name.isEmpty()) {
        m_console->appendInfo(tr("No droplet is set up: add it in Settings."));
        return;
    }
    m_console->appendInfo(tr("[Droplet] %1 on %2").arg(block.title, name));
    m_console->appendCommand(block.code);
    m_hosts.withHost(name, this, [this, block, name](RemoteHost *host, const QString &error) {
        if (!host) {
            m_console->appendInfo(error);
            return;
        }
        m_lane.runCommand(host, {name, block.code, tr("command pack: %1").arg(block.title)}, this,
                          [this](const QByteArray &bytes) { m_console->appendOutput(bytes, false); },
                          [this](const QByteArray &bytes) { m_console->appendOutput(bytes, true); },
                          [this](const DeployLane::CommandOutcome &outcome) {
            m_console->flush();
            const SshExit &exit = outcome.result.exit;
            if (!outcome.ran)
                m_console->appendInfo(outcome.error);
            else if (!exit.error.ok())
                m_console->appendInfo(exit.error.message);
            else
                m_console->appendInfo(outcome.changedDroplet
                                          ? tr("exit status %1 (%2 s); it ran under the deploy lock and is in the audit log")
                                                .arg(exit.exitStatus).arg(exit.durationMs / 1000.0, 0, 'f', 1)
                                          : tr("exit status %1 (%2 s)").arg(exit.exitStatus).arg(exit.durationMs / 1000.0, 0, 'f', 1));
        });
    });
}

void CommandPacksPage::runLocally(const CommandBlock &block)
{
    m_console->appendInfo(tr("[Mac] %1").arg(block.title));
    m_console->appendCommand(block.code);
    auto *process = new QProcess(this);
    process->setProcessEnvironment(LocalTools::environment());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process]() {
        m_console->appendOutput(process->readAllStandardOutput(), false);
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, process]() {
        m_console->appendOutput(process->readAllStandardError(), true);
    });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        m_console->flush();
        m_console->appendInfo(status == QProcess::NormalExit ? tr("exit status %1").arg(code) : tr("crashed"));
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        m_console->appendInfo(tr("could not start /bin/bash"));
    });
    process->start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), block.code});
}

} // namespace Stratum
