// stratumctl through the app's kept session (core/relay): the real stratumctl sends a
// droplet command over the private local socket to a RelayServer in this test, its
// output and exit code come back as they were written, Ctrl-C is passed on, and a peer
// of another user is refused even when it reaches the socket.
#include "cli/AppRelay.h"
#include "core/app/AppServices.h"
#include "core/app/CoreContext.h"
#include "core/relay/RelayFrames.h"
#include "core/relay/RelayServer.h"

#include "TestWorld.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Stratum;
using namespace StratumTest;

namespace {

// What the test's "app" does with a relayed command: says what it was asked, on both streams, and ends with 7.
void answerWithTheArguments(RelayCall *call)
{
    call->writeOut("asked: " + call->arguments().join(QLatin1Char(' ')).toUtf8() + '\n');
    call->writeErr("on stderr\n");
    call->finish(7);
}

// This process as the app: its profile, its services, and the app's relay runner.
struct AppHere {
    AppHere() : services(loaded(core)), server([this](RelayCall *call) { runRelayedCommand(core, services, call, RelayedProfile::TheApps); }) { }
    static CoreContext &loaded(CoreContext &core)
    {
        core.loadProfile();
        return core;
    }
    CoreContext core;
    AppServices services;
    RelayServer server;
};

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesSurviveAnyCut_data()
    {
        QTest::addColumn<int>("cut");
        for (int cut : {1, 2, 3, 5, 7, 64})
            QTest::addRow("%d bytes at a time", cut) << cut;
    }

    void framesSurviveAnyCut()
    {
        QFETCH(int, cut);
        const QStringList arguments{QStringLiteral("exec"), QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("ä b")};
        const QByteArray bytes = RelayFrames::frame(RelayFrames::Type::Request, RelayFrames::request(arguments, true))
                                 + RelayFrames::frame(RelayFrames::Type::Interrupt) + RelayFrames::frame(RelayFrames::Type::Exit, "255");
        RelayFrames::Reader reader;
        QList<RelayFrames::Frame> frames;
        for (qsizetype at = 0; at < bytes.size(); at += cut) {
            reader.feed(bytes.mid(at, cut));
            while (const auto frame = reader.next())
                frames << *frame;
        }
        QVERIFY(!reader.broken());
        QCOMPARE(frames.size(), 3);
        QCOMPARE(RelayFrames::requestArguments(frames.at(0).payload), arguments);
        QVERIFY(RelayFrames::requestFromTerminal(frames.at(0).payload));
        QCOMPARE(frames.at(1).type, RelayFrames::Type::Interrupt);
        QCOMPARE(frames.at(2).payload, QByteArray("255"));
    }

    void aBrokenFrameEndsTheConversation()
    {
        RelayFrames::Reader unknown;
        unknown.feed(QByteArray("Z\0\0\0\1x", 6));
        QVERIFY(!unknown.next());
        QVERIFY(unknown.broken());
        RelayFrames::Reader tooLong;
        tooLong.feed(QByteArray("O\x7f\0\0\0", 5));
        QVERIFY(!tooLong.next());
        QVERIFY(tooLong.broken());
    }

    void aDropletCommandGoesThroughTheApp()
    {
        RelayServer server(answerWithTheArguments);
        QVERIFY(server.listen());
        QSignalSpy started(&server, &RelayServer::callStarted);
        const CtlRun run = runStratumctl({QStringLiteral("status"), QStringLiteral("--host"), QStringLiteral("droplet")});
        QVERIFY2(run.code == 7, qPrintable(QString::number(run.code) + run.out + run.err));
        QCOMPARE(run.out, QStringLiteral("asked: status --host droplet\n"));
        QCOMPARE(run.err, QStringLiteral("on stderr\n"));
        QCOMPARE(started.size(), 1);
    }

    void theSocketIsTheUsersAlone()
    {
        RelayServer server(answerWithTheArguments);
        QVERIFY(server.listen());
        QCOMPARE(QFile::permissions(RelayServer::socketPath()) & 0x0077, QFileDevice::Permissions()); // nothing for group or others
        QString error;
        RelayServer second(answerWithTheArguments);
        QVERIFY(!second.listen(&error)); // one answers per user and identity
        QVERIFY2(error.contains(QLatin1String("answers")), qPrintable(error));
    }

    // A command for another profile than the app's is declined before anything runs; stratumctl runs it itself.
    void theAppDeclinesAnotherProfile()
    {
        AppHere app;
        QVERIFY(app.server.listen());
        QSignalSpy declined(&app.server, &RelayServer::callDeclined);
        const CtlRun run = runStratumctl({QStringLiteral("--profile"), QStringLiteral("/nonexistent/other.json"), QStringLiteral("status")});
        QCOMPARE(declined.size(), 1);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot use the profile")), qPrintable(run.err)); // said by stratumctl itself
    }

    // What does not reach the droplet, --help, and a change that would ask at the terminal are declined
    // by the app before anything runs there: stratumctl runs them itself, with the same result.
    void theAppDeclinesWhatIsNotForIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("saysItself");
        QTest::newRow("not a droplet command") << QStringList{QStringLiteral("releases"), QStringLiteral("list")}
                                               << QStringLiteral("release log");
        QTest::newRow("env-lint --local") << QStringList{QStringLiteral("env-lint"), QStringLiteral("--local"), QStringLiteral("--file"),
                                                         QStringLiteral("/nonexistent/.env")}
                                          << QStringLiteral("cannot read");
        QTest::newRow("help") << QStringList{QStringLiteral("status"), QStringLiteral("--help")} << QStringLiteral("usage:");
        QTest::newRow("no command") << QStringList{QStringLiteral("--version")} << QStringLiteral("stratumctl");
    }

    void theAppDeclinesWhatIsNotForIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, saysItself);
        AppHere app;
        QVERIFY(app.server.listen());
        QSignalSpy declined(&app.server, &RelayServer::callDeclined);
        const CtlRun run = runStratumctl(arguments);
        QCOMPARE(declined.size(), 1);
        const QString said = run.out + run.err;
        QVERIFY2(said.contains(saysItself), qPrintable(said));
    }

    // --no-app, STRATUM_NO_APP=1 and the rehearsal's identity do not ask the production app at all.
    void whatMustNotGoThroughTheAppDoesNot_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("noAppVariable");
        QTest::newRow("--no-app") << QStringList{QStringLiteral("--no-app"), QStringLiteral("status")} << false;
        QTest::newRow("STRATUM_NO_APP=1") << QStringList{QStringLiteral("status")} << true;
        // The production app never gets a rehearsal's command, wherever --rehearsal stands.
        QTest::newRow("--rehearsal after the command") << QStringList{QStringLiteral("status"), QStringLiteral("--rehearsal")} << false;
    }

    void whatMustNotGoThroughTheAppDoesNot()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, noAppVariable);
        RelayServer server(answerWithTheArguments);
        QVERIFY(server.listen());
        QSignalSpy started(&server, &RelayServer::callStarted);
        if (noAppVariable)
            qputenv("STRATUM_NO_APP", "1");
        const CtlRun run = runStratumctl(arguments);
        qunsetenv("STRATUM_NO_APP");
        QVERIFY(run.code >= 0);
        QVERIFY2(!run.out.contains(QLatin1String("asked:")), qPrintable(run.out));
        QCOMPARE(started.size(), 0);
    }

    void ctrlCIsPassedOn()
    {
        QList<int> interrupts;
        RelayServer server([&interrupts](RelayCall *call) {
            call->writeOut("running\n");
            QObject::connect(call, &RelayCall::interrupted, call, [call, &interrupts](int count) {
                interrupts << count;
                call->writeErr("stopping at the next safe point\n");
                call->finish(1);
            });
        });
        QVERIFY(server.listen());
        QProcess ctl;
        ctl.start(qEnvironmentVariable("STRATUMCTL"), {QStringLiteral("health"), QStringLiteral("--watch")});
        QVERIFY(QTest::qWaitFor([&ctl]() { return ctl.bytesAvailable() > 0 || ctl.readAllStandardOutput().contains("running"); }, 10000));
        ::kill(pid_t(ctl.processId()), SIGINT);
        QVERIFY(QTest::qWaitFor([&ctl]() { return ctl.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(ctl.exitCode(), 1);
        QCOMPARE(interrupts, QList<int>{1});
        QVERIFY(ctl.readAllStandardError().contains("next safe point"));
    }

    // A process of another user that reaches the socket (here: made reachable on purpose) is refused
    // by the peer check, and nothing runs.
    void anotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a client as another user (setpriv)");
        const QString setpriv = findProgram(QStringLiteral("setpriv"));
        const QString python = QStringLiteral("/usr/bin/python3");
        if (setpriv.isEmpty() || !QFile::exists(python))
            QSKIP("needs setpriv and python3");
        RelayServer server(answerWithTheArguments);
        QVERIFY(server.listen());
        QSignalSpy refused(&server, &RelayServer::peerRefused);
        QSignalSpy started(&server, &RelayServer::callStarted);
        const QString path = RelayServer::socketPath();
        QFile::setPermissions(path, QFileDevice::Permissions(0x7777)); // the file mode is the first wall; the peer check the second
        QHash<QString, QFileDevice::Permissions> modes; // the world's directories down to the socket, opened for a moment
        for (QString dir = path.section(QLatin1Char('/'), 0, -2); dir.startsWith(worldDir()); dir = dir.section(QLatin1Char('/'), 0, -2)) {
            modes.insert(dir, QFile::permissions(dir));
            QFile::setPermissions(dir, modes.value(dir) | QFileDevice::ExeOther);
        }
        const QString client = QStringLiteral(
            "import socket,struct,sys\n"
            "s=socket.socket(socket.AF_UNIX)\ns.connect(sys.argv[1])\n"
            "p=b'0status\\0'\ns.sendall(b'R'+struct.pack('>I',len(p))+p)\n"
            "try:\n    a=s.recv(100)\nexcept ConnectionResetError:\n    a=b''\n"
            "print('answer:', a)\n");
        QProcess other;
        other.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), python,
                              QStringLiteral("-c"), client, path});
        QVERIFY(QTest::qWaitFor([&other]() { return other.state() == QProcess::NotRunning; }, 10000));
        for (auto it = modes.cbegin(); it != modes.cend(); ++it)
            QFile::setPermissions(it.key(), it.value());
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData()); // it did reach the socket
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("answer: b''"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toUInt(), 65534u);
        QCOMPARE(started.size(), 0);
    }

    // With nothing listening, stratumctl connects itself, as before (here: no host is set up, so it says so).
    void withoutTheAppStratumctlConnectsItself()
    {
        const CtlRun run = runStratumctl({QStringLiteral("status")});
        QVERIFY(run.code != 7 && run.code >= 0);
        QVERIFY(!run.out.contains(QLatin1String("asked:")));
        QVERIFY2(run.out.contains(QLatin1String("no host is set up")), qPrintable(run.out + run.err));
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
