#pragma once

#include "core/app/CoreContext.h"

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
class HealthCenter;
class RemoteHosts;
struct IncidentResult;

// Runbook §10: compose ps as a table, log tails (with follow), the runbook's
// common causes recognised in what the logs say, and the incident bundle that
// keeps all of that (and the health answers, digests, disk) when it breaks.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    DiagnosticsPage(CoreContext &core, RemoteHosts &hosts, HealthCenter &health, KSyntaxHighlighting::Repository &repository,
                    QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

public Q_SLOTS:
    void reloadHosts();
    void refresh();
    void showLogs();
    void followLogsOf(const QString &service); // the palette's "Logs of worker (follow)"
    void runDoctor(); // the palette's "Doctor": stratumctl doctor, into this page's console
    void saveIncidentBundle(); // asks where, then collects and saves; the summary is shown when done

Q_SIGNALS:
    void releaseLogChanged(); // an incident bundle was linked from a release
    void incidentSaved(const QString &path);

private:
    void showCauses(const QString &text);
    void writeIncidentBundle(const QString &hostName, const QString &path);
    void showIncidentResult(const IncidentResult &result);

    std::unique_ptr<Ui::DiagnosticsPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
    HealthCenter &m_health;
    ConsoleView *m_console;
    QTimer m_follow;
    bool m_logsRunning = false;
};

} // namespace Stratum
