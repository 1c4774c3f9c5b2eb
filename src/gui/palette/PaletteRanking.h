#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stratum {

// One thing the command palette can do: every menu action, and what the app knows now
// (each rollback target with its age, each service's logs).
struct PaletteEntry {
    QString id;             // stable across runs: what "recent" remembers
    QString text;           // "Roll back to 1a2b3c4d5e6f — known-good since 3 Dec, deployed 2 days ago"
    QString group;          // "Droplet", "Go", …
    QKeySequence shortcut;  // empty when it has none
    bool enabled = true;
    QString disabledReason; // why it cannot run now ("locked by …", "no known-good release")
    std::function<void()> run;
};

// How well `query` matches `text`: < 0 when it does not (every character of the query must
// appear in order, case-insensitively); higher for matches at word starts, in runs, and whole.
int fuzzyScore(const QString &query, const QString &text);

// The entries to list for `query`, best first, as indexes into `entries`: matches by score, then
// what can run before what cannot, then the recent ones (most recent first), then the given order.
// With an empty query: the recent ones first, then all others in the given order.
QList<int> rankEntries(const QList<PaletteEntry> &entries, const QString &query, const QStringList &recentIds);

// `recent` with `id` moved to the front, at most `keep` long.
QStringList rememberRecent(QStringList recent, const QString &id, int keep = 8);

} // namespace Stratum
