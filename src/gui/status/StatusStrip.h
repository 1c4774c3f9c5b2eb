#pragma once

#include "status/DropletStatus.h"

#include <QFrame>

#include <memory>

namespace Ui {
class StatusStrip;
}

namespace Stratum {

class StatusCenter;

// The line at the top of every page: the running SHA, known-good or not, the
// worst container state, the lock holder and the pin. A mixed state is red and
// offers to finish the cut-off deploy or to roll back.
class StatusStrip : public QFrame
{
    Q_OBJECT
public:
    explicit StatusStrip(QWidget *parent = nullptr);
    ~StatusStrip() override;
    void setCenter(StatusCenter *center);

Q_SIGNALS:
    void rollbackRequested(const QString &sha);
    void finishDeployRequested(const QString &sha);

private:
    void show(const DropletStatus &status);

    std::unique_ptr<Ui::StatusStrip> m_ui;
    QString m_rollbackSha;
    QString m_finishSha;
};

// The strip's words, for the tray tooltip too.
QString statusHeadlineHtml(const DropletStatus &status);
QColor statusColour(const DropletStatus &status);

} // namespace Stratum
