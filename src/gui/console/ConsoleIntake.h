#pragma once

#include <QByteArray>
#include <QList>

namespace Stratum {

// What has arrived for the console and is not shown yet: chunks of raw bytes, each
// with its line count. Intake is cheap and bounded: only the newest `keepLines` lines
// can ever be shown, so older lines are dropped unseen, whole chunks at a time, and
// never in the middle of a line (redaction only ever sees whole lines). Chunks of one
// stream end at a line's end, except the newest: a read that stops mid-line is split.
class ConsoleIntake
{
public:
    enum class Kind { Command, Stdout, Stderr, Info };
    struct Chunk {
        Kind kind;
        QByteArray bytes; // UTF-8, not yet redacted
        qsizetype lines = 0;
    };

    explicit ConsoleIntake(qsizetype keepLines = 20000, qint64 keepBytes = 4 * 1024 * 1024);

    void setKeepLines(qsizetype lines);
    void append(Kind kind, const QByteArray &bytes);
    // Up to `lines` whole lines (a command or a note counts as one) off the front. The
    // newest stream's unfinished line only with includePartialLine.
    QList<Chunk> takeLines(qsizetype lines, bool includePartialLine);
    void clear();

    bool isEmpty() const { return m_chunks.isEmpty(); }
    qint64 bytes() const { return m_bytes; }
    qsizetype lines() const { return m_lines; }

private:
    void push(Kind kind, const QByteArray &bytes);
    void dropWhatCannotBeShown();
    void forgetFront();

    QList<Chunk> m_chunks;
    qsizetype m_keepLines;
    qint64 m_keepBytes;
    qint64 m_bytes = 0;
    qsizetype m_lines = 0;
};

} // namespace Stratum
