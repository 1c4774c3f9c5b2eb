#include "Confirm.h"

#include <QCheckBox>
#include <QPushButton>

namespace Stratum {

QMessageBox *confirm(QWidget *parent, const Confirmation &question, std::function<void()> onAccept, const QString &requiredTick)
{
    auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::Cancel, parent);
    box->setObjectName(question.objectName);
    QPushButton *go = box->addButton(question.acceptText, question.acceptRole);
    go->setObjectName(question.acceptObjectName);
    box->setDefaultButton(QMessageBox::Cancel);
    if (!requiredTick.isEmpty()) {
        auto *tick = new QCheckBox(requiredTick, box);
        tick->setObjectName(QStringLiteral("requiredTick"));
        box->setCheckBox(tick);
        go->setEnabled(false);
        QObject::connect(tick, &QCheckBox::toggled, go, &QPushButton::setEnabled);
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [box, go, onAccept](QAbstractButton *button) {
        if (button == go)
            onAccept();
    });
    box->open();
    return box;
}

QMessageBox *inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    const QString &objectName)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Close, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace Stratum
