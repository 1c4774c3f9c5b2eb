// stratumctl, the real binary, against the real keychain of the test world.
#include "TestWorld.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>

namespace {

const QByteArray githubToken = "github_pat_11TESTSECRETVALUE_0123456789abcdef";
const QByteArray ghcrToken = "ghp_TestGhcrSecretValue0123456789abcd";
const QByteArray passphrase = "correct horse battery staple 42";
const QString goodSha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QString m_exports;

    Run ctl(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("STRATUMCTL"), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("STRATUMCTL")), "STRATUMCTL points at the binary");
        m_exports = StratumTest::worldDir() + QStringLiteral("/exports");
        QDir().mkpath(m_exports);
    }

    // Cron, systemd units, containers and a fresh Debian root have no UTF-8 locale: stratumctl
    // prints its own words only (Qt's "Detected locale" warning would come twice before them).
    void anyLocalePrintsOnlyItsOwnOutput_data()
    {
        QTest::addColumn<QStringList>("unset");
        QTest::addColumn<QStringList>("set");
        QTest::newRow("LANG=C") << QStringList{QStringLiteral("LC_ALL"), QStringLiteral("LC_CTYPE"), QStringLiteral("LANGUAGE")}
                                << QStringList{QStringLiteral("LANG=C")};
        QTest::newRow("LC_ALL=POSIX") << QStringList{QStringLiteral("LC_CTYPE"), QStringLiteral("LANGUAGE")}
                                      << QStringList{QStringLiteral("LC_ALL=POSIX"), QStringLiteral("LANG=de_DE.UTF-8")};
        QTest::newRow("no LANG at all") << QStringList{QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("LC_CTYPE"),
                                                       QStringLiteral("LANGUAGE")}
                                        << QStringList();
    }

    void anyLocalePrintsOnlyItsOwnOutput()
    {
        QFETCH(QStringList, unset);
        QFETCH(QStringList, set);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : unset)
            environment.remove(name);
        for (const QString &pair : set)
            environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const Run help = ctl({QStringLiteral("help"), QStringLiteral("deploy")}, {}, environment);
        QCOMPARE(help.code, 0);
        QCOMPARE(help.err, QString());
        QVERIFY2(help.out.contains(QLatin1String("deploy --via")), qPrintable(help.out));
        // The language the environment asked for is kept: LC_ALL=POSIX means English over LANG's German.
        QVERIFY2(!help.out.contains(QLatin1String("Notfall")), qPrintable(help.out));
        const Run bad = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("carrier-pigeon")}, {}, environment);
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1); // its one sentence, nothing before it
        QVERIFY(!bad.err.contains(QLatin1String("locale")));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList() << "usage";
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::addRow("secret on argv") << QStringList{QStringLiteral("secrets"), QStringLiteral("set"),
                                                        QStringLiteral("github-token"), QStringLiteral("oops")}
                                        << "standard input only";
        QTest::addRow("unknown secret") << QStringList{QStringLiteral("secrets"), QStringLiteral("set"),
                                                        QStringLiteral("aws-key")} << "unknown secret";
        QTest::addRow("shell in address") << QStringList{QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("p"),
                                                          QStringLiteral("--address"), QStringLiteral("1.2.3.4;reboot")}
                                          << "neither an IP address";
        QTest::addRow("shell in sha") << QStringList{QStringLiteral("releases"), QStringLiteral("mark-good"),
                                                      QStringLiteral("abc;rm -rf /")} << "not a full 40-character";
        QTest::addRow("short sha") << QStringList{QStringLiteral("releases"), QStringLiteral("forget"),
                                                   QStringLiteral("abc1234")} << "not a full 40-character";
        QTest::addRow("missing option value") << QStringList{QStringLiteral("host"), QStringLiteral("add"),
                                                              QStringLiteral("p"), QStringLiteral("--address")}
                                              << "needs a value";
        QTest::addRow("bad profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("/nonexistent.json"),
                                                     QStringLiteral("profile"), QStringLiteral("show")}
                                     << "cannot read";
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = ctl(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(QString(run.err + run.out).contains(message), qPrintable(QString(run.err + run.out)));
    }

    void secretsGoInThroughStdinAndNeverComeOut()
    {
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("github-token")},
                     githubToken + '\n').code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-token")}, ghcrToken).code, 0);
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-username")},
                     "qualitymaterial").code, 0);
        const Run empty = ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ghcr-token")}, "\n");
        QCOMPARE(empty.code, 2);

        const Run status = ctl({QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("github-token")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("ghcr-token")).toBool(), true);
        QVERIFY(!status.out.contains(QString::fromUtf8(githubToken)));
    }

    void hostsLiveInTheKeychain()
    {
        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--address"),
                      QStringLiteral("203.0.113.10"), QStringLiteral("--port"), QStringLiteral("2222"),
                      QStringLiteral("--user"), QStringLiteral("deploy"), QStringLiteral("--key"),
                      QStringLiteral("/home/ops/.ssh/id_ed25519")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--address"),
                      QStringLiteral("203.0.113.11")}).code, 2); // duplicate
        QCOMPARE(ctl({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("ssh-passphrase/prod")},
                     passphrase).code, 0);
        const Run list = ctl({QStringLiteral("--json"), QStringLiteral("host"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray hosts = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts.first()[QStringLiteral("port")].toInt(), 2222);
        QCOMPARE(hosts.first()[QStringLiteral("user")].toString(), QStringLiteral("deploy"));

        const Run status = ctl({QStringLiteral("secrets"), QStringLiteral("status")});
        QVERIFY2(status.out.contains(QRegularExpression(QStringLiteral("ssh-passphrase/prod\\s+set"))), qPrintable(status.out));

        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("add"), QStringLiteral("staging"), QStringLiteral("--address"),
                      QStringLiteral("staging.example.com")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("remove"), QStringLiteral("staging")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("host"), QStringLiteral("remove"), QStringLiteral("staging")}).code, 2);
    }

    void releaseLogMarkExportImport()
    {
        // Known-good needs a passed smoke, or a typed reason for going without.
        const Run unsmoked = ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), goodSha});
        QCOMPARE(unsmoked.code, 3);
        QVERIFY2(unsmoked.err.contains(QLatin1String("no passed smoke")), qPrintable(unsmoked.err));
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), goodSha, QStringLiteral("--without-smoke")}).code, 2);
        const Run mark = ctl({QStringLiteral("releases"), QStringLiteral("mark-good"), goodSha, QStringLiteral("--note"),
                              QStringLiteral("smoke ok; token was ") + QString::fromUtf8(githubToken),
                              QStringLiteral("--without-smoke"), QStringLiteral("--reason"), QStringLiteral("verified by hand before the app existed")});
        QCOMPARE(mark.code, 0);
        const Run list = ctl({QStringLiteral("--json"), QStringLiteral("releases"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains(QString::fromUtf8(githubToken)), "list output is redacted");
        const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()[QStringLiteral("knownGood")].toBool(), true);

        const QString exported = m_exports + QStringLiteral("/releases.json");
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("export"), exported}).code, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(goodSha.toLatin1()));
        QVERIFY2(!content.contains(githubToken), "a secret typed into a note is masked in the export");

        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("forget"), goodSha}).code, 0);
        QCOMPARE(ctl({QStringLiteral("releases"), QStringLiteral("forget"), goodSha}).code, 2);
        const Run imported = ctl({QStringLiteral("releases"), QStringLiteral("import"), exported});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.contains(QLatin1String("imported 1")));
        QVERIFY(ctl({QStringLiteral("releases"), QStringLiteral("list"), QStringLiteral("--known-good")}).out.contains(goodSha));

        QFile broken(m_exports + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"j({"format":"stratum-deploy-release-log","version":1,"entries":[{"sha":"$(reboot)"}]})j");
        broken.close();
        const Run refused = ctl({QStringLiteral("releases"), QStringLiteral("import"), broken.fileName()});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QLatin1String("entries[0].sha")));
    }

    void profileExportAndImport()
    {
        const QString path = m_exports + QStringLiteral("/profile.json");
        QCOMPARE(ctl({QStringLiteral("profile"), QStringLiteral("export"), path}).code, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray json = file.readAll();
        QVERIFY(json.contains("\"schema\": 2")); // the built-in profile is schema 1; it is exported as one production environment
        QVERIFY(json.contains("\"environments\""));
        json.replace("\"id\": \"stratum-sports\"", "\"id\": \"stratum-staging\"");
        file.resize(0);
        file.write(json);
        file.close();
        QCOMPARE(ctl({QStringLiteral("profile"), QStringLiteral("import"), path}).code, 0);
        QVERIFY(ctl({QStringLiteral("profile"), QStringLiteral("show")}).out.contains(QLatin1String("stratum-staging")));

        json.replace("\"worker\": \"backend\"", "\"worker\": \"database\"");
        QFile bad(m_exports + QStringLiteral("/bad-profile.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(json);
        bad.close();
        const Run refused = ctl({QStringLiteral("profile"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("images.worker")), qPrintable(refused.err));
        QVERIFY(ctl({QStringLiteral("profile"), QStringLiteral("show")}).out.contains(QLatin1String("stratum-staging")));
        // Back to the built-in profile for the tests after this one.
        QDir(StratumTest::worldDir() + QStringLiteral("/home/.config")).removeRecursively();
    }

    void helpVersionAndCompletionTouchNothing()
    {
        // No keychain (no D-Bus), no profile, a fresh HOME: they answer all the same and write nothing.
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        for (const QString &variable : {QStringLiteral("HOME"), QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                                        QStringLiteral("XDG_CACHE_HOME")})
            environment.insert(variable, home.path());
        const QList<QStringList> commands{{QStringLiteral("--help")},
                                          {QStringLiteral("help"), QStringLiteral("deploy")},
                                          {QStringLiteral("deploy"), QStringLiteral("--help")},
                                          {QStringLiteral("--version")},
                                          {QStringLiteral("completion"), QStringLiteral("bash")},
                                          {QStringLiteral("--profile"), QStringLiteral("/nonexistent.json"), QStringLiteral("--help")}};
        for (const QStringList &arguments : commands) {
            const Run run = ctl(arguments, {}, environment);
            QVERIFY2(run.code == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
            QVERIFY(!run.out.isEmpty());
        }
        QVERIFY2(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
                 "nothing was written");
    }

    // Under a German locale the CLI speaks German (usage, summaries, messages); JSON keys stay as they are.
    void speaksGermanUnderAGermanLocale()
    {
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : {QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES"), QStringLiteral("LANGUAGE")})
            german.remove(variable);
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Run help = ctl({QStringLiteral("--help")}, {}, german);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QLatin1String("Aufruf: stratumctl [--profile FILE] [--json] COMMAND")), qPrintable(help.out.left(200)));
        QVERIFY(help.out.contains(QStringLiteral("auf ein bewährtes Release zurückrollen")));
        QVERIFY(help.out.contains(QLatin1String("Exit-Codes: 0 Erfolg")));
        const Run bad = ctl({QStringLiteral("deploy"), QStringLiteral("--via"), QStringLiteral("ssh"), QStringLiteral("--sha"),
                             QStringLiteral("xyz")}, {}, german);
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QLatin1String("Hex-Ziffern")), qPrintable(bad.err));
        const Run json = ctl({QStringLiteral("--json"), QStringLiteral("secrets"), QStringLiteral("status")}, {}, german);
        QCOMPARE(json.code, 0);
        QVERIFY2(json.out.contains(QLatin1String("\"github-token\"")), qPrintable(json.out));
        // English by choice (Settings → Language) wins over the locale.
        QSettings(QStringLiteral("Stratum"), QStringLiteral("stratum-deploy")).setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        const Run chosen = ctl({QStringLiteral("--help")}, {}, german);
        QSettings(QStringLiteral("Stratum"), QStringLiteral("stratum-deploy")).remove(QStringLiteral("ui/language"));
        QVERIFY2(chosen.out.startsWith(QLatin1String("usage: stratumctl")), qPrintable(chosen.out.left(100)));
    }

    void noKeychainExitsWith4()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run run = ctl({QStringLiteral("secrets"), QStringLiteral("status")}, {}, environment);
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(QLatin1String("keychain")), qPrintable(run.err));
    }

    void hungKeychainTimesOutWith4()
    {
        // A "session bus" that accepts the connection and never answers.
        QLocalServer silent;
        const QString socket = StratumTest::worldDir() + QStringLiteral("/silent-bus");
        QVERIFY(silent.listen(socket));
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, this, [&]() { held << silent.nextPendingConnection(); });

        const QString profilePath = m_exports + QStringLiteral("/impatient.json");
        QCOMPARE(ctl({QStringLiteral("profile"), QStringLiteral("export"), profilePath}).code, 0);
        QFile profile(profilePath);
        QVERIFY(profile.open(QIODevice::ReadWrite));
        QByteArray json = profile.readAll();
        json.replace("\"keychainSeconds\": 10", "\"keychainSeconds\": 2");
        profile.resize(0);
        profile.write(json);
        profile.close();

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(qEnvironmentVariable("STRATUMCTL"),
                      {QStringLiteral("--profile"), profilePath, QStringLiteral("secrets"), QStringLiteral("status")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(process.exitCode(), 4);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("did not answer")) || err.contains(QLatin1String("not usable")), qPrintable(err));
        QVERIFY2(timer.elapsed() < 25000, "the CLI gave up instead of hanging");
    }

    // Last: everything the app and CLI wrote holds none of the secrets.
    void noSecretInAnythingWritten()
    {
        const QString world = StratumTest::worldDir();
        // The keyring's own files are the keychain (encrypted); everything else is the app's.
        const QList<StratumTest::WrittenFile> files = StratumTest::scanForSecrets(world, {githubToken, ghcrToken, passphrase});
        for (const StratumTest::WrittenFile &file : files)
            QVERIFY2(file.leaked.isEmpty(), qPrintable(file.path + QStringLiteral(" holds a secret")));
        QVERIFY2(files.size() >= 3, "the exports, the log and the profile copy were checked");
        QVERIFY2(QFile::exists(world + QStringLiteral("/home/.local/share/Stratum/stratum-deploy/logs/stratum-deploy.log")),
                 "the CLI keeps a log, and it was among the files checked");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
