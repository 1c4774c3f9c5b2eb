#pragma once

#include "core/droplet/RemoteCommands.h"
#include "core/profile/Profile.h"

#include <QString>

namespace Stratum {

// What a first connection needs to know about the droplet (the connection
// assistant's test and `stratumctl doctor`): Compose v2 there, the daemon
// reachable by the deploy user, the app directory with its clone, the env
// file present and readable by its owner only.
struct ConnectionFacts {
    bool read = false;
    QString composeVersion; // "2.26.1"; empty when docker compose did not answer
    QString composeError;
    QString daemonVersion;  // the docker daemon's version; empty when unreachable
    QString daemonError;
    bool appDirExists = false;
    QString gitHead;        // the clone's HEAD, short; empty when the app dir is not a clone
    bool envFileExists = false;
    QString envFileMode;    // octal, e.g. "600"
    // The lock directory (or, while it does not exist yet, the nearest folder above it).
    bool lockDirExists = false;
    bool lockDirIsLink = false;
    QString lockDirFilesystem; // stat -f's type: "ext2/ext3", "tmpfs", …
    QString lockDirMode;       // octal, e.g. "700"
    bool lockDirOwnedByUser = true;
    QHash<QString, LocalImage> images; // the known-good releases' images asked about, by reference
    bool lockDirVolatile() const { return lockDirFilesystem == QLatin1String("tmpfs") || lockDirFilesystem == QLatin1String("ramfs"); }
    bool lockDirWritableByOthers() const { return (lockDirMode.toInt(nullptr, 8) & 022) != 0; }
};

// One remote command for all of it (with `imageRefs`: whether the droplet still has those
// images), and its answer read back.
QString connectionFactsCommand(const Profile &profile, const QStringList &imageRefs = {}, const QString &hostName = {});
ConnectionFacts parseConnectionFacts(const QString &answer);
int composeMajorVersion(const QString &version); // 0 when unknown

// Of a release's two images, the roles ("backend", "frontend", in the operator's language) that
// the droplet's answer to RemoteCommands::localImageDigests says are not there.
QStringList missingImageRoles(const QHash<QString, LocalImage> &images, const QString &backendRef, const QString &frontendRef);
// "the backend image of 1a2b3c4 is gone from the droplet: a rollback to it needs the registry …";
// empty when nothing is missing.
QString imagesGoneSentence(const QStringList &missingRoles, const QString &sha);

// What an incident bundle records of the droplet itself: disk and memory.
struct SystemFacts {
    QString diskText;   // df -h, as the droplet printed it
    QString memoryText; // free -m
    QString appDiskUse; // "83%" of the filesystem the app lives on; empty when unknown
    QString appDiskFree; // "3.1G"
    int memoryTotalMb = -1;
    int memoryAvailableMb = -1;
};
QString systemFactsCommand(const Profile &profile, const QString &hostName = {});
SystemFacts parseSystemFacts(const QString &answer);

} // namespace Stratum
