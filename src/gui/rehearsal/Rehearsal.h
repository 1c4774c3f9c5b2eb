#pragma once

#include "core/rehearsal/RehearsalState.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QMenuBar;
class QWidget;

namespace Stratum {

class CoreContext;
class RehearsalControl;

// The rehearsal's colour: violet, which production never shows (its colours are
// green, orange and red for health, grey for nothing set up).
QColor rehearsalColour();
// The window, the status strip and the tray say REHEARSAL with it.
QString rehearsalBadgeStyle();
// Opens another window of the app on the rehearsal (stratum-deploy --rehearsal).
bool openRehearsalWindow();

// The Rehearse menu. In production: "Rehearse on this machine…". In the rehearsal:
// the bad night's scenarios, the last recovery the rehearsal timed, reset and stop.
// It watches the rehearsal and says when a recovery was timed.
class RehearsalMenu : public QObject
{
    Q_OBJECT
public:
    RehearsalMenu(CoreContext &core, QMenuBar *menuBar, QWidget *window);
    ~RehearsalMenu() override;

    QMenu *menu() const { return m_menu; }
    const RehearsalState &state() const { return m_state; }

Q_SIGNALS:
    void message(const QString &text);          // for the status bar
    void recovered(const RecoveryRecord &record); // a recovery the rehearsal just timed

private:
    void build();
    void runScenario(const QString &id);
    void showLastRecovery();
    void resetRehearsal();
    void stopRehearsal();
    void look(); // reads the rehearsal's state: a new recovery, a scenario that started or ended
    void setBusy(bool busy);

    CoreContext &m_core;
    QPointer<QWidget> m_window;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_actions;
    QAction *m_lastRecoveryAction = nullptr;
    std::unique_ptr<RehearsalControl> m_control;
    RehearsalState m_state;
    QDateTime m_seenRecovery;
    QTimer m_watch;
};

// Before the window on the rehearsal opens: starts it (if it is not running) with a small
// window that says what it does, then calls `ready`; says in one sentence why not when it cannot.
class RehearsalStarter : public QObject
{
    Q_OBJECT
public:
    explicit RehearsalStarter(CoreContext &core, QObject *parent = nullptr);
    ~RehearsalStarter() override;
    void start(std::function<void(bool ok, const QString &message)> done);

private:
    CoreContext &m_core;
    std::unique_ptr<RehearsalControl> m_control;
    std::unique_ptr<QWidget> m_window;
    QLabel *m_label = nullptr;
};

} // namespace Stratum
