#include "PaletteRanking.h"

#include <algorithm>

namespace Stratum {

namespace {

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

} // namespace

int fuzzyScore(const QString &query, const QString &text)
{
    const QString wanted = query.simplified().toCaseFolded();
    if (wanted.isEmpty())
        return 0;
    const QString haystack = text.toCaseFolded();
    int score = 0;
    qsizetype from = 0;
    qsizetype previous = -2;
    for (const QChar c : wanted) {
        if (c == QLatin1Char(' '))
            continue;
        const qsizetype at = haystack.indexOf(c, from);
        if (at < 0)
            return -1;
        score += 1;
        if (isWordStart(haystack, at))
            score += 8;
        if (at == previous + 1)
            score += 5;
        previous = at;
        from = at + 1;
    }
    if (haystack.contains(wanted))
        score += 20 + (haystack.startsWith(wanted) ? 10 : 0);
    return score;
}

QList<int> rankEntries(const QList<PaletteEntry> &entries, const QString &query, const QStringList &recentIds)
{
    struct Ranked {
        int index;
        int score;
        int recent; // position in recentIds, or a large number
    };
    QList<Ranked> ranked;
    const bool all = query.trimmed().isEmpty();
    for (int i = 0; i < entries.size(); ++i) {
        const int score = fuzzyScore(query, entries.at(i).text);
        if (score < 0)
            continue;
        const qsizetype recent = recentIds.indexOf(entries.at(i).id);
        ranked.append({i, all ? 0 : score, recent < 0 ? int(recentIds.size()) + 1 : int(recent)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&entries, all](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (!all && entries.at(a.index).enabled != entries.at(b.index).enabled)
            return entries.at(a.index).enabled;
        return a.recent < b.recent;
    });
    QList<int> order;
    for (const Ranked &r : ranked)
        order << r.index;
    return order;
}

QStringList rememberRecent(QStringList recent, const QString &id, int keep)
{
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > keep)
        recent.removeLast();
    return recent;
}

} // namespace Stratum
