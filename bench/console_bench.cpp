// A console that never stutters: remote output into the console view over a kept session
// to a loopback sshd, side by side with OpenSSH reading the same output into /dev/null.
//
//   (3) flood: 50 MB as fast as the droplet sends it — intake throughput vs
//       `ssh host cmd > /dev/null`, renders per second, longest event-loop stall
//   (3f) follow: a worker writing 10,000 lines a second for 3 s, as `diag logs --follow`
//       shows it — longest stall, and how far the view trails the stream at its end
//
// The stall is the longest gap between the ticks of a 5 ms precise timer while output
// arrives (a frame at 60 Hz is 16.7 ms). Each scenario runs three times; medians.
// With --events the slowest event deliveries of each run are listed (receiver, type, ms).
//
//   STRATUM_BENCH_USER=stratumbench tests/harness/run-test.sh --timeout 300 -- build/bench/bench/console_bench
#include "BenchWorld.h"
#include "SshdFixture.h"

#include "core/redaction/Redactor.h"
#include "core/ssh/SshSession.h"
#include "gui/console/ConsoleView.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

#include <libssh2.h>

using namespace Stratum;
using namespace StratumTest;
using namespace StratumBench;
using namespace std::chrono_literals;

namespace {

// Times every event delivery, to say where a stall went.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool recording = false;
    std::multimap<double, QString, std::greater<>> slowest;
    QStringList sinceTick; // what ran since the heartbeat's last tick

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording)
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const QString who = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/') + receiver->objectName();
        const bool result = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (ms > 0.3)
            sinceTick.append(QStringLiteral("%1 ms %2 event %3").arg(ms, 0, 'f', 1).arg(who).arg(type));
        if (ms > 4.0) {
            slowest.emplace(ms, QStringLiteral("%1 event %2").arg(who).arg(type));
            if (slowest.size() > 8)
                slowest.erase(std::prev(slowest.end()));
        }
        return result;
    }
};

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

struct Run {
    double streamMs = 0;
    double stallMs = 0;
    double stallAtMs = 0;
    double trailMs = 0; // from the stream's end until nothing is pending in the view
    double renders = 0;
    QStringList stallEvents;
    qint64 bytes = 0;
};

Run streamInto(TimedApplication &app, SshSession &session, const QString &command, bool listEvents)
{
    KSyntaxHighlighting::Repository repository;
    Redactor redactor;
    redactor.addSecret(QStringLiteral("ghp_NotInTheStreamButChecked0123456789"));
    ConsoleView console(repository, &redactor);
    console.setScrollback(20000);
    console.resize(1000, 600);
    console.show();
    // Warm up as a running app would be: fonts and layout are initialised once, before the stream.
    console.appendCommand(command);
    console.appendOutput("warm-up line\n", false);
    console.flush();
    QApplication::processEvents();

    Run run;
    QElapsedTimer streamClock, tick;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    heartbeat.setTimerType(Qt::PreciseTimer);
    bool streaming = true;
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&]() {
        const double gap = tick.nsecsElapsed() / 1e6;
        if (streaming && gap > run.stallMs) {
            run.stallMs = gap;
            run.stallAtMs = streamClock.elapsed();
            run.stallEvents = app.sinceTick;
        }
        app.sinceTick.clear();
        tick.restart();
    });
    const int rendersBefore = console.renders();
    SshCommand *stream = session.exec(command, 300s);
    QObject::connect(stream, &SshCommand::stdoutData, &app, [&](const QByteArray &data) { console.appendOutput(data, false); });
    QElapsedTimer trail;
    QTimer drained;
    drained.setInterval(1);
    QObject::connect(&drained, &QTimer::timeout, &app, [&]() {
        if (console.pendingBytes() == 0 || trail.elapsed() > 5000) {
            run.trailMs = trail.nsecsElapsed() / 1e6;
            QTimer::singleShot(50, &app, &QApplication::quit);
            drained.stop();
        }
    });
    QObject::connect(stream, &SshCommand::finished, &app, [&](const SshExit &exit) {
        run.streamMs = streamClock.nsecsElapsed() / 1e6;
        streaming = false;
        if (!exit.error.ok())
            std::fprintf(stderr, "stream failed: %s\n", qPrintable(exit.error.message));
        trail.start();
        drained.start();
    });
    app.slowest.clear();
    app.recording = listEvents;
    streamClock.start();
    tick.start();
    heartbeat.start();
    app.exec();
    app.recording = false;
    run.renders = console.renders() - rendersBefore;
    run.bytes = console.bytesTakenIn();
    if (listEvents) {
        std::printf("    (longest stall %.1f ms, ended %.0f ms into a stream of %.0f ms)\n", run.stallMs, run.stallAtMs, run.streamMs);
        std::printf("    in it: %s\n", qPrintable(run.stallEvents.join(QStringLiteral("; "))));
    }
    return run;
}

double medianOf(const std::vector<Run> &runs, double Run::*field)
{
    std::vector<double> values;
    for (const Run &run : runs)
        values.push_back(run.*field);
    return median(values);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const bool listEvents = app.arguments().contains(QStringLiteral("--events"));
    libssh2_init(0);
    const qint64 floodBytes = 50LL * 1024 * 1024;
    const int runs = 3;
    const bool floodOnly = app.arguments().contains(QStringLiteral("--flood-only"));
    const bool followOnly = app.arguments().contains(QStringLiteral("--follow-only"));

    SshdFixture sshd;
    if (!startDroplet(sshd))
        return 1;
    SshTarget target = sshd.target(QStringLiteral("bench"), false);
    target.knownHostsPath = sshd.dir() + QStringLiteral("/known_hosts");
    SshSession session(target);
    QObject::connect(&session, &SshSession::ready, &app, &QApplication::quit);
    session.open();
    app.exec();

    std::printf("# Console benchmark (loopback sshd, user %s, 20,000-line scrollback)\n\n", qPrintable(sshd.user()));
    std::printf("| measure | Stratum Deploy | OpenSSH | ratio | target |\n|---|---|---|---|---|\n");

    const QString flood = QStringLiteral("yes 'INFO worker ingestion cycle finished: 1234 odds rows in 2.3 s, next run in 60 s' | head -c %1").arg(floodBytes);
    std::vector<double> sshMs;
    std::vector<Run> floods;
    for (int i = 0; i < runs && !followOnly; ++i) {
        sshMs.push_back(timeProcess(QStringLiteral("ssh"), sshArguments(sshd, {}, flood)));
        if (listEvents)
            std::printf("  flood run %d, slowest events:\n", i + 1);
        floods.push_back(streamInto(app, session, flood, listEvents));
    }
    if (!followOnly) {
    const double ourMBs = floodBytes / 1048576.0 / (medianOf(floods, &Run::streamMs) / 1000.0);
    const double sshMBs = floodBytes / 1048576.0 / (median(sshMs) / 1000.0);
    std::printf("| (3) 50 MB into the console vs `ssh host cmd > /dev/null`, MB/s | %.0f | %.0f | %.2f | >= 1.0 |\n", ourMBs,
                sshMBs, ourMBs / sshMBs);
    std::printf("| (3) longest event-loop stall during the flood, ms (runs: %.1f / %.1f / %.1f) | %.1f | | | <= 16 |\n",
                floods[0].stallMs, floods[1].stallMs, floods[2].stallMs, medianOf(floods, &Run::stallMs));

    }
    // A worker writing 10,000 lines a second: 100 lines, then 10 ms of sleep, 300 times.
    const QString follow = QStringLiteral(
        "awk 'BEGIN { for (i = 0; i < 30000; i++) { printf \"worker-1  | %s INFO ingestion row %d done\\n\", \"2026-12-06T02:00:00Z\", i;"
        " if (i % 100 == 99) { fflush(); system(\"sleep 0.01\") } } }'");
    std::vector<Run> follows;
    for (int i = 0; i < runs && !floodOnly; ++i) {
        if (listEvents)
            std::printf("  follow run %d, slowest events:\n", i + 1);
        follows.push_back(streamInto(app, session, follow, listEvents));
    }
    if (!floodOnly) {
    std::printf("| (3f) a worker writing 10,000 lines/s for ~3 s, longest stall, ms (runs: %.1f / %.1f / %.1f; the stream took %.0f ms) | %.1f | | | <= 16 |\n",
                follows[0].stallMs, follows[1].stallMs, follows[2].stallMs, medianOf(follows, &Run::streamMs),
                medianOf(follows, &Run::stallMs));
    std::printf("| (3f) the view trails the stream's end by, ms | %.1f | | | |\n", medianOf(follows, &Run::trailMs));
    }
    if (!followOnly)
    std::printf("\nDuring the floods: %.0f renders/s until the view caught up (at most 60), which took %.0f ms after the stream's end; "
                "the longest stall ended %.0f ms into the stream.\n",
                medianOf(floods, &Run::renders) / ((medianOf(floods, &Run::streamMs) + medianOf(floods, &Run::trailMs)) / 1000.0),
                medianOf(floods, &Run::trailMs), medianOf(floods, &Run::stallAtMs));
    std::printf("Peak RSS of this process: %lld MiB (a 20,000-line scrollback).\n", peakRssKb() / 1024);
    libssh2_exit();
    return 0;
}
