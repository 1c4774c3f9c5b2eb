// A second process writing the release log, for tst_twooperators: records COUNT entries
// one read-modify-write at a time, each noted "LABEL N", then exits 0 (1 on the first failure).
//   releaselog-writer PROFILE-ID LABEL COUNT SHA

#include "core/keychain/KeychainStore.h"
#include "core/keychain/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace Stratum;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QString profileId = args.at(1);
    const QString label = args.at(2);
    const int count = args.at(3).toInt();
    const QString sha = args.at(4);
    KeychainStore store(std::chrono::seconds(30));
    Vault vault(&store);
    int written = 0;
    std::function<void()> writeNext = [&]() {
        if (written == count) {
            app.exit(0);
            return;
        }
        ReleaseEntry entry;
        entry.sha = sha;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = QStringLiteral("ssh");
        entry.result = QStringLiteral("success");
        entry.who = label;
        entry.note = label + QLatin1Char(' ') + QString::number(written);
        vault.updateReleaseLog(profileId, [entry](ReleaseLog &log) { log.record(entry); }, &app, [&](const KeychainError &error) {
            if (!error.ok()) {
                QTextStream(stderr) << label << " write " << written << ": " << error.message << Qt::endl;
                app.exit(1);
                return;
            }
            ++written;
            writeNext();
        });
    };
    writeNext();
    return app.exec();
}
