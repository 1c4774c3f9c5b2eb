#pragma once

#include "core/app/CoreContext.h"
#include "core/releases/ChecklistRecords.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistsPage;
}

namespace KSyntaxHighlighting {
class Repository;
}

class QProcess;

namespace Stratum {

class ConsoleView;
class HealthCenter;
class GitHubAccess;
class LocalLane;
class SetupProbes;
class DeployLane;
class RemoteHosts;

// Works through a checklist for one target SHA: automatic items run their
// probes (the Stripe lane's local stack, the post-deploy smoke), manual items
// are confirmed with an optional note; every state is kept per SHA with who
// and when, and is what the gates decide from. The lane's own [Mac] and
// [Droplet] actions run here with their output in the console.
class ChecklistsPage : public QWidget
{
    Q_OBJECT
public:
    ChecklistsPage(CoreContext &core, RemoteHosts &hosts, DeployLane &lane, HealthCenter &health, GitHubAccess &github,
                   KSyntaxHighlighting::Repository &repository,
                   QWidget *parent = nullptr);
    ~ChecklistsPage() override;

public Q_SLOTS:
    void reload(); // reads the state from the keychain
    void setTargetSha(const QString &sha);
    void runSmokeOf(const QString &sha); // the palette's "Run the post-deploy smoke"

Q_SIGNALS:
    void checklistsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Checklist *currentChecklist() const;
    QString targetSha() const;
    void showChecklist();
    void updateButtons();
    void confirmSelected();
    void runChecks();
    void runLocalProbes(const Checklist &list, const QString &sha);
    void runSmoke(const QString &sha);
    void resetChecklist();
    void save(std::function<void(ChecklistRecords &)> edit, const QString &done);
    void runLocal(const QString &program, const QStringList &arguments, QProcess **keep = nullptr);
    void toggleStripeListen(bool on);
    void createDropletEnv();

    std::unique_ptr<Ui::ChecklistsPage> m_ui;
    CoreContext &m_core;
    RemoteHosts &m_hosts;
    DeployLane &m_deployLane;
    HealthCenter &m_health;
    GitHubAccess &m_github;
    ConsoleView *m_console;
    LocalLane *m_lane;
    SetupProbes *m_setup;
    ChecklistRecords m_records;
    QPointer<QProcess> m_stripe;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace Stratum
