#include "ConsoleIntake.h"

namespace Stratum {

namespace {
constexpr qsizetype mergeUpTo = 64 * 1024; // small reads join the previous chunk up to this size

bool isOutput(ConsoleIntake::Kind kind)
{
    return kind == ConsoleIntake::Kind::Stdout || kind == ConsoleIntake::Kind::Stderr;
}

bool endsLine(const ConsoleIntake::Chunk &chunk)
{
    return !isOutput(chunk.kind) || chunk.bytes.endsWith('\n');
}
} // namespace

ConsoleIntake::ConsoleIntake(qsizetype keepLines, qint64 keepBytes) : m_keepLines(keepLines), m_keepBytes(keepBytes) {}

void ConsoleIntake::setKeepLines(qsizetype lines)
{
    m_keepLines = lines;
    dropWhatCannotBeShown();
}

void ConsoleIntake::append(Kind kind, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!isOutput(kind)) {
        m_chunks.append({kind, bytes, 1});
        m_bytes += bytes.size();
        ++m_lines;
    } else {
        const qsizetype lineEnd = bytes.lastIndexOf('\n') + 1;
        if (lineEnd > 0)
            push(kind, bytes.left(lineEnd));
        if (lineEnd < bytes.size())
            push(kind, bytes.mid(lineEnd)); // an unfinished line: its own chunk, so that the one before ends a line
    }
    if (m_lines > m_keepLines || m_bytes > m_keepBytes)
        dropWhatCannotBeShown();
}

void ConsoleIntake::push(Kind kind, const QByteArray &bytes)
{
    const qsizetype lines = bytes.count('\n');
    m_bytes += bytes.size();
    m_lines += lines;
    if (!m_chunks.isEmpty()) {
        Chunk &last = m_chunks.last();
        const bool continuesLine = last.kind == kind && !endsLine(last);
        const bool small = last.kind == kind && isOutput(kind) && last.bytes.size() + bytes.size() <= mergeUpTo
                           && bytes.endsWith('\n');
        if (continuesLine || small) {
            last.bytes += bytes;
            last.lines += lines;
            return;
        }
    }
    m_chunks.append({kind, bytes, lines});
}

void ConsoleIntake::forgetFront()
{
    m_bytes -= m_chunks.first().bytes.size();
    m_lines -= m_chunks.first().lines;
    m_chunks.removeFirst();
}

// Whole chunks first; then the surplus lines at the front of the first chunk. A chunk that
// ends mid-line (another stream's output came between) stops the dropping: what is kept
// must start at a line's start.
void ConsoleIntake::dropWhatCannotBeShown()
{
    while (m_chunks.size() > 1 && endsLine(m_chunks.first())
           && (m_lines - m_chunks.first().lines >= m_keepLines || m_bytes > m_keepBytes))
        forgetFront();
    if (m_chunks.isEmpty() || m_lines <= m_keepLines)
        return;
    Chunk &first = m_chunks.first();
    if (!isOutput(first.kind))
        return;
    qsizetype surplus = std::min(m_lines - m_keepLines, first.lines);
    qsizetype cut = -1;
    for (qsizetype dropped = 0; dropped < surplus; ++dropped)
        cut = first.bytes.indexOf('\n', cut + 1);
    if (cut < 0)
        return;
    first.bytes.remove(0, cut + 1);
    first.lines -= surplus;
    m_lines -= surplus;
    m_bytes -= cut + 1;
    if (first.bytes.isEmpty())
        m_chunks.removeFirst();
}

QList<ConsoleIntake::Chunk> ConsoleIntake::takeLines(qsizetype lines, bool includePartialLine)
{
    QList<Chunk> now;
    qsizetype budget = lines;
    while (!m_chunks.isEmpty() && budget > 0) {
        Chunk &first = m_chunks.first();
        const bool unfinishedNewest = !endsLine(first) && m_chunks.size() == 1;
        if (first.lines <= budget && (!unfinishedNewest || includePartialLine)) {
            budget -= std::max<qsizetype>(first.lines, 1);
            now.append(first);
            forgetFront();
            continue;
        }
        if (first.lines == 0)
            break; // the newest line, still arriving: wait for its end
        qsizetype cut = -1;
        for (qsizetype taken = 0; taken < std::min(budget, first.lines); ++taken)
            cut = first.bytes.indexOf('\n', cut + 1);
        const qsizetype taken = std::min(budget, first.lines);
        now.append({first.kind, first.bytes.left(cut + 1), taken});
        first.bytes.remove(0, cut + 1);
        first.lines -= taken;
        m_lines -= taken;
        m_bytes -= cut + 1;
        budget -= taken;
        break;
    }
    return now;
}

void ConsoleIntake::clear()
{
    m_chunks.clear();
    m_bytes = 0;
    m_lines = 0;
}

} // namespace Stratum
