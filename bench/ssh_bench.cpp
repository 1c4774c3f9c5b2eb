// SSH engine benchmark, side by side with OpenSSH against the same loopback sshd.
//
//   (1) whole process: `stratumctl exec -- true` vs `ssh host true`, fresh connections both
//   (2) 100 commands on one kept session, in-process, vs OpenSSH multiplexed (ControlMaster)
//   (3) 50 MB of remote output into the console: intake throughput vs `ssh host cat` > /dev/null,
//       render rate, longest event-loop stall, peak memory
//
// Run it through the test harness (it needs the keychain for stratumctl):
//   tests/harness/run-test.sh -- build/release/bench/ssh_bench build/release/src/stratumctl
// STRATUM_BENCH_USER=name logs in as that user (one with /bin/sh as its shell).
#include "BenchWorld.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include "core/redaction/Redactor.h"
#include "core/ssh/SshSession.h"
#include "gui/console/ConsoleView.h"

#include <KSyntaxHighlighting/Repository>

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

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    libssh2_init(0);
    const QString stratumctl = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("stratumctl");
    const int processRuns = 15;
    const int keptRuns = 100;
    const qint64 streamBytes = 50LL * 1024 * 1024;

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
    std::printf("| (1) `stratumctl exec -- true` vs `ssh host true`, median of %d, ms | %.1f | %.1f | %.2f | <= 1.0 |\n",
                processRuns, median(ours), median(theirs), median(ours) / median(theirs));

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
    SshSession session(target);
    std::vector<double> kept;
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
            kept.push_back(commandClock.nsecsElapsed() / 1e6);
            QTimer::singleShot(0, &app, runNext);
        });
    };
    QObject::connect(&session, &SshSession::ready, &app, [&]() { runNext(); });
    QObject::connect(&session, &SshSession::failed, &app, [&](const SshError &e) {
        std::fprintf(stderr, "session failed: %s\n", qPrintable(e.message));
        app.exit(1);
    });
    session.open();
    if (app.exec() != 0)
        return 1;
    std::printf("| (2) 100 x `true` on one kept session (in-process) vs `ssh -o ControlPath=…` , median ms | %.2f | %.2f | %.2f | <= 1.0 |\n",
                median(kept), median(muxed), median(kept) / median(muxed));

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

    // (3) 50 MB into the console
    const QString produce = QStringLiteral("yes 'INFO worker ingestion cycle finished: 1234 odds rows in 2.3 s, next run in 60 s' | head -c %1").arg(streamBytes);
    const double sshMs = timeProcess(QStringLiteral("ssh"), sshArguments(sshd, {}, produce));
    const double sshMBs = streamBytes / 1048576.0 / (sshMs / 1000.0);

    KSyntaxHighlighting::Repository repository;
    Redactor redactor;
    redactor.addSecret(QStringLiteral("ghp_NotInTheStreamButChecked0123456789"));
    ConsoleView console(repository, &redactor);
    console.setScrollback(20000);
    console.resize(1000, 600);
    console.show();
    // Warm up as a running app would be: fonts and layout are initialised once, before the stream.
    console.appendCommand(produce);
    console.appendOutput("warm-up line\n", false);
    console.flush();
    QApplication::processEvents();
    qint64 longestStallNs = 0;
    QElapsedTimer streamClock;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    heartbeat.setTimerType(Qt::PreciseTimer);
    qint64 stallAtMs = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&]() {
        if (tick.nsecsElapsed() > longestStallNs) {
            longestStallNs = tick.nsecsElapsed();
            stallAtMs = streamClock.elapsed();
        }
        tick.restart();
    });
    double streamMs = 0;
    const int rendersBefore = console.renders();
    SshCommand *stream = session.exec(produce, 300s);
    QObject::connect(stream, &SshCommand::stdoutData, &app, [&](const QByteArray &data) { console.appendOutput(data, false); });
    QObject::connect(stream, &SshCommand::finished, &app, [&](const SshExit &exit) {
        streamMs = streamClock.nsecsElapsed() / 1e6;
        if (!exit.error.ok())
            std::fprintf(stderr, "stream failed: %s\n", qPrintable(exit.error.message));
        QTimer::singleShot(100, &app, &QApplication::quit); // let the last render happen
    });
    streamClock.start();
    tick.start();
    heartbeat.start();
    app.exec();
    const double ourMBs = console.bytesTakenIn() / 1048576.0 / (streamMs / 1000.0);
    const int renders = console.renders() - rendersBefore;
    const double rendersPerSecond = renders / ((streamMs + 100.0) / 1000.0); // the stream plus the 100 ms drain
    std::printf("| (3) 50 MB into the console transcript vs `ssh host cmd > /dev/null`, MB/s | %.0f | %.0f | %.2f | >= 0.5 |\n",
                ourMBs, sshMBs, ourMBs / sshMBs);
    std::printf("\nConsole during (3): %d renders in %.2f s = %.1f renders/s (target <= 30); longest event-loop stall "
                "%.1f ms (target <= 50); peak RSS %lld MiB with a %d-line scrollback; %lld bytes taken in.\n",
                renders, (streamMs + 100.0) / 1000.0, rendersPerSecond, longestStallNs / 1e6, peakRssKb() / 1024,
                console.scrollback(), console.bytesTakenIn());
    std::printf("(the longest stall ended %lld ms after the stream started; the stream took %.0f ms)\n", stallAtMs, streamMs);
    libssh2_exit();
    return 0;
}
