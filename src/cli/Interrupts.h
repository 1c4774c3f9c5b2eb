#pragma once

#include <QObject>

class QSocketNotifier;

namespace Stratum {

// Ctrl-C and SIGTERM as a Qt signal (the self-pipe pattern: the handler only
// writes a byte, the event loop does the rest), so that a running deploy can
// stop at a safe point and release its lock instead of dying mid-step.
class Interrupts : public QObject
{
    Q_OBJECT
public:
    explicit Interrupts(QObject *parent = nullptr);
    ~Interrupts() override;

Q_SIGNALS:
    void interrupted(int count); // 1 for the first Ctrl-C, 2 for the second, …

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Stratum
