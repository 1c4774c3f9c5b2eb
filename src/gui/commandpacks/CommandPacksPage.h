#pragma once

#include "core/app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CommandPacksPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

class QTreeWidgetItem;
class QProcess;

namespace Stratum {

class ConsoleView;
class DeployLane;
class RemoteHosts;

class CommandPacksPage : public QWidget
{
    Q_OBJECT
public:
    CommandPacksPage(CoreContext &core, RemoteHosts &hosts, DeployLane &lane, KSyntaxHighlighting::Repository &repository,
                     QWidget *parent = nullptr);
    ~CommandPacksPage() override;

    // Shows the blocks of `packId` in `context`; false when there are none.
    bool showPack(const QString &packId, Context context);
    ConsoleView *console() const { return m_console; }

public Q_SLOTS:
    void reloadHosts();
    void runBlock(const Stratum::CommandBlock &block);

private:
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void clearBlocks();
    void runLocally(const CommandBlock &block);
    void runOnDroplet(const CommandBlock &block);

    std::unique_ptr<Ui::CommandPacksPage> m_ui;
    CoreContext &m_core;
    KSyntaxHighlighting::Repository &m_repository;
    RemoteHosts &m_hosts;
    DeployLane &m_lane; // a block that changes the droplet runs under its lock
    ConsoleView *m_console;
};

} // namespace Stratum
