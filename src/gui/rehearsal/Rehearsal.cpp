#include "Rehearsal.h"

#include "gui/common/Confirm.h"

#include "core/app/CoreContext.h"
#include "core/platform/AppIdentity.h"
#include "core/rehearsal/RehearsalControl.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Stratum {

QColor rehearsalColour()
{
    return QColor(0x6a, 0x1b, 0x9a);
}

QString rehearsalBadgeStyle()
{
    return QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 2px 8px; border-radius: 3px; }")
        .arg(rehearsalColour().name());
}

bool openRehearsalWindow()
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--rehearsal")});
}

RehearsalMenu::RehearsalMenu(CoreContext &core, QMenuBar *menuBar, QWidget *window)
    : QObject(window), m_core(core), m_window(window)
{
    m_menu = new QMenu(tr("&Rehearse"), menuBar);
    m_menu->setObjectName(QStringLiteral("rehearseMenu"));
    // Before Help, as a Mac's menu bar has it last.
    const QList<QAction *> actions = menuBar->actions();
    menuBar->insertMenu(actions.isEmpty() ? nullptr : actions.last(), m_menu);
    build();
    if (AppIdentity::isRehearsal()) {
        m_state = RehearsalControl::readState();
        if (m_state.lastRecovery)
            m_seenRecovery = m_state.lastRecovery->recoveredAt;
        m_watch.setInterval(1000);
        connect(&m_watch, &QTimer::timeout, this, &RehearsalMenu::look);
        m_watch.start();
    }
}

RehearsalMenu::~RehearsalMenu() = default;

void RehearsalMenu::build()
{
    if (!AppIdentity::isRehearsal()) {
        QAction *open = m_menu->addAction(tr("Rehearse on This Machine…"), this, [this]() {
            if (!openRehearsalWindow())
                Q_EMIT message(tr("Could not open the rehearsal's window."));
        });
        open->setObjectName(QStringLiteral("openRehearsalAction"));
        open->setStatusTip(tr("A droplet, a registry and a GitHub on this machine: practise deploys and the bad night without touching production"));
        return;
    }
    for (const RehearsalControl::Scenario &scenario : RehearsalControl::scenarios()) {
        if (scenario.id == QLatin1String("none"))
            m_menu->addSeparator();
        QAction *action = m_menu->addAction(QCoreApplication::translate("Stratum::RehearsalControl", scenario.title), this,
                                            [this, id = scenario.id]() { runScenario(id); });
        action->setObjectName(QStringLiteral("scenario-") + scenario.id);
        action->setStatusTip(QCoreApplication::translate("Stratum::RehearsalControl", scenario.what));
        m_actions << action;
    }
    m_menu->addSeparator();
    m_lastRecoveryAction = m_menu->addAction(tr("Last Recovery…"), this, &RehearsalMenu::showLastRecovery);
    m_lastRecoveryAction->setObjectName(QStringLiteral("lastRecoveryAction"));
    m_menu->addSeparator();
    m_actions << m_menu->addAction(tr("Reset the Rehearsal…"), this, &RehearsalMenu::resetRehearsal);
    m_actions << m_menu->addAction(tr("Stop the Rehearsal and Quit"), this, &RehearsalMenu::stopRehearsal);
}

void RehearsalMenu::setBusy(bool busy)
{
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(!busy);
        action->setToolTip(busy ? tr("Wait: the rehearsal is busy (starting, stopping or staging a scenario)") : QString());
    }
}

void RehearsalMenu::runScenario(const QString &id)
{
    if (!m_control)
        m_control = std::make_unique<RehearsalControl>(m_core);
    setBusy(true);
    Q_EMIT message(tr("Staging the scenario %1 …").arg(id));
    m_control->scenario(id, [this](const QString &line) { Q_EMIT message(line.trimmed()); },
                        [this, id](const RehearsalControl::Outcome &outcome) {
        setBusy(false);
        Q_EMIT message(outcome.ok ? tr("Scenario %1 staged: the clock runs.").arg(id) : outcome.message);
        if (m_window)
            inform(m_window, outcome.ok ? QMessageBox::Warning : QMessageBox::Critical, tr("Rehearsal: %1").arg(id), outcome.message,
                   QStringLiteral("scenarioDialog"));
    });
}

void RehearsalMenu::showLastRecovery()
{
    m_state = RehearsalControl::readState();
    if (!m_window)
        return;
    if (!m_state.lastRecovery) {
        inform(m_window, QMessageBox::Information, tr("Last recovery"),
               tr("No recovery timed yet. Stage a bad night from this menu, then bring production back with the app's own tools."),
               QStringLiteral("recoveryDialog"));
        return;
    }
    const RecoveryRecord &last = *m_state.lastRecovery;
    inform(m_window, QMessageBox::Information, tr("Last recovery"),
           tr("Recovered from %1 in %2 s: every service is healthy again on %3.\n\nThe steps taken:\n%4")
               .arg(last.scenario)
               .arg(last.seconds(), 0, 'f', 1)
               .arg(last.sha.left(7))
               .arg(last.steps.isEmpty() ? tr("(none recorded)") : last.steps.join(QLatin1Char('\n'))),
           QStringLiteral("recoveryDialog"));
}

void RehearsalMenu::look()
{
    const RehearsalState now = RehearsalControl::readState();
    const bool scenarioChanged = now.activeScenario != m_state.activeScenario;
    m_state = now;
    if (m_lastRecoveryAction)
        m_lastRecoveryAction->setText(m_state.lastRecovery ? tr("Last Recovery (%1 s)…").arg(m_state.lastRecovery->seconds(), 0, 'f', 1)
                                                           : tr("Last Recovery…"));
    if (m_state.lastRecovery && m_state.lastRecovery->recoveredAt != m_seenRecovery) {
        m_seenRecovery = m_state.lastRecovery->recoveredAt;
        Q_EMIT recovered(*m_state.lastRecovery);
        showLastRecovery();
    } else if (scenarioChanged && !m_state.activeScenario.isEmpty()) {
        Q_EMIT message(tr("Rehearsal: scenario %1 runs; the clock runs until every service is healthy on a known-good release.")
                           .arg(m_state.activeScenario));
    }
}

void RehearsalMenu::resetRehearsal()
{
    if (!m_window)
        return;
    confirm(m_window, {tr("Reset the rehearsal"),
                       tr("The rehearsal's droplet, images, history, release log and checklists are removed and made anew. "
                          "Production is not touched."),
                       tr("Reset"), QMessageBox::Warning, QMessageBox::DestructiveRole},
            [this]() {
        if (!m_control)
            m_control = std::make_unique<RehearsalControl>(m_core);
        setBusy(true);
        m_control->reset([this](const QString &line) { Q_EMIT message(line.trimmed()); },
                         [this](const RehearsalControl::Outcome &outcome) {
            setBusy(false);
            Q_EMIT message(outcome.message);
        });
    });
}

void RehearsalMenu::stopRehearsal()
{
    if (!m_control)
        m_control = std::make_unique<RehearsalControl>(m_core);
    setBusy(true);
    Q_EMIT message(tr("Stopping the rehearsal …"));
    m_control->stop([](const RehearsalControl::Outcome &) { QApplication::quit(); });
}

RehearsalStarter::RehearsalStarter(CoreContext &core, QObject *parent)
    : QObject(parent), m_core(core)
{
}

RehearsalStarter::~RehearsalStarter() = default;

void RehearsalStarter::start(std::function<void(bool, const QString &)> done)
{
    if (RehearsalControl::isRunning()) {
        done(true, {});
        return;
    }
    m_control = std::make_unique<RehearsalControl>(m_core);
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(QStringLiteral("rehearsalStartWindow"));
    m_window->setWindowTitle(tr("REHEARSAL — Stratum Deploy"));
    auto *layout = new QVBoxLayout(m_window.get());
    auto *badge = new QLabel(tr("REHEARSAL"), m_window.get());
    badge->setStyleSheet(rehearsalBadgeStyle());
    badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(badge);
    m_label = new QLabel(tr("Starting a droplet, a registry and a GitHub on this machine …"), m_window.get());
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(460);
    layout->addWidget(m_label);
    auto *bar = new QProgressBar(m_window.get());
    bar->setRange(0, 0);
    layout->addWidget(bar);
    m_window->show();
    m_control->start([this](const QString &line) { m_label->setText(line.trimmed()); },
                     [this, done](const RehearsalControl::Outcome &outcome) {
        m_window->hide();
        done(outcome.ok, outcome.message);
    });
}

} // namespace Stratum
