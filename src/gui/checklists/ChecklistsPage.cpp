#include "ChecklistsPage.h"
#include "ui_checklistspage.h"

#include "gui/common/MainAction.h"

#include "core/checklists/LocalLane.h"
#include "core/checklists/ManualConfirmation.h"
#include "core/checklists/SetupProbes.h"
#include "core/deploy/DeployLane.h"
#include "core/environments/EnvironmentHosts.h"
#include "core/github/GitHubClient.h"
#include "core/platform/LocalTools.h"
#include "core/smoke/Smoke.h"
#include "core/ssh/RemoteHosts.h"
#include "gui/console/ConsoleView.h"
#include "gui/health/HealthCenter.h"

#include <QLocale>
#include <QHeaderView>
#include <QProcess>

#include <memory>

namespace Stratum {

namespace {
enum Column { ItemColumn, ContextColumn, KindColumn, StateColumn, WhoColumn, SeenColumn };
} // namespace

ChecklistsPage::ChecklistsPage(CoreContext &core, RemoteHosts &hosts, DeployLane &lane, HealthCenter &health, GitHubAccess &github,
                               KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChecklistsPage>()), m_core(core), m_hosts(hosts), m_deployLane(lane), m_health(health),
      m_github(github),
      m_lane(new LocalLane(core.profile(), &core.redactor(), this)), m_setup(new SetupProbes(core.profile(), this))
{
    m_ui->setupUi(this);
    m_lane->setSetupProbes(m_setup);
    m_console = new ConsoleView(repository, &core.redactor(), m_ui->consoleHost);
    m_console->setObjectName(QStringLiteral("checklistConsole"));
    m_ui->consoleHostLayout->addWidget(m_console);
    for (const Checklist &checklist : core.profile().checklists)
        m_ui->checklistCombo->addItem(tr("§%1 %2").arg(checklist.section, checklist.title), checklist.id);
    QHeaderView *header = m_ui->itemsTree->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->checklistCombo, &QComboBox::currentIndexChanged, this, &ChecklistsPage::showChecklist);
    connect(m_ui->shaCombo, &QComboBox::currentTextChanged, this, &ChecklistsPage::showChecklist);
    connect(m_ui->itemsTree, &QTreeWidget::itemSelectionChanged, this, &ChecklistsPage::updateButtons);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &ChecklistsPage::confirmSelected);
    connect(m_ui->runChecksButton, &QPushButton::clicked, this, &ChecklistsPage::runChecks);
    bindMainAction(this, m_ui->runChecksButton); // ⌘↩: the page's main action
    connect(m_ui->resetButton, &QPushButton::clicked, this, &ChecklistsPage::resetChecklist);
    connect(m_ui->startStackButton, &QPushButton::clicked, this, [this]() {
        runLocal(QStringLiteral("docker"), {QStringLiteral("compose"), QStringLiteral("-f"), m_core.profile().local.composeFile,
                                            QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--build")});
    });
    connect(m_ui->stripeListenButton, &QPushButton::toggled, this, &ChecklistsPage::toggleStripeListen);
    connect(m_ui->createEnvButton, &QPushButton::clicked, this, &ChecklistsPage::createDropletEnv);
    // The state is read when the page is first shown, not at start-up.
}

void ChecklistsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

ChecklistsPage::~ChecklistsPage()
{
    if (m_stripe)
        m_stripe->kill();
}

const Checklist *ChecklistsPage::currentChecklist() const
{
    return m_core.profile().checklist(m_ui->checklistCombo->currentData().toString());
}

QString ChecklistsPage::targetSha() const
{
    const QString text = m_ui->shaCombo->currentText().trimmed().toLower();
    return Sha::isFullText(text) ? text : QString();
}

void ChecklistsPage::setTargetSha(const QString &sha)
{
    m_ui->shaCombo->setCurrentText(sha);
}

void ChecklistsPage::runSmokeOf(const QString &sha)
{
    const int smoke = m_ui->checklistCombo->findData(SmokeRun::checklistId());
    if (smoke >= 0)
        m_ui->checklistCombo->setCurrentIndex(smoke);
    setTargetSha(sha);
    if (!m_busy)
        runSmoke(sha);
}

void ChecklistsPage::reload()
{
    m_loaded = true;
    m_core.vault()->loadChecklistRecords(m_core.profile().id, this, [this](const Vault::Result<ChecklistRecords> &records) {
        if (!records.error.ok()) {
            m_ui->checklistInfo->setText(tr("Checklist state unavailable: %1").arg(records.error.message));
            return;
        }
        m_records = records.value;
        const QString typed = m_ui->shaCombo->currentText();
        const QSignalBlocker block(m_ui->shaCombo);
        m_ui->shaCombo->clear();
        m_ui->shaCombo->addItems(m_records.shas());
        m_ui->shaCombo->setCurrentText(typed.isEmpty() ? m_records.shas().value(0) : typed);
        showChecklist();
    });
}

void ChecklistsPage::showChecklist()
{
    m_ui->itemsTree->clear();
    const Checklist *list = currentChecklist();
    if (!list)
        return;
    const QString sha = targetSha();
    QString info = list->requiredForDeploy ? tr("Required before every production deploy of a SHA.")
                                           : tr("Informational: not a deploy gate.");
    if (sha.isEmpty())
        info += QLatin1Char(' ') + tr("Enter the full 40-digit SHA you are about to deploy.");
    else if (const auto started = m_records.laneStarted(sha, list->id))
        info += QLatin1Char(' ') + tr("Lane started %1.").arg(QLocale().toString(started->toLocalTime(), QLocale::ShortFormat));
    m_ui->checklistInfo->setText(info);
    for (const ChecklistItem &item : list->items) {
        auto *row = new QTreeWidgetItem(m_ui->itemsTree);
        row->setText(ItemColumn, item.text);
        row->setToolTip(ItemColumn, item.text);
        row->setText(ContextColumn, contextLabel(item.context));
        row->setText(KindColumn, item.kind == ChecklistItemKind::Automatic ? tr("automatic") : tr("manual"));
        row->setToolTip(KindColumn, item.probe);
        row->setData(ItemColumn, Qt::UserRole, item.id);
        const ItemRecord record = m_records.item(sha, list->id, item.id).value_or(ItemRecord());
        switch (record.status) {
        case ItemRecord::Status::Passed:
            row->setText(StateColumn, tr("✔ passed"));
            row->setForeground(StateColumn, QColor(0x2e, 0x7d, 0x32));
            break;
        case ItemRecord::Status::Failed:
            row->setText(StateColumn, tr("✘ failed"));
            row->setForeground(StateColumn, QColor(0xc6, 0x28, 0x28));
            break;
        case ItemRecord::Status::Pending:
            row->setText(StateColumn, tr("open"));
            break;
        }
        if (record.status != ItemRecord::Status::Pending)
            row->setText(WhoColumn, tr("%1, %2").arg(record.who, QLocale().toString(record.when.toLocalTime(), QLocale::ShortFormat)));
        const QString seen = record.note.isEmpty() ? record.evidence : record.note;
        row->setText(SeenColumn, seen.left(90));
        row->setToolTip(SeenColumn, seen);
    }
    const bool stripeLane = list->id == QLatin1String("stripe-sandbox");
    m_ui->laneActionsGroup->setVisible(stripeLane || list->id == QLatin1String("one-time-setup"));
    updateButtons();
}

void ChecklistsPage::updateButtons()
{
    const Checklist *list = currentChecklist();
    const bool haveSha = !targetSha().isEmpty();
    bool manualSelected = false;
    for (QTreeWidgetItem *row : m_ui->itemsTree->selectedItems()) {
        for (const ChecklistItem &item : list ? list->items : QList<ChecklistItem>()) {
            if (item.id == row->data(ItemColumn, Qt::UserRole).toString())
                manualSelected |= item.kind == ChecklistItemKind::Manual;
        }
    }
    m_ui->confirmButton->setEnabled(haveSha && manualSelected && !m_busy);
    m_ui->confirmButton->setToolTip(manualSelected ? QString() : tr("Select a manual item; automatic ones are decided by their probe."));
    m_ui->runChecksButton->setEnabled(haveSha && !m_busy);
    m_ui->resetButton->setEnabled(haveSha && !m_busy);
}

void ChecklistsPage::save(std::function<void(ChecklistRecords &)> edit, const QString &done)
{
    m_core.vault()->updateChecklistRecords(m_core.profile().id, edit, this, [this, done](const KeychainError &error) {
        m_busy = false;
        if (!error.ok()) {
            m_console->appendInfo(tr("not saved: %1").arg(error.message));
            updateButtons();
            return;
        }
        if (!done.isEmpty())
            m_console->appendInfo(done);
        reload();
        Q_EMIT checklistsChanged();
    });
}

void ChecklistsPage::confirmSelected()
{
    const Checklist *list = currentChecklist();
    const std::optional<Sha> sha = Sha::parseFull(targetSha());
    if (!list || !sha)
        return;
    QStringList ids; // the manual ones of the selection: automatic items are decided by their probe
    for (QTreeWidgetItem *row : m_ui->itemsTree->selectedItems()) {
        const QString id = row->data(ItemColumn, Qt::UserRole).toString();
        for (const ChecklistItem &item : list->items) {
            if (item.id == id && item.kind == ChecklistItemKind::Manual)
                ids << id;
        }
    }
    m_busy = true;
    updateButtons();
    const ManualConfirmation confirmation{*sha, list->id, ids, m_ui->noteEdit->text()};
    confirmManualItems(m_core.profile(), m_core.vault(), m_core.redactor(), confirmation, this, [this](const ConfirmationResult &result) {
        m_busy = false;
        m_console->appendInfo(result.message);
        if (!result.ok) {
            updateButtons();
            return;
        }
        m_ui->noteEdit->clear();
        reload();
        Q_EMIT checklistsChanged();
    });
}

void ChecklistsPage::resetChecklist()
{
    const Checklist *list = currentChecklist();
    const QString sha = targetSha();
    if (!list || sha.isEmpty())
        return;
    const QString listId = list->id;
    m_busy = true;
    save([sha, listId](ChecklistRecords &records) { records.clear(sha, listId); }, tr("%1 starts over for %2").arg(list->title, sha.left(12)));
}

void ChecklistsPage::runChecks()
{
    const Checklist *list = currentChecklist();
    const QString sha = targetSha();
    if (!list || sha.isEmpty())
        return;
    if (list->id == SmokeRun::checklistId())
        runSmoke(sha);
    else
        runLocalProbes(*list, sha);
}

void ChecklistsPage::runLocalProbes(const Checklist &list, const QString &sha)
{
    int runnable = 0;
    for (const ChecklistItem &item : list.items) {
        if (item.kind != ChecklistItemKind::Automatic)
            continue;
        if (m_lane->canRun(item))
            ++runnable;
        else
            m_console->appendInfo(item.probe == QLatin1String("github-ci-green")
                                      ? tr("%1: decided by the gates from GitHub (Deploy page)").arg(item.text)
                                      : tr("%1: checked by the post-deploy smoke").arg(item.text));
    }
    if (runnable == 0)
        return;
    m_busy = true;
    updateButtons();
    m_console->appendInfo(tr("running %n automatic check(s) of %1 for %2", nullptr, runnable).arg(list.title, sha.left(12)));
    const Checklist checklist = list;
    // The one-time setup items ask GitHub (with the stored token) and the droplet (the kept session).
    m_setup->prepare(checklist, &m_github, &m_hosts, m_health.hostName(), this, [this, checklist, sha]() {
        m_lane->runAndRecord(checklist, sha, m_core.vault(), operatorName(), this,
                             [this](const ChecklistItem &item, const LocalProbeResult &result) {
            m_console->appendInfo(QStringLiteral("%1 %2 — %3").arg(result.passed ? QStringLiteral("✔") : QStringLiteral("✘"), item.text, result.evidence));
        }, [this](const KeychainError &error, bool) {
            m_busy = false;
            if (!error.ok())
                m_console->appendInfo(tr("not saved: %1").arg(error.message));
            reload();
            Q_EMIT checklistsChanged();
        });
    });
}

void ChecklistsPage::runSmoke(const QString &sha)
{
    if (m_health.hostName().isEmpty()) {
        m_console->appendInfo(tr("no droplet is set up: add it in Settings"));
        return;
    }
    m_busy = true;
    updateButtons();
    m_console->appendInfo(tr("post-deploy smoke on %1…").arg(m_health.hostName()));
    auto *smoke = new SmokeRun(m_core.profile(), m_health.monitor(), m_core.vault(), this);
    HostEntry watched; // the window watches the first host set up
    watched.name = m_health.hostName();
    if (const Environment *environment = environmentOfHost(m_core.profile(), watched.name, {watched}))
        smoke->setEnvironment(environment->name);
    connect(smoke, &SmokeRun::finished, this, [this, smoke](const SmokeResult &result) {
        smoke->deleteLater();
        m_busy = false;
        for (const SmokeItem &item : result.items)
            m_console->appendInfo(QStringLiteral("%1 %2 — %3").arg(item.passed ? QStringLiteral("✔") : QStringLiteral("✘"), item.text, item.detail));
        if (!result.recordError.isEmpty())
            m_console->appendInfo(result.recordError);
        reload();
        Q_EMIT checklistsChanged();
    });
    smoke->start(sha);
}

void ChecklistsPage::runLocal(const QString &program, const QStringList &arguments, QProcess **keep)
{
    const QString path = LocalTools::find(program);
    m_console->appendCommand(QStringLiteral("cd %1 && %2 %3").arg(shellQuote(m_core.profile().local.projectDir), program,
                                                                   arguments.join(QLatin1Char(' '))));
    if (path.isEmpty()) {
        m_console->appendInfo(tr("%1 was not found in %2").arg(program, LocalTools::searchDirs().join(QStringLiteral(", "))));
        return;
    }
    auto *process = new QProcess(this);
    process->setProcessEnvironment(LocalTools::environment());
    process->setWorkingDirectory(m_core.profile().local.projectDir);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process]() { m_console->appendOutput(process->readAllStandardOutput(), false); });
    connect(process, &QProcess::readyReadStandardError, this, [this, process]() { m_console->appendOutput(process->readAllStandardError(), true); });
    connect(process, &QProcess::finished, this, [this, process, program](int code, QProcess::ExitStatus status) {
        m_console->appendInfo(status == QProcess::NormalExit ? tr("%1 ended with exit status %2").arg(program).arg(code)
                                                             : tr("%1 stopped").arg(program));
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            m_console->appendInfo(tr("%1 could not be started").arg(program));
    });
    process->start(path, arguments);
    if (keep)
        *keep = process;
}

void ChecklistsPage::toggleStripeListen(bool on)
{
    if (!on) {
        if (m_stripe)
            m_stripe->terminate();
        return;
    }
    const QUrl backend = m_core.profile().local.backendUrl;
    const QString forward = QStringLiteral("%1:%2%3").arg(backend.host()).arg(backend.port(80)).arg(m_core.profile().local.stripeWebhookPath);
    QProcess *process = nullptr;
    runLocal(QStringLiteral("stripe"), {QStringLiteral("listen"), QStringLiteral("--forward-to"), forward}, &process);
    m_stripe = process;
    if (!process) {
        const QSignalBlocker block(m_ui->stripeListenButton);
        m_ui->stripeListenButton->setChecked(false);
        return;
    }
    connect(process, &QProcess::finished, this, [this]() {
        const QSignalBlocker block(m_ui->stripeListenButton);
        m_ui->stripeListenButton->setChecked(false);
    });
}

void ChecklistsPage::createDropletEnv()
{
    const QString host = m_health.hostName();
    if (host.isEmpty()) {
        m_console->appendInfo(tr("no droplet is set up: add it in Settings"));
        return;
    }
    m_console->appendInfo(tr("creating %1 on %2 from its example").arg(m_core.profile().droplet.envFile, host));
    m_hosts.withHost(host, this, [this, host](RemoteHost *remote, const QString &error) {
        if (!remote) {
            m_console->appendInfo(error);
            return;
        }
        m_deployLane.createDropletEnv(remote, host, this, [this](const QByteArray &bytes) { m_console->appendOutput(bytes, false); },
                                [this](const DeployLane::CommandOutcome &outcome) {
            m_console->flush();
            if (!outcome.ran) {
                m_console->appendInfo(outcome.error);
                return;
            }
            const SshExit &exit = outcome.result.exit;
            m_console->appendInfo(exit.error.ok() ? tr("exit status %1").arg(exit.exitStatus) : exit.error.message);
            if (outcome.result.ok())
                m_console->appendInfo(tr("now fill in the values on the droplet, then check them with stratumctl env-lint --production"));
        });
    });
}

} // namespace Stratum
