#pragma once

#include "app/CoreContext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CommandPacksPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

class QTreeWidgetItem;

namespace Stratum {

class CommandPacksPage : public QWidget
{
    Q_OBJECT
public:
    CommandPacksPage(CoreContext &core, KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~CommandPacksPage() override;

    // Shows the blocks of `packId` in `context`; false when there are none.
    bool showPack(const QString &packId, Context context);

private:
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void clearBlocks();

    std::unique_ptr<Ui::CommandPacksPage> m_ui;
    CoreContext &m_core;
    KSyntaxHighlighting::Repository &m_repository;
};

} // namespace Stratum
