#pragma once

#include <QString>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Stratum {

// Highlights `view` with the named definition (e.g. "Bash"), picking the
// light or dark theme from the palette and painting the editor background
// from that theme, so dark-theme text never lands on a white page.
void applyHighlighting(QPlainTextEdit *view, KSyntaxHighlighting::Repository &repository,
                       const QString &definitionName);

} // namespace Stratum
