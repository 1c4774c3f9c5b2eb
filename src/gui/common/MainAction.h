#pragma once

class QAbstractButton;
class QWidget;

namespace Stratum {

// ⌘↩ (Ctrl+Return) presses `button` while `page` is the page shown and the button is enabled.
// A QShortcut, not the button's own: QAbstractButton::setText() replaces a button's shortcut
// with the text's mnemonic, and these buttons change their text with the state.
void bindMainAction(QWidget *page, QAbstractButton *button);

} // namespace Stratum
