#pragma once

#include <QString>
#include <QStringList>

namespace Stratum {

// What both binaries do first.
namespace Startup {

// Before Qt's application object exists: a locale whose character encoding is not UTF-8
// (LANG=C, LC_ALL=POSIX, no LANG at all: cron, systemd units, containers, many SSH sessions)
// gets a UTF-8 LC_CTYPE, so Qt has nothing to warn about; the language, numbers and dates
// stay what the environment chose.
void useUtf8Encoding();

// Organization, application name and version: where QSettings, the log and
// the keychain entries live; and, on macOS, the login session's ssh-agent.
void identify();
// English plural forms always, then the language the operator chose in
// Settings (QSettings "ui/language": "system", "en" or "de"), or the
// system's when there is a translation for it.
void installTranslations();
// What --version prints: the program, this version and commit, and the libraries it runs
// with (Qt at run time and at build time, libssh2, and `more`, e.g. KF6 SyntaxHighlighting).
QString versionText(const QString &program, const QStringList &more = {});
QString chosenLanguage();             // "system" when none was chosen
void chooseLanguage(const QString &language); // applies at the next start

} // namespace Startup

} // namespace Stratum
