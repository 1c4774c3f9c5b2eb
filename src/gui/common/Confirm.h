#pragma once

#include <QInputDialog>
#include <QMessageBox>

#include <functional>

namespace Stratum {

// A question the operator answers in a window-modal box that never blocks
// the event loop (QMessageBox::open, deleted when closed). The safe answer
// is the default button.
struct Confirmation {
    QString title;
    QString text;
    QString acceptText;                     // the button that goes ahead
    QMessageBox::Icon icon = QMessageBox::Question;
    QMessageBox::ButtonRole acceptRole = QMessageBox::AcceptRole; // DestructiveRole for removals
    QString objectName = QStringLiteral("confirmDialog");
    QString acceptObjectName = QStringLiteral("confirmButton");
    QString roleLabel = {};  // "PRODUCTION": in the title and, in its colour, above the question
    QString roleColour = {}; // #RRGGBB
};

// A confirmation whose accept button works only once `expected` is typed (the target's short SHA);
// `prompt` says why, the dialog adds what to type.
QInputDialog *confirmByTyping(QWidget *parent, const QString &title, const QString &prompt, const QString &expected,
                              std::function<void()> onAccept);

// requiredTick, when set: a box the person must tick before the accept button works (what they agree to).
QMessageBox *confirm(QWidget *parent, const Confirmation &question, std::function<void()> onAccept,
                     const QString &requiredTick = {});
// A message with only a Close button, shown the same way.
QMessageBox *inform(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    const QString &objectName = QStringLiteral("messageDialog"));

} // namespace Stratum
