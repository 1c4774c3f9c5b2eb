#pragma once

#include <QByteArray>
#include <QString>

namespace Stratum {

// What a program wrote for a terminal, as text for a person: escape sequences
// (CSI such as colours and `ESC[2K`, OSC, the other ESC forms), the other
// C0 control characters but tab and newline, DEL, and the C1 controls
// (U+0080–U+009F) are removed. Compose writes `ESC[2K`
// before every line of `docker compose logs`, even with --no-color and
// --ansi never (2.26); in a window, a log file or a parsed line it is noise.
QString withoutTerminalControls(const QString &text);

// The same for output that arrives in pieces: a sequence cut at the end of a
// piece is held until the next one completes it, so the text that leaves is
// the same however the bytes were cut. Runs before redaction, so that a
// secret interrupted by a sequence is whole again when the redactor looks.
class TerminalControlFilter
{
public:
    QByteArray feed(const QByteArray &bytes);
    QByteArray finish(); // an unfinished sequence at the very end is dropped

private:
    QByteArray m_held;
};

} // namespace Stratum
