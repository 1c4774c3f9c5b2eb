// SSH engine benchmark, side by side with OpenSSH against the same loopback sshd.
//
//   (1) whole process: `stratumctl exec -- true` vs `ssh host true`, fresh connections both
//   (2) 100 commands on one kept session, in-process, vs OpenSSH multiplexed (ControlMaster)
//   (1b) the whole process through a kept session (`stratumctl keep`) vs a fresh `ssh`
// The console's intake under a flood is bench/console_bench.
//
// Run it through the test harness (it needs the keychain for stratumctl):
//   tests/harness/run-test.sh -- build/release/bench/ssh_bench build/release/src/stratumctl
// STRATUM_BENCH_USER=name logs in as that user (one with /bin/sh as its shell).
#include "BenchWorld.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "core/ssh/SshSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <libssh2.h>

using namespace Stratum;
using namespace StratumTest;
using namespace StratumBench;
using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    libssh2_init(0);
    const QString stratumctl = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("stratumctl");
    const int processRuns = 15;
    const int keptRuns = 100;

    SshdFixture sshd;
    if (!startDroplet(sshd))
        return 1;
    auto ctl = [&](const QStringList &arguments) {
        QProcess p;
        p.start(stratumctl, arguments);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--address"),
         QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(sshd.port()), QStringLiteral("--user"),
         sshd.user(), QStringLiteral("--key"), sshd.userKeyPath()});
    if (ctl({QStringLiteral("host"), QStringLiteral("trust"), QStringLiteral("bench"), QStringLiteral("--fingerprint"),
             sshd.hostKeyFingerprint()}) != 0) {
        std::fprintf(stderr, "cannot trust the bench host (is a keychain running? use tests/harness/run-test.sh)\n");
        return 1;
    }

    std::printf("# SSH engine benchmark (loopback sshd, user %s)\n\n", qPrintable(sshd.user()));
    std::printf("| measure | Stratum Deploy | OpenSSH | ratio | target |\n|---|---|---|---|---|\n");

    // (1) whole process, fresh connections
    std::vector<double> ours, theirs;
    for (int i = 0; i < processRuns; ++i) {
        ours.push_back(timeProcess(stratumctl, {QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}));
        theirs.push_back(timeProcess(QStringLiteral("ssh"), sshArguments(sshd, {}, QStringLiteral("true"))));
    }
    std::printf("| (1) `stratumctl exec -- true` vs `ssh host true`, median of %d, ms | %.1f | %.1f | %.2f | <= 0.7 (the SSH engine issue asked <= 1.0) |\n",
                processRuns, median(ours), median(theirs), median(ours) / median(theirs));

    // (1d) the floor: the smallest client on libssh2 alone (no Qt, keychain, redaction, host-key
    // check), beside a fresh `ssh` again: what any cold client pays here, the droplet's sshd included.
    const QString floorClient = QCoreApplication::applicationDirPath() + QStringLiteral("/libssh2_floor");
    std::vector<double> floor, theirsAgain;
    for (int i = 0; i < processRuns; ++i) {
        floor.push_back(timeProcess(floorClient, {QStringLiteral("127.0.0.1"), QString::number(sshd.port()), sshd.user(),
                                                  sshd.userKeyPath(), QStringLiteral("true")}));
        theirsAgain.push_back(timeProcess(QStringLiteral("ssh"), sshArguments(sshd, {}, QStringLiteral("true"))));
    }
    std::printf("| (1d) the floor: a minimal libssh2 client without Qt (bench/libssh2_floor) vs `ssh host true`, median of %d, ms "
                "| %.1f | %.1f | %.2f | |\n",
                processRuns, median(floor), median(theirsAgain), median(floor) / median(theirsAgain));

    // (2) kept session in-process vs OpenSSH multiplexed
    const QString control = sshd.dir() + QStringLiteral("/mux.sock");
    const QStringList mux{QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"), QStringLiteral("-o"),
                          QStringLiteral("ControlPath=") + control, QStringLiteral("-o"), QStringLiteral("ControlPersist=120")};
    timeProcess(QStringLiteral("ssh"), sshArguments(sshd, mux, QStringLiteral("true"))); // starts the master
    std::vector<double> muxed;
    for (int i = 0; i < keptRuns; ++i)
        muxed.push_back(timeProcess(QStringLiteral("ssh"), sshArguments(sshd, mux, QStringLiteral("true"))));

    SshTarget target = sshd.target(QStringLiteral("bench"), false);
    target.knownHostsPath = sshd.dir() + QStringLiteral("/known_hosts"); // written by sshRun above
    // keptShell: commands after the first run in one kept `/bin/sh` on the droplet; without it, each on a channel of its own.
    const auto runKept = [&](bool keptShell, std::vector<double> &times) {
        target.keptShell = keptShell;
        SshSession session(target);
        QElapsedTimer commandClock;
        int remaining = keptRuns;
        std::function<void()> runNext = [&]() {
            if (remaining-- == 0) {
                app.quit();
                return;
            }
            commandClock.start();
            SshCommand *command = session.exec(QStringLiteral("true"), 30s);
            QObject::connect(command, &SshCommand::finished, &app, [&](const SshExit &) {
                times.push_back(commandClock.nsecsElapsed() / 1e6);
                QTimer::singleShot(0, &app, runNext);
            });
        };
        QObject::connect(&session, &SshSession::ready, &app, [&]() { runNext(); });
        QObject::connect(&session, &SshSession::failed, &app, [&](const SshError &e) {
            std::fprintf(stderr, "session failed: %s\n", qPrintable(e.message));
            app.exit(1);
        });
        session.open();
        return app.exec() == 0;
    };
    std::vector<double> kept;
    std::vector<double> ownChannels;
    if (!runKept(true, kept) || !runKept(false, ownChannels))
        return 1;
    std::printf("| (2) 100 x `true` on one kept session (in-process, its kept shell) vs `ssh -o ControlPath=…` , median ms "
                "| %.2f | %.2f | %.2f | <= 0.2 |\n",
                median(kept), median(muxed), median(kept) / median(muxed));
    std::printf("| (2e) the same, each command on a channel of its own (SshTarget::keptShell off) vs the same mux, median ms "
                "| %.2f | %.2f | %.2f | |\n",
                median(ownChannels), median(muxed), median(ownChannels) / median(muxed));

    // (1b) the same whole process, through a kept session: `stratumctl keep` answers on the relay socket
    // as the app does when it runs (the same RelayServer and runner; the app keeps its sessions the same way).
    ctl({QStringLiteral("keep"), QStringLiteral("--minutes"), QStringLiteral("5")});
    timeProcess(stratumctl, {QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}); // the keeper connects
    std::vector<double> relayed, fresh;
    for (int i = 0; i < processRuns; ++i) {
        relayed.push_back(timeProcess(stratumctl, {QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("true")}));
        fresh.push_back(timeProcess(QStringLiteral("ssh"), sshArguments(sshd, {}, QStringLiteral("true"))));
    }
    std::printf("| (1b) `stratumctl exec -- true` through the kept session (app / `stratumctl keep`) vs `ssh host true`, "
                "median of %d, ms | %.1f | %.1f | %.2f | <= 0.3 |\n",
                processRuns, median(relayed), median(fresh), median(relayed) / median(fresh));
    std::printf("| (1c) the same vs OpenSSH's ControlPersist client (`ssh -o ControlPath=…`, from (2)), ms | %.1f | %.1f | %.2f | |\n",
                median(relayed), median(muxed), median(relayed) / median(muxed));

    libssh2_exit();
    return 0;
}
