#include "Confirm.h"

#include <QCheckBox>
#include <QPushButton>

namespace Stratum {

QMessageBox *confirm(QWidget *parent, const Confirmation &question, std::function<void()> onAccept, const QString &requiredTick)
{
    const QString title = question.roleLabel.isEmpty() ? question.title : question.roleLabel + QStringLiteral(" — ") + question.title;
    auto *box = new QMessageBox(question.icon, title, question.text, QMessageBox::Cancel, parent);
    box->setObjectName(question.objectName);
    if (!question.roleLabel.isEmpty()) {
        box->setInformativeText(QStringLiteral("<span style=\"background:%1; color:white; font-weight:bold\">&nbsp;%2&nbsp;</span>")
                                    .arg(question.roleColour, question.roleLabel.toHtmlEscaped()));
        box->setStyleSheet(QStringLiteral("QMessageBox { border-top: 8px solid %1; }").arg(question.roleColour));
    }
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

QInputDialog *confirmByTyping(QWidget *parent, const QString &title, const QString &prompt, const QString &expected,
                              std::function<void()> onAccept)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("typedConfirmDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(prompt + QLatin1Char('\n') + QObject::tr("Type %1 to go ahead:").arg(expected));
    dialog->setOkButtonText(QObject::tr("Confirm"));
    QObject::connect(dialog, &QInputDialog::textValueChanged, dialog, [dialog, expected](const QString &typed) {
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == dialog->okButtonText())
                button->setEnabled(typed.trimmed() == expected);
    });
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent, [expected, onAccept](const QString &typed) {
        if (typed.trimmed() == expected)
            onAccept();
    });
    dialog->open();
    Q_EMIT dialog->textValueChanged(QString()); // the button starts disabled
    return dialog;
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
