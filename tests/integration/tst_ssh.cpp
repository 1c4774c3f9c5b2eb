// The libssh2 engine on the Qt event loop against a real OpenSSH sshd.
#include "core/ssh/RemoteHost.h"
#include "core/ssh/SshSession.h"
#include "SshdFixture.h"
#include "TestWorld.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Stratum;
using namespace StratumTest;
using namespace std::chrono_literals;

class TestSsh : public QObject
{
    Q_OBJECT
private:
    SshdFixture m_sshd;

    SshTarget target() const { return m_sshd.target(QStringLiteral("test-droplet"), false); }
    SshTarget trustedTarget() const { return m_sshd.target(QStringLiteral("test-droplet"), true); }

    // Opens a session and waits for ready() or failed().
    std::unique_ptr<SshSession> connectTo(const SshTarget &t, SshError *error = nullptr)
    {
        auto session = std::make_unique<SshSession>(t);
        QSignalSpy ready(session.get(), &SshSession::ready);
        QSignalSpy failed(session.get(), &SshSession::failed);
        session->open();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 1, 15000); }();
        if (!failed.isEmpty() && error)
            *error = failed.first().first().value<SshError>();
        return session;
    }

    struct Ran { SshExit exit; QByteArray out; QByteArray err; };
    Ran run(SshSession &session, const QString &command, std::chrono::milliseconds timeout = 10s)
    {
        Ran ran;
        bool done = false;
        SshCommand *channel = session.exec(command, timeout);
        connect(channel, &SshCommand::stdoutData, this, [&](const QByteArray &d) { ran.out += d; });
        connect(channel, &SshCommand::stderrData, this, [&](const QByteArray &d) { ran.err += d; });
        connect(channel, &SshCommand::finished, this, [&](const SshExit &e) { ran.exit = e; done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
        return ran;
    }

    static bool generateKey(const QString &path, const QByteArray &passphrase)
    {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".pub"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                    QStringLiteral("-N"), QString::fromUtf8(passphrase), QStringLiteral("-f"), path});
        return keygen.waitForFinished(20000) && keygen.exitCode() == 0;
    }

    bool authorize(const QString &publicKeyPath)
    {
        QFile pub(publicKeyPath);
        QFile authorized(m_sshd.dir() + QStringLiteral("/authorized_keys"));
        return pub.open(QIODevice::ReadOnly) && authorized.open(QIODevice::Append) && authorized.write(pub.readAll()) > 0;
    }

    void writeKnownHosts(const QString &content)
    {
        QFile file(m_sshd.dir() + QStringLiteral("/known_hosts_test"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.toUtf8());
    }

    static bool processRuns(const QString &commandLine)
    {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("^") + commandLine});
        pgrep.waitForFinished(5000);
        return pgrep.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SshError>();
        qRegisterMetaType<SshExit>();
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    }

    void unknownHostKeyIsRefusedWithItsFingerprint()
    {
        SshError error;
        auto session = connectTo(target(), &error);
        QCOMPARE(error.kind, SshError::Kind::HostKeyUnknown);
        QCOMPARE(error.hostKey.fingerprint, m_sshd.hostKeyFingerprint()); // same string as ssh-keygen -lf
        QCOMPARE(error.hostKey.type, QStringLiteral("ssh-ed25519"));
        QVERIFY(error.message.contains(QLatin1String("host trust")));
    }

    void trustedKeyConnectsAndRunsCommands()
    {
        SshError error;
        auto session = connectTo(trustedTarget(), &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(session->state(), SshSession::State::Ready);

        const Ran ran = run(*session, QStringLiteral("echo out; echo err >&2; exit 7"));
        QVERIFY2(ran.exit.error.ok(), qPrintable(ran.exit.error.message));
        QCOMPARE(ran.out, QByteArray("out\n"));
        QCOMPARE(ran.err, QByteArray("err\n"));
        QCOMPARE(ran.exit.exitStatus, 7);

        // The same session serves many commands, also at once.
        std::vector<Ran> results(3);
        int finished = 0;
        for (int i = 0; i < 3; ++i) {
            SshCommand *c = session->exec(QStringLiteral("echo %1").arg(i), 10s);
            connect(c, &SshCommand::stdoutData, this, [&results, i](const QByteArray &d) { results[i].out += d; });
            connect(c, &SshCommand::finished, this, [&finished](const SshExit &) { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 15000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results[i].out, QByteArray::number(i) + '\n');
    }

    void exitSignalIsReported()
    {
        auto session = connectTo(trustedTarget());
        const Ran ran = run(*session, QStringLiteral("kill -TERM $$"));
        QCOMPARE(ran.exit.exitSignal, QStringLiteral("TERM"));
    }

    void largeOutputArrivesWhole()
    {
        auto session = connectTo(trustedTarget());
        const Ran ran = run(*session, QStringLiteral("head -c 5000000 /dev/zero"), 30s);
        QVERIFY2(ran.exit.error.ok(), qPrintable(ran.exit.error.message));
        QCOMPARE(ran.out.size(), 5000000);
    }

    // Not written into the kept shell of a dead connection: the next command must count as not
    // started, so that RemoteHost runs it again on a new connection.
    void dropAndExpectTheNextCommandNotStarted(SshSession &session)
    {
        m_sshd.dropConnections();
        QTest::qWait(300);
        const Ran ran = run(session, QStringLiteral("echo $$"));
        QCOMPARE(ran.exit.error.kind, SshError::Kind::ConnectionLost);
        QVERIFY(!ran.exit.started);
    }

    // Runs commands until the session's kept shell has started (from the second command on).
    std::unique_ptr<SshSession> sessionWithAKeptShell(QByteArray *shellPid)
    {
        auto session = connectTo(trustedTarget());
        QByteArray pid = run(*session, QStringLiteral("echo $$")).out;
        for (int i = 0; i < 20; ++i) {
            const QByteArray now = run(*session, QStringLiteral("echo $$")).out;
            if (now == pid)
                break; // the same shell twice
            pid = now;
            QTest::qWait(50);
        }
        *shellPid = pid;
        return session;
    }

    void commandsAfterTheFirstRunInTheKeptShell()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        // A command on a channel of its own gets a new shell every time: here the same one answers.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run(*session, QStringLiteral("echo $$")).out, shellPid);
    }

    void theKeptShellKeepsEachCommandsOutputExact_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("status");
        QTest::addRow("both streams and a status") << QStringLiteral("echo out; echo err >&2; exit 7")
                                                   << QByteArray("out\n") << QByteArray("err\n") << 7;
        QTest::addRow("no newline at the end") << QStringLiteral("printf abc; printf def >&2") << QByteArray("abc")
                                               << QByteArray("def") << 0;
        QTest::addRow("text like a marker") << QStringLiteral("printf '\\nstratum-end-0 1\\n'")
                                            << QByteArray("\nstratum-end-0 1\n") << QByteArray() << 0;
        QTest::addRow("quotes") << QStringLiteral("echo 'it'\"'\"'s' \"$((1 + 2))\"") << QByteArray("it's 3\n") << QByteArray() << 0;
        QTest::addRow("a cd stays in its command") << QStringLiteral("cd / && pwd") << QByteArray("/\n") << QByteArray() << 0;
        QTest::addRow("the next one starts at home") << QStringLiteral("[ \"$PWD\" = \"$HOME\" ] && echo home")
                                                     << QByteArray("home\n") << QByteArray() << 0;
        QTest::addRow("stdin is empty") << QStringLiteral("cat; echo end") << QByteArray("end\n") << QByteArray() << 0;
        QTest::addRow("a failing command") << QStringLiteral("false") << QByteArray() << QByteArray() << 1;
    }
    void theKeptShellKeepsEachCommandsOutputExact()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, status);
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        const Ran ran = run(*session, command);
        QVERIFY2(ran.exit.error.ok(), qPrintable(ran.exit.error.message));
        QCOMPARE(ran.out, out);
        QCOMPARE(ran.err, err);
        QCOMPARE(ran.exit.exitStatus, status);
        QCOMPARE(run(*session, QStringLiteral("echo $$")).out, shellPid); // still the same shell
    }

    void aSyntaxErrorIsTheCommandsOwn()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        const Ran broken = run(*session, QStringLiteral("echo 'unclosed"));
        QVERIFY(broken.exit.exitStatus != 0);
        QVERIFY(!broken.err.isEmpty());
        QCOMPARE(run(*session, QStringLiteral("echo next")).out, QByteArray("next\n"));
        QCOMPARE(run(*session, QStringLiteral("echo $$")).out, shellPid);
    }

    void largeOutputThroughTheKeptShellArrivesWhole()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        const Ran ran = run(*session, QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' a"), 30s);
        QVERIFY2(ran.exit.error.ok(), qPrintable(ran.exit.error.message));
        QCOMPARE(ran.out, QByteArray(3000000, 'a'));
        QCOMPARE(run(*session, QStringLiteral("echo $$")).out, shellPid);
    }

    void aCommandThatKillsTheKeptShellReportsTheSignal()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        const Ran ran = run(*session, QStringLiteral("kill -TERM $$"));
        QCOMPARE(ran.exit.exitSignal, QStringLiteral("TERM")); // as on a channel of its own
        const Ran next = run(*session, QStringLiteral("echo $$"));
        QVERIFY2(next.exit.error.ok(), qPrintable(next.exit.error.message));
        QVERIFY(next.out != shellPid);
    }

    void aTimedOutCommandInTheKeptShellIsKilledThere()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        const Ran ran = run(*session, QStringLiteral("sleep 30.75"), 1s);
        QCOMPARE(ran.exit.error.kind, SshError::Kind::TimedOut);
        QVERIFY(ran.exit.durationMs < 8000);
        QTRY_VERIFY2_WITH_TIMEOUT(!processRuns(QStringLiteral("sleep 30.75")), "the remote sleep still runs", 10000);
        QCOMPARE(run(*session, QStringLiteral("echo ok")).out, QByteArray("ok\n"));
        QByteArray again;
        for (int i = 0; i < 5 && (again.isEmpty() || again == shellPid); ++i)
            again = run(*session, QStringLiteral("echo $$")).out;
        QVERIFY(again != shellPid); // a new shell
    }

    void aCancelledCommandInTheKeptShellIsReportedCancelled()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        bool done = false;
        SshExit exit;
        QByteArray out;
        SshCommand *command = session->exec(QStringLiteral("echo started; sleep 30.5"), 60s);
        connect(command, &SshCommand::stdoutData, this, [&](const QByteArray &d) {
            out += d;
            command->cancel();
        });
        connect(command, &SshCommand::finished, this, [&](const SshExit &e) { exit = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(exit.error.kind, SshError::Kind::Cancelled);
        QVERIFY(out.startsWith("started"));
        QTRY_VERIFY2_WITH_TIMEOUT(!processRuns(QStringLiteral("sleep 30.5")), "the remote sleep still runs", 10000);
        QCOMPARE(session->state(), SshSession::State::Ready);
    }

    void commandsAtOnceShareTheShellWithChannelsOfTheirOwn()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        std::vector<QByteArray> outs(4);
        int finished = 0;
        for (int i = 0; i < 4; ++i) {
            SshCommand *c = session->exec(QStringLiteral("sleep 0.2; echo %1").arg(i), 10s);
            connect(c, &SshCommand::stdoutData, this, [&outs, i](const QByteArray &d) { outs[i] += d; });
            connect(c, &SshCommand::finished, this, [&finished](const SshExit &) { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 15000);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(outs[i], QByteArray::number(i) + '\n');
    }

    void aCommandOnAConnectionThatDroppedWhileIdleNeverReachedTheHost()
    {
        QByteArray shellPid;
        auto session = sessionWithAKeptShell(&shellPid);
        dropAndExpectTheNextCommandNotStarted(*session);
    }

    void aConnectionThatEndedBehindAKeepalivesReplyIsNotTrustedEither()
    {
        SshTarget t = trustedTarget();
        t.keepaliveInterval = 1s;
        auto session = connectTo(t);
        for (int i = 0; i < 3; ++i) // the second command starts the kept shell, the third runs in it
            QVERIFY(run(*session, QStringLiteral("true")).exit.error.ok());
        QTest::qWait(1200); // a keepalive went out; its reply waits unread on the socket
        dropAndExpectTheNextCommandNotStarted(*session);
    }

    void aOneShotSessionStartsNoKeptShell()
    {
        auto session = connectTo(trustedTarget());
        // As a cold stratumctl: the env-file read and the command at once, then the end.
        int finished = 0;
        for (const QString &command : {QStringLiteral("true"), QStringLiteral("echo once")}) {
            SshCommand *c = session->exec(command, 10s);
            connect(c, &SshCommand::finished, this, [&finished](const SshExit &) { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 15000);
        QVERIFY(!session->hasKeptShell());
        run(*session, QStringLiteral("true")); // a session that lives on starts one with its next command
        QVERIFY(session->hasKeptShell());
    }

    void noKeptShellWhenTheTargetSaysSo()
    {
        SshTarget t = trustedTarget();
        t.keptShell = false;
        auto session = connectTo(t);
        QByteArray previous;
        for (int i = 0; i < 4; ++i) {
            const QByteArray pid = run(*session, QStringLiteral("echo $$")).out;
            QVERIFY(pid != previous);
            previous = pid;
        }
    }

    void knownHostsEntriesAreHonoured_data()
    {
        QTest::addColumn<bool>("hashed");
        QTest::addRow("plain [host]:port") << false;
        QTest::addRow("hashed") << true;
    }

    void knownHostsEntriesAreHonoured()
    {
        QFETCH(bool, hashed);
        const QString path = m_sshd.dir() + QStringLiteral("/known_hosts_test");
        writeKnownHosts(QStringLiteral("# comment\n@cert-authority *.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGarbage\n")
                        + m_sshd.knownHostsLine() + QLatin1Char('\n'));
        if (hashed)
            QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-H"),
                                                                      QStringLiteral("-f"), path}), 0);
        SshTarget t = target();
        t.knownHostsPath = path;
        SshError error;
        auto session = connectTo(t, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

    void revokedKeyIsRefused()
    {
        QFile pub(m_sshd.hostPublicKeyPath());
        QVERIFY(pub.open(QIODevice::ReadOnly));
        writeKnownHosts(m_sshd.knownHostsLine() + QStringLiteral("\n@revoked * ") + QString::fromLatin1(pub.readAll()));
        SshTarget t = trustedTarget();
        t.knownHostsPath = m_sshd.dir() + QStringLiteral("/known_hosts_test");
        SshError error;
        connectTo(t, &error);
        QCOMPARE(error.kind, SshError::Kind::HostKeyRevoked);
    }

    void changedKeyIsRefusedWithBothFingerprints()
    {
        // known_hosts holds another key for this host:port.
        const QString other = m_sshd.dir() + QStringLiteral("/other_ed25519");
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                                  QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                                                  QStringLiteral("-f"), other}), 0);
        QFile otherPub(other + QStringLiteral(".pub"));
        QVERIFY(otherPub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = otherPub.readAll().split(' ');
        writeKnownHosts(QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_sshd.port())
                            .arg(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1))));
        SshTarget t = target();
        t.knownHostsPath = m_sshd.dir() + QStringLiteral("/known_hosts_test");
        SshError error;
        connectTo(t, &error);
        QCOMPARE(error.kind, SshError::Kind::HostKeyChanged);
        QVERIFY(error.message.contains(m_sshd.hostKeyFingerprint()));

        // The same through the app's trust store.
        SshTarget app = target();
        app.trustedKeys.append({QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                                QString()});
        SshError appError;
        connectTo(app, &appError);
        QCOMPARE(appError.kind, SshError::Kind::HostKeyChanged);
        QVERIFY(appError.message.contains(QLatin1String("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")));
        QVERIFY(appError.message.contains(m_sshd.hostKeyFingerprint()));
    }

    void wrongKeyFailsAuthentication()
    {
        // A key of its own that sshd was never told about (not one an earlier test function made).
        SshTarget t = trustedTarget();
        t.keyPath = m_sshd.dir() + QStringLiteral("/unknown_ed25519");
        QFile::remove(t.keyPath);
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), t.keyPath}),
                 0);
        SshError error;
        connectTo(t, &error);
        QCOMPARE(error.kind, SshError::Kind::Auth);
        QVERIFY(error.message.contains(QLatin1String("authorized_keys")));
    }

    void refusedPortFailsFast()
    {
        SshTarget t = trustedTarget();
        t.port = freeLoopbackPort();
        SshError error;
        connectTo(t, &error);
        QCOMPARE(error.kind, SshError::Kind::Connect);
    }

    // Peers that are not a working sshd: one that accepts and then says nothing (a stalled
    // handshake), one that answers with something that is not SSH, one that hangs up.
    void brokenPeersFailWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("banner");
        QTest::addColumn<bool>("hangUp");
        QTest::addRow("stalls in the handshake") << QByteArray() << false;
        QTest::addRow("garbage banner") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") << false;
        QTest::addRow("binary noise") << QByteArray(4096, '\x01') << false;
        QTest::addRow("banner, then hangs up") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << true;
    }

    void brokenPeersFailWithAMessage()
    {
        QFETCH(QByteArray, banner);
        QFETCH(bool, hangUp);
        QTcpServer peer;
        QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> accepted;
        connect(&peer, &QTcpServer::newConnection, this, [&]() {
            QTcpSocket *socket = peer.nextPendingConnection();
            accepted << socket;
            socket->write(banner);
            if (hangUp)
                QTimer::singleShot(100, socket, [socket]() { socket->disconnectFromHost(); });
        });
        SshTarget t = trustedTarget();
        t.port = peer.serverPort();
        t.connectTimeout = 2s;
        QElapsedTimer clock;
        clock.start();
        SshError error;
        auto session = connectTo(t, &error);
        QVERIFY(session->state() != SshSession::State::Ready);
        QVERIFY2(error.kind != SshError::Kind::None, "the session failed with an error");
        QVERIFY2(!error.message.isEmpty() && !error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
        QVERIFY2(clock.elapsed() < 10000, "it gave up within its connect time limit, not hanging on");
        qInfo("%s", qPrintable(error.message));
        qDeleteAll(accepted);
    }

    // A passphrase-protected key (as ssh-keygen makes them): the right passphrase logs in,
    // a wrong one fails and says the passphrase may be wrong.
    void passphraseProtectedKeyLogsIn()
    {
        const QString key = m_sshd.dir() + QStringLiteral("/protected_ed25519");
        QVERIFY(generateKey(key, "correct horse battery staple"));
        QVERIFY(authorize(key + QStringLiteral(".pub")));
        SshTarget t = trustedTarget();
        t.useAgent = false;
        t.keyPath = key;
        t.passphrase = "correct horse battery staple";
        QCOMPARE(connectTo(t)->state(), SshSession::State::Ready);

        t.passphrase = "wrong horse";
        SshError error;
        auto refused = connectTo(t, &error);
        QVERIFY(refused->state() != SshSession::State::Ready);
        QVERIFY2(error.message.contains(QLatin1String("passphrase")), qPrintable(error.message));
    }

    // Login through a real ssh-agent holding the key; no key file named at all.
    void sshAgentLogsIn()
    {
        const QString socket = m_sshd.dir() + QStringLiteral("/agent.sock");
        QProcess agent;
        agent.start(findProgram(QStringLiteral("ssh-agent")), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral("ssh-add"), {m_sshd.userKeyPath()});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);

        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        SshTarget t = trustedTarget();
        t.useAgent = true;
        t.keyPath.clear();
        auto session = connectTo(t);
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        agent.waitForFinished(5000);
        QCOMPARE(session->state(), SshSession::State::Ready);
        QCOMPARE(run(*session, QStringLiteral("echo via-agent")).out, QByteArray("via-agent\n"));
    }

    // A kept session's prelude (the droplet's env values for the redactor) runs alongside the
    // commands that waited for the session, on the same session; nothing they say (output or
    // result) reaches their handlers before the prelude's result is handed on.
    void thePreludesResultComesFirstAndWhatWaitsRunsAlongside()
    {
        const int loginsBefore = m_sshd.acceptedLogins();
        const QString marker = m_sshd.dir() + QStringLiteral("/first-ran");
        QFile::remove(marker);
        RemoteHost host(trustedTarget());
        QStringList order;
        // The prelude outlasts the first command, and looks whether that one has already run.
        host.setPrelude(QStringLiteral("sleep 1; test -e '%1' && echo prelude-after-first || echo prelude-alone").arg(marker),
                        [&order](const RemoteResult &result) { order << QString::fromUtf8(result.out).trimmed(); });
        std::optional<RemoteResult> first, second;
        connect(&host, &RemoteHost::connected, this, [&]() { // the prelude is starting now
            host.run(QStringLiteral("echo second"), 10s, this, {{}, {}, [&](const RemoteResult &r) {
                order << QString::fromUtf8(r.out).trimmed();
                second = r;
            }});
        });
        host.run(QStringLiteral("touch '%1'; echo first").arg(marker), 10s, this,
                 {[&order](const QByteArray &out) { order << QStringLiteral("output: ") + QString::fromUtf8(out).trimmed(); }, {},
                  [&](const RemoteResult &r) {
                      order << QString::fromUtf8(r.out).trimmed();
                      first = r;
                  }});
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 20000);
        QVERIFY(first->ok() && second->ok());
        QCOMPARE(order.value(0), QStringLiteral("prelude-after-first")); // it ran alongside, and came first
        QCOMPARE(order.size(), 4);
        QVERIFY(order.indexOf(QStringLiteral("output: first")) < order.indexOf(QStringLiteral("first")));
        QCOMPARE(m_sshd.acceptedLogins() - loginsBefore, 1);
    }

    // The CLI connects while it reads the redactor's secrets (connectAhead): when that connection
    // fails, the command that follows gets its error at once instead of a second attempt.
    void aFailedConnectAheadIsTheNextCommandsError()
    {
        SshTarget t = trustedTarget();
        t.port = freeLoopbackPort(); // nobody listens: refused
        RemoteHost host(t);
        host.connectAhead();
        QTest::qWait(1000); // the refusal comes within it; no command waits yet
        std::optional<RemoteResult> result;
        host.run(QStringLiteral("true"), 10s, this, {{}, {}, [&result](const RemoteResult &r) { result = r; }});
        QVERIFY(result); // delivered within run(): no second connection was started
        QCOMPARE(result->exit.error.kind, SshError::Kind::Connect);
        QVERIFY(!result->exit.started);
        // The next command after that tries again.
        std::optional<RemoteResult> again;
        host.run(QStringLiteral("true"), 10s, this, {{}, {}, [&again](const RemoteResult &r) { again = r; }});
        QVERIFY(!again);
        QTRY_VERIFY_WITH_TIMEOUT(again, 15000);
        QCOMPARE(again->exit.error.kind, SshError::Kind::Connect);
    }

    // Between commands the session does not wake the event loop, even with the replies to its
    // keepalives waiting unread on the socket (they once kept it readable: a spinning loop).
    void anIdleSessionDoesNotSpin()
    {
        SshTarget t = trustedTarget();
        t.keepaliveInterval = 1s;
        auto session = connectTo(t);
        QCOMPARE(session->state(), SshSession::State::Ready);
        QVERIFY(run(*session, QStringLiteral("true")).exit.error.ok());
        const int before = session->turns();
        QTest::qWait(4000); // four keepalives sent, their replies unread
        QCOMPARE(session->state(), SshSession::State::Ready); // the replies count as heard
        QVERIFY2(session->turns() - before < 20, qPrintable(QString::number(session->turns() - before)));
        QVERIFY(run(*session, QStringLiteral("true")).exit.error.ok()); // and the next command reads past them
    }

    void hangingCommandTimesOut()
    {
        auto session = connectTo(trustedTarget());
        const Ran ran = run(*session, QStringLiteral("sleep 30.25"), 1s);
        QCOMPARE(ran.exit.error.kind, SshError::Kind::TimedOut);
        QVERIFY(ran.exit.durationMs < 8000);
        // Not only given up here: the command is gone on the other side too.
        QTRY_VERIFY2_WITH_TIMEOUT(!processRuns(QStringLiteral("sleep 30.25")), "the remote sleep still runs", 10000);
        // The session is still usable afterwards.
        QCOMPARE(run(*session, QStringLiteral("echo ok")).out, QByteArray("ok\n"));
    }

    void cancelStopsACommand()
    {
        auto session = connectTo(trustedTarget());
        bool done = false;
        SshExit exit;
        SshCommand *command = session->exec(QStringLiteral("sleep 30"), 60s);
        connect(command, &SshCommand::finished, this, [&](const SshExit &e) { exit = e; done = true; });
        QTimer::singleShot(300, command, &SshCommand::cancel);
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(exit.error.kind, SshError::Kind::Cancelled);
    }

    void droppedConnectionIsReported()
    {
        auto session = connectTo(trustedTarget());
        QSignalSpy closed(session.get(), &SshSession::closed);
        bool done = false;
        SshExit exit;
        SshCommand *command = session->exec(QStringLiteral("echo started; sleep 30"), 60s);
        connect(command, &SshCommand::stdoutData, this, [this](const QByteArray &) { m_sshd.dropConnections(); });
        connect(command, &SshCommand::finished, this, [&](const SshExit &e) { exit = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(exit.error.kind, SshError::Kind::ConnectionLost);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(session->state(), SshSession::State::Closed);
        // A new session works again.
        auto again = connectTo(trustedTarget());
        QCOMPARE(again->state(), SshSession::State::Ready);
    }
};

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
