#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stratum {

// One command's stream out of a kept remote shell, cut at the sentinel the shell prints after it.
// Pure: bytes in, the command's own bytes out, exactly as it wrote them. A tail that could be the
// start of the sentinel is held back until the next bytes tell.
class SentinelCut
{
public:
    explicit SentinelCut(QByteArray sentinel) : m_sentinel(std::move(sentinel)) {}

    // The part of `bytes` (with what was held back) that is the command's own output.
    QByteArray feed(const QByteArray &bytes);
    bool ended() const { return m_ended; }
    const QByteArray &after() const { return m_after; } // what followed the sentinel so far

private:
    QByteArray m_sentinel;
    QByteArray m_held;
    QByteArray m_after;
    bool m_ended = false;
};

// What the kept shell is sent for one command, and how its end is recognised.
struct ShellFrame {
    QByteArray marker; // random per command: output cannot end a command by accident

    static ShellFrame random();
    // The command in a subshell (a `cd` or `exit` stays there), stdin from /dev/null, then the marker with
    // its status on stdout and the marker on stderr. `eval` of a quoted string: a syntax error in the
    // command is its own error and cannot swallow the lines after it.
    QByteArray script(const QString &command) const;
    QByteArray sentinel() const { return '\n' + marker + ' '; }
    // The status from what followed the stdout sentinel: "0\n" → 0; nothing while the line is incomplete.
    static std::optional<int> status(const QByteArray &after);
};

} // namespace Stratum
