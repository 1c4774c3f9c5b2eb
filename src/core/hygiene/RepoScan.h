#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stratum {

// Runbook §8.4: no live keys in the repository. Tracked files are searched
// with `git grep`; a hit is reported by file, line and kind — never the value,
// which is dropped as soon as its kind is known.
struct SecretSighting {
    QString path;
    int line = 0;
    QString kind; // "Stripe live secret key", …
};

struct RepoScanResult {
    QString error; // the scan could not run (not a git checkout, no git)
    QList<SecretSighting> sightings;
    int filesSearched = -1;
};

// The kind of secret-shaped text in `line`, or empty.
QString secretKindIn(const QString &line);
// The git grep arguments (extended regexes) that find every kind secretKindIn knows.
QStringList repoScanArguments();
// `git grep -z -n` output ("path\0line\0text\n" records) as sightings; the text is not kept.
QList<SecretSighting> parseSecretSightings(QByteArray output);

void scanRepository(const QString &checkout, QObject *context, std::function<void(const RepoScanResult &)> done);

} // namespace Stratum
