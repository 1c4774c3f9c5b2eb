#include "MainAction.h"

#include <QAbstractButton>
#include <QShortcut>

namespace Stratum {

void bindMainAction(QWidget *page, QAbstractButton *button)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), page);
    shortcut->setObjectName(QStringLiteral("mainActionShortcut"));
    QObject::connect(shortcut, &QShortcut::activated, button, [button]() {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
}

} // namespace Stratum
