#include "ShellFraming.h"

#include <QRandomGenerator>

namespace Stratum {

QByteArray SentinelCut::feed(const QByteArray &bytes)
{
    if (m_ended) {
        m_after += bytes;
        return {};
    }
    const QByteArray data = m_held.isEmpty() ? bytes : m_held + bytes; // shared, not copied, when nothing was held
    const qsizetype at = data.indexOf(m_sentinel);
    if (at >= 0) {
        m_ended = true;
        m_held.clear();
        m_after = data.mid(at + m_sentinel.size());
        return data.left(at);
    }
    qsizetype held = std::min(data.size(), m_sentinel.size() - 1);
    while (held > 0 && !data.endsWith(QByteArrayView(m_sentinel).first(held)))
        --held;
    m_held = data.right(held);
    return data.chopped(held);
}

ShellFrame ShellFrame::random()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return {"stratum-end-" + QByteArray::number(words[0], 16) + QByteArray::number(words[1], 16)};
}

QByteArray ShellFrame::script(const QString &command) const
{
    QByteArray quoted = command.toUtf8();
    quoted.replace('\'', "'\\''");
    return "( eval '" + quoted + "' ) </dev/null; printf '\\n%s %d\\n' " + marker + " \"$?\"; printf '\\n%s \\n' "
           + marker + " >&2\n";
}

std::optional<int> ShellFrame::status(const QByteArray &after)
{
    const qsizetype end = after.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    bool ok = false;
    const int value = after.left(end).toInt(&ok);
    return ok ? std::optional<int>(value) : std::optional<int>(-1);
}

} // namespace Stratum
