#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Stratum {

// A .tar.gz made in memory (POSIX ustar, gzip): what an incident bundle is
// saved as, readable by tar on every Mac and Linux and by Finder.
struct ArchiveFile {
    QString path;       // relative, '/'-separated, at most 100 bytes of UTF-8
    QByteArray content;
    bool executable = false; // mode 0755 instead of 0600 (a container image's programs)
};

QByteArray tarArchive(const QList<ArchiveFile> &files, const QDateTime &modified);
QByteArray gzipCompress(const QByteArray &data); // empty when zlib failed
QByteArray gzipDecompress(const QByteArray &data); // for tests and checks; empty on damage

} // namespace Stratum
