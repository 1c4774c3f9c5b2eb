#pragma once

#include "app/CoreContext.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class DiagnosticsPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

namespace Stratum {

class ConsoleView;
class RemoteHosts;

// Runbook §10: compose ps as a table, log tails (with follow), and the
// runbook's common causes recognised in what the logs say.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    DiagnosticsPage(CoreContext &core, RemoteHosts &hosts, KSyntaxHighlighting::Repository &repository,
                    QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

public Q_SLOTS:
    void reloadHosts();
    void refresh();
    void showLogs();

private:
    void showCauses(const QString &text);

    std::unique_ptr<Ui::DiagnosticsPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
    ConsoleView *m_console;
    QTimer m_follow;
    bool m_logsRunning = false;
};

} // namespace Stratum
