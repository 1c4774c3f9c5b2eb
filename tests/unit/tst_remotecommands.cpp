// RemoteCommands: every droplet command of the runbook, quoted so that it survives the remote shell.
#include "core/droplet/ComposePs.h"
#include "core/droplet/RemoteCommands.h"
#include "core/releases/Sha.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Stratum;

class TestRemoteCommands : public QObject
{
    Q_OBJECT
private:
    // What the remote shell makes of a quoted word: run it through sh.
    static QString throughShell(const QString &word)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + word});
        sh.waitForFinished(5000);
        return QString::fromUtf8(sh.readAllStandardOutput());
    }

    struct Shell {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // The droplet's lock directory in a temporary folder, with the commands that use it.
    struct LockDirInTemp {
        QTemporaryDir dir;
        Profile profile = *defaultProfile().profile;
        RemoteCommands commands{profile};
        LockDirInTemp() { profile.droplet.lockDir = dir.path(); }
    };

    // The lock as an SSH deploy by a@b with this token takes it.
    static LockInfo deployBy(const QString &token)
    {
        LockInfo info;
        info.token = token;
        info.holder = QStringLiteral("a@b");
        info.method = QStringLiteral("ssh");
        return info;
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    static Shell runShell(const QString &command)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        sh.waitForFinished(30000);
        return {sh.exitCode(), sh.readAllStandardOutput(), sh.readAllStandardError()};
    }

    // A swarm's manager as far as the stack commands ask it: a docker stand-in on PATH that
    // answers `stack services`, `ps` and `service inspect` from files, as Docker 26 prints them.
    struct SwarmManager {
        QTemporaryDir dir;
        Profile profile = *defaultProfile().profile;
        SwarmManager()
        {
            profile.droplet.appDir = QStringLiteral("/srv/Stratum App");
            profile.environments = {Environment{QStringLiteral("production"), QStringLiteral("production"), {}, {QStringLiteral("manager")},
                                                Environment::Engine::Swarm, {}, {}}};
            writeFile(dir.path() + QStringLiteral("/docker"), R"SH(#!/bin/sh
here=$(dirname "$0")
case "$*" in
  "stack services -q "*) cat "$here/ids" ;;
  "stack services "*) cat "$here/services" ;;
  "service inspect "*) cat "$here/states" ;;
  "service rollback "*) echo "$*" >> "$here/rollbacks" ;;
  "ps "*) case "$*" in *stratumapp_backend*) echo stratumapp_backend.1.x1 ;; *stratumapp_worker*) echo stratumapp_worker.1.x2 ;; esac ;;
esac
exit 0
)SH");
            QFile(dir.path() + QStringLiteral("/docker")).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        void answer(const QByteArray &services, const QByteArray &states)
        {
            writeFile(dir.path() + QStringLiteral("/services"), services);
            writeFile(dir.path() + QStringLiteral("/states"), states);
            writeFile(dir.path() + QStringLiteral("/ids"), services.isEmpty() ? QByteArray() : QByteArray("id1\nid2\nid3\n"));
        }
        Shell run(const QString &command) const
        {
            return runShell(QStringLiteral("PATH=%1:$PATH; ").arg(dir.path()) + command);
        }
    };

private Q_SLOTS:
    void aSwarmsServicesReadAsComposePs()
    {
        SwarmManager manager;
        const RemoteCommands commands(manager.profile, QStringLiteral("manager"));
        QVERIFY(commands.swarm());
        QVERIFY(!RemoteCommands(manager.profile, QStringLiteral("other")).swarm());
        QCOMPARE(commands.stackName(), QStringLiteral("stratumapp")); // as compose names a project after its folder
        manager.answer("stratumapp_backend ghcr.io/q/backend:abc@sha256:0123 1/1\n"
                       "stratumapp_worker ghcr.io/q/backend:abc 0/1\n"
                       "stratumapp_frontend ghcr.io/q/frontend:abc 1/1 (max 1 per node)\n",
                       {});
        const Shell ps = manager.run(commands.composePs());
        QCOMPARE(ps.code, 0);
        const ComposePsResult parsed = parseComposePs(ps.out);
        QVERIFY2(parsed.containers, qPrintable(parsed.error + QString::fromUtf8(ps.out)));
        QCOMPARE(parsed.containers->size(), 3);
        const ContainerState backend = parsed.containers->at(0);
        QCOMPARE(backend.service, QStringLiteral("backend"));
        QCOMPARE(backend.image, QStringLiteral("ghcr.io/q/backend:abc")); // what runs, without the pinned digest
        QCOMPARE(backend.state, QStringLiteral("running"));
        QCOMPARE(backend.name, QStringLiteral("stratumapp_backend.1.x1")); // its task's container on the manager
        QCOMPARE(parsed.containers->at(1).state, QStringLiteral("starting"));
        QCOMPARE(parsed.containers->at(2).state, QStringLiteral("running"));
        QVERIFY(commands.composeUp(QStringLiteral("b:1"), QStringLiteral("f:1")).contains(QLatin1String("docker stack deploy --with-registry-auth --prune -c")));
        const QString logs = commands.logs(QStringLiteral("worker"), 20);
        QVERIFY2(logs.startsWith(QLatin1String("docker service logs --no-task-ids --tail 20 ")) && logs.contains(QLatin1String("stratumapp_worker")),
                 qPrintable(logs));
    }

    void aSwarmUpdateEndsWhenTheServicesConverge_data()
    {
        QTest::addColumn<QByteArray>("services");
        QTest::addColumn<QByteArray>("states");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QByteArray all = "stratumapp_backend 1/1\nstratumapp_worker 1/1\nstratumapp_frontend 1/1\n";
        QTest::addRow("converged") << all << QByteArray("stratumapp_backend completed\nstratumapp_worker \nstratumapp_frontend completed\n") << 0
                                   << QStringLiteral("the services converged");
        QTest::addRow("update paused") << all << QByteArray("stratumapp_backend paused\n") << 1 << QStringLiteral("the swarm stopped the update");
        QTest::addRow("rolled back by the swarm") << all << QByteArray("stratumapp_backend rollback_completed\n") << 1
                                                   << QStringLiteral("the swarm stopped the update");
        QTest::addRow("a replica short") << QByteArray("stratumapp_backend 0/1\nstratumapp_worker 1/1\n") << QByteArray() << 1
                                         << QStringLiteral("not converged after 1 s: stratumapp_backend 0/1");
        QTest::addRow("still updating") << all << QByteArray("stratumapp_backend updating\n") << 1 << QStringLiteral("not converged");
        QTest::addRow("no stack at all") << QByteArray() << QByteArray() << 1 << QStringLiteral("not converged");
    }

    void aSwarmUpdateEndsWhenTheServicesConverge()
    {
        QFETCH(QByteArray, services);
        QFETCH(QByteArray, states);
        QFETCH(int, code);
        QFETCH(QString, says);
        SwarmManager manager;
        manager.answer(services, states);
        const Shell converged = manager.run(RemoteCommands(manager.profile, QStringLiteral("manager")).stackConverged(1));
        QCOMPARE(converged.code, code);
        QVERIFY2(QString::fromUtf8(converged.out + converged.err).contains(says), qPrintable(QString::fromUtf8(converged.out + converged.err)));
    }

    // docker service rollback of every service at once; done when each one's rollback that
    // started now completed (an older rollback_completed is not this one) and the replicas run.
    void theSwarmsQuickWayBackWaitsForItsOwnRollback()
    {
        SwarmManager manager;
        const QByteArray all = "stratumapp_backend 1/1\nstratumapp_worker 1/1\n";
        const QString undo = RemoteCommands(manager.profile, QStringLiteral("manager"))
                                 .serviceRollback({QStringLiteral("backend"), QStringLiteral("worker")});
        manager.answer(all, "stratumapp_backend rollback_completed 2999-01-01T00:00:00\nstratumapp_worker rollback_completed 2999-01-01T00:00:00\n");
        Shell back = manager.run(undo);
        QVERIFY2(back.code == 0 && back.out.contains("the services went back and converged"), back.err.constData());
        QFile calls(manager.dir.path() + QStringLiteral("/rollbacks"));
        QVERIFY(calls.open(QIODevice::ReadOnly));
        QCOMPARE(calls.readAll(), QByteArray("service rollback --detach --quiet stratumapp_backend\nservice rollback --detach --quiet stratumapp_worker\n"));
        manager.answer(all, "stratumapp_backend rollback_paused 2999-01-01T00:00:00\nstratumapp_worker rollback_completed 2999-01-01T00:00:00\n");
        back = manager.run(undo);
        QCOMPARE(back.code, 1);
        QVERIFY2(back.err.contains("the swarm stopped going back: stratumapp_backend rollback_paused"), back.err.constData());
    }

    void quotingSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("plain") << "abc";
        QTest::addRow("space") << "a b";
        QTest::addRow("single quote") << "it's";
        QTest::addRow("subshell") << "$(reboot)";
        QTest::addRow("backticks") << "`id`";
        QTest::addRow("semicolon") << "x; rm -rf /";
        QTest::addRow("newline") << "a\nb";
        QTest::addRow("glob") << "*";
        QTest::addRow("empty") << "";
    }

    void quotingSurvivesTheShell()
    {
        QFETCH(QString, value);
        QCOMPARE(throughShell(shellQuote(value)), value);
    }

    void commandsFollowTheRunbook()
    {
        const Profile profile = *defaultProfile().profile;
        const RemoteCommands commands(profile);
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(commands.gitPullFastForward(), QStringLiteral("cd '/opt/stratum-sports' && git -c core.hooksPath=/dev/null "
                                                               "-c core.fsmonitor=false pull --ff-only origin 'main'"));
        QCOMPARE(commands.composeUp(profile.backendImageRef(sha), profile.frontendImageRef(sha)),
                 QStringLiteral("cd '/opt/stratum-sports' && BACKEND_IMAGE='ghcr.io/qualitymaterial/stratum-sports-backend:%1' "
                                "WORKER_IMAGE='ghcr.io/qualitymaterial/stratum-sports-backend:%1' "
                                "FRONTEND_IMAGE='ghcr.io/qualitymaterial/stratum-sports-frontend:%1' "
                                "docker compose -f 'docker-compose.prod.yml' --env-file '.env.production' "
                                "up -d --no-build --remove-orphans").arg(sha));
        QCOMPARE(commands.backendHealth(profile.health.backendReadyUrl),
                 QStringLiteral("cd '/opt/stratum-sports' && BACKEND_IMAGE=${BACKEND_IMAGE:-stratum-deploy/read-only} "
                                "WORKER_IMAGE=${WORKER_IMAGE:-stratum-deploy/read-only} FRONTEND_IMAGE=${FRONTEND_IMAGE:-stratum-deploy/read-only} "
                                "docker compose -f 'docker-compose.prod.yml' --env-file "
                                "'.env.production' exec -T backend curl -fsS 'http://localhost:8000/api/v1/health/ready'"));
        // After compose up the backend may boot for a while: asked again every 2 s on the droplet, one round trip.
        const QString ready = commands.backendHealth(profile.health.backendReadyUrl);
        QCOMPARE(commands.backendHealthWithin(profile.health.backendReadyUrl, 0), ready);
        QCOMPARE(commands.backendHealthWithin(profile.health.backendReadyUrl, 1), ready);
        QCOMPARE(commands.backendHealthWithin(profile.health.backendReadyUrl, 60),
                 QStringLiteral("n=0; until %1; do n=$((n + 1)); if [ \"$n\" -ge 30 ]; then exit 1; fi; sleep 2; done").arg(ready));
        QCOMPARE(commands.manifestInspect(profile.frontendImageRef(sha)),
                 QStringLiteral("docker manifest inspect 'ghcr.io/qualitymaterial/stratum-sports-frontend:%1' >/dev/null").arg(sha));
        QVERIFY(commands.takeLock({}).startsWith(QLatin1String("L='/var/lib/stratum-deploy'; if [ -L \"$L\" ]")));
        QVERIFY(commands.takeLock({}).contains(QLatin1String("mkdir -p '/var/lib/stratum-deploy' && if mkdir '/var/lib/stratum-deploy/deploy.lock'")));
    }

    // A staging beside production on one droplet: the commands for its host work in its own
    // clone and lock directory and ask its own health URL; the other hosts keep the profile's.
    void aHostOfAnEnvironmentWithItsOwnPlaceWorksThere()
    {
        Profile profile = *defaultProfile().profile;
        Environment staging{QStringLiteral("staging"), QStringLiteral("staging"), {}, {QStringLiteral("box")}, Environment::Engine::Compose, {}};
        staging.place.appDir = QStringLiteral("/opt/stratum-staging");
        staging.place.lockDir = QStringLiteral("/var/lib/stratum-staging");
        staging.place.backendReadyUrl = QStringLiteral("http://localhost:8100/api/v1/health/ready");
        profile.environments.prepend(staging);
        const RemoteCommands onStaging(profile, QStringLiteral("box"));
        QVERIFY2(onStaging.gitFetch().startsWith(QLatin1String("cd '/opt/stratum-staging' && ")), qPrintable(onStaging.gitFetch()));
        QVERIFY(onStaging.takeLock({}).startsWith(QLatin1String("L='/var/lib/stratum-staging'; ")));
        QVERIFY(onStaging.guardStatus().contains(QLatin1String("/var/lib/stratum-staging/pin.json")));
        QVERIFY(onStaging.backendHealth(onStaging.place().backendReadyUrl).endsWith(QLatin1String("curl -fsS 'http://localhost:8100/api/v1/health/ready'")));
        for (const QString &host : {QStringLiteral("prod-1"), QString()}) {
            const RemoteCommands elsewhere(profile, host);
            QVERIFY(elsewhere.gitFetch().startsWith(QLatin1String("cd '/opt/stratum-sports' && ")));
            QVERIFY(elsewhere.takeLock({}).startsWith(QLatin1String("L='/var/lib/stratum-deploy'; ")));
            QCOMPARE(elsewhere.place().backendReadyUrl, profile.health.backendReadyUrl);
        }
    }

    // The lock directory before every use: made 0700 when missing, its files 0600; a link, a
    // directory others can write into and one of another owner are refused with one sentence.
    void theLockDirectoryCannotBeHijacked()
    {
        LockDirInTemp place;
        const QTemporaryDir &dir = place.dir;
        Profile &profile = place.profile;
        profile.droplet.lockDir = dir.path() + QStringLiteral("/locks"); // not there yet: made by the first use
        const RemoteCommands &commands = place.commands;
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const PinInfo pin{true, sha, QStringLiteral("ana@mac"), QStringLiteral("mac"), QStringLiteral("bad release"), QStringLiteral("t")};
        QCOMPARE(runShell(commands.setPin(pin)).code, 0);
        QCOMPARE(QFileInfo(profile.droplet.lockDir).permissions() & 0x0777, QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
        QCOMPARE(QFileInfo(profile.droplet.lockDir + QStringLiteral("/pin.json")).permissions() & 0x0777,
                 QFile::ReadUser | QFile::WriteUser);

        QVERIFY(QFile::setPermissions(profile.droplet.lockDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                                   | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
        Shell refused = runShell(commands.guardStatus());
        QCOMPARE(refused.code, RemoteCommands::lockDirUnsafeExitCode);
        QVERIFY2(refused.err.startsWith("others can write into the lock directory") && refused.err.count('\n') == 1, refused.err);
        QCOMPARE(runShell(commands.takeLock({})).code, RemoteCommands::lockDirUnsafeExitCode);
        QVERIFY(!QDir(profile.droplet.lockDir + QStringLiteral("/deploy.lock")).exists()); // nothing changed
        QVERIFY(QFile::setPermissions(profile.droplet.lockDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(runShell(commands.guardStatus()).code, 0);

        // Planted by someone else before the first use: a link to where root's writes would go.
        Profile linked = profile;
        linked.droplet.lockDir = dir.path() + QStringLiteral("/planted");
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/elsewhere"), linked.droplet.lockDir));
        refused = runShell(RemoteCommands(linked).setPin(pin));
        QCOMPARE(refused.code, RemoteCommands::lockDirUnsafeExitCode);
        QVERIFY2(refused.err.contains("is a symbolic link"), refused.err);
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/elsewhere")));

        if (getuid() == 0) { // another owner: only root can make one here
            Profile foreign = profile;
            foreign.droplet.lockDir = dir.path() + QStringLiteral("/foreign");
            QVERIFY(QDir().mkpath(foreign.droplet.lockDir));
            QVERIFY(::chown(QFile::encodeName(foreign.droplet.lockDir).constData(), 65534, 65534) == 0);
            refused = runShell(RemoteCommands(foreign).guardStatus());
            QCOMPARE(refused.code, RemoteCommands::lockDirUnsafeExitCode);
            QVERIFY2(refused.err.contains("not to"), refused.err);
        }
    }

    // A step whose status cannot be written (here: a directory stands where the file goes)
    // ends the follow with "outcome unknown" instead of a loop that never ends.
    void aFollowWhoseStatusCannotBeWrittenEnds()
    {
        const LockDirInTemp place;
        const RemoteCommands &commands = place.commands;
        const QString token = QStringLiteral("0f0e0d0c-aaaa-bbbb-cccc-444455556666");
        QCOMPARE(runShell(commands.takeLock(deployBy(token))).code, 0);
        QVERIFY(QDir().mkpath(commands.changeDir(token) + QStringLiteral("/step-02/status")));
        QCOMPARE(runShell(commands.startDetached(token, 2, QStringLiteral("pull"), Sha(), QStringLiteral("true"))).code, 0);
        const Shell followed = runShell(commands.followDetached(token, 2, 0, 0));
        QVERIFY2(followed.code == RemoteCommands::statusUnwritable, followed.err);
        QVERIFY2(followed.err.contains("its outcome is unknown"), followed.err);
    }

    void lockInfoIsReadBack()
    {
        LockInfo info = RemoteCommands::parseLockInfo(QStringLiteral("free\n"));
        QVERIFY(!info.held);
        info = RemoteCommands::parseLockInfo(QStringLiteral(R"({"holder":"a@b","machine":"m","sha":"s","reason":"r","since":"t","token":"k"})"));
        QVERIFY(info.held);
        QCOMPARE(info.holder, QStringLiteral("a@b"));
        QVERIFY(RemoteCommands::parseLockInfo(QStringLiteral("{}")).held); // a lock without info is still a lock
    }

    // The pin beside the lock, through a real shell: written whole, read back with the lock
    // in one answer, and a forward deploy's lock step refuses while it is there.
    void pinGuardsForwardDeploysOnly()
    {
        QTemporaryDir dir;
        Profile profile = *defaultProfile().profile;
        profile.droplet.lockDir = dir.path() + QStringLiteral("/locks it's");
        const RemoteCommands commands(profile);
        const QString sha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        Guards guards = RemoteCommands::parseGuards(QString::fromUtf8(runShell(commands.guardStatus()).out));
        QVERIFY(guards.read);
        QVERIFY(!guards.lock.held);
        QVERIFY(!guards.pin.pinned);

        QCOMPARE(runShell(commands.setPin({true, sha, QStringLiteral("ana@mac"), QStringLiteral("mac"),
                                           QStringLiteral("rolled back; don't \"deploy\" $(x)"), QStringLiteral("t")})).code, 0);
        guards = RemoteCommands::parseGuards(QString::fromUtf8(runShell(commands.guardStatus()).out));
        QVERIFY(guards.pin.pinned);
        QCOMPARE(guards.pin.sha, sha);
        QCOMPARE(guards.pin.reason, QStringLiteral("rolled back; don't \"deploy\" $(x)"));

        LockInfo forward;
        forward.method = QStringLiteral("ssh");
        forward.token = QStringLiteral("0f0e0d0c-1111-2222-3333-444455556666");
        const Shell refused = runShell(commands.takeLock(forward));
        QCOMPARE(refused.code, RemoteCommands::pinnedExitCode);
        QCOMPARE(RemoteCommands::parsePin(QString::fromUtf8(refused.out)).holder, QStringLiteral("ana@mac"));
        LockInfo rollback = forward;
        rollback.method = QStringLiteral("rollback");
        QCOMPARE(runShell(commands.takeLock(rollback)).code, 0);
        guards = RemoteCommands::parseGuards(QString::fromUtf8(runShell(commands.guardStatus()).out));
        QVERIFY(guards.lock.held);
        QVERIFY(guards.pin.pinned);
        QCOMPARE(runShell(commands.releasePin()).code, 0);
        QVERIFY(!RemoteCommands::parseGuards(QString::fromUtf8(runShell(commands.guardStatus()).out)).pin.pinned);
    }

    // Which migrations a rollback crosses, from a real repository's history.
    void crossedMigrationsComeFromGit()
    {
        QTemporaryDir dir;
        Profile profile = *defaultProfile().profile;
        profile.droplet.appDir = dir.path();
        const RemoteCommands commands(profile);
        auto git = [&dir](const QString &args) {
            return runShell(QStringLiteral("cd '%1' && git -c user.email=t@t -c user.name=t %2").arg(dir.path(), args));
        };
        QCOMPARE(git(QStringLiteral("init -q")).code, 0);
        const QString versions = dir.path() + QStringLiteral("/backend/alembic/versions");
        QVERIFY(QDir().mkpath(versions));
        auto write = [&versions](const QString &name) { return writeFile(versions + QLatin1Char('/') + name, "x = 1\n"); };
        QVERIFY(write(QStringLiteral("0001_init.py")));
        QVERIFY(write(QStringLiteral("__init__.py")));
        QCOMPARE(git(QStringLiteral("add -A && git -c user.email=t@t -c user.name=t commit -qm old")).code, 0);
        const QString old = QString::fromUtf8(git(QStringLiteral("rev-parse HEAD")).out.trimmed());
        QVERIFY(write(QStringLiteral("0002_plans.py")));
        QVERIFY(write(QStringLiteral("0003_prices.py")));
        QCOMPARE(git(QStringLiteral("add -A && git -c user.email=t@t -c user.name=t commit -qm new")).code, 0);
        const QString now = QString::fromUtf8(git(QStringLiteral("rev-parse HEAD")).out.trimmed());

        const Shell back = runShell(commands.migrationsCrossed(*Sha::parseFull(now), *Sha::parseFull(old)));
        QCOMPARE(back.code, 0);
        QCOMPARE(RemoteCommands::parseCrossedMigrations(QString::fromUtf8(back.out)),
                 (QStringList{QStringLiteral("0002_plans.py"), QStringLiteral("0003_prices.py")}));
        const Shell forward = runShell(commands.migrationsCrossed(*Sha::parseFull(old), *Sha::parseFull(now))); // "rolling back" to a newer one crosses none
        QVERIFY(RemoteCommands::parseCrossedMigrations(QString::fromUtf8(forward.out)).isEmpty());
        QVERIFY(runShell(commands.migrationsCrossed(*Sha::parseFull(now), *Sha::parseFull(QString(40, QLatin1Char('e'))))).code != 0); // unknown commit: an error, not "none"
    }

    // What the pre-flight reads of the droplet's clone, from a real repository: modified and
    // untracked files (not the env file, not ignored ones), the origin, the compose file's
    // commit; and the clone's own hooks never run.
    void theClonesStateComesFromGitWithoutItsHooks()
    {
        QTemporaryDir origin;
        QTemporaryDir dir;
        Profile profile = *defaultProfile().profile;
        profile.droplet.appDir = dir.path();
        const RemoteCommands commands(profile);
        auto git = [](const QString &where, const QString &args) {
            return runShell(QStringLiteral("cd '%1' && git -c user.email=t@t -c user.name=t -c init.defaultBranch=main %2").arg(where, args));
        };
        QCOMPARE(git(origin.path(), QStringLiteral("init -q --bare")).code, 0);
        QCOMPARE(git(dir.path(), QStringLiteral("init -q && git remote add origin '%1'").arg(origin.path())).code, 0);
        QVERIFY(writeFile(dir.path() + QStringLiteral("/docker-compose.prod.yml"), "services: {}\n"));
        QVERIFY(writeFile(dir.path() + QStringLiteral("/.gitignore"), "*.log\n"));
        QCOMPARE(git(dir.path(), QStringLiteral("add -A && git -c user.email=t@t -c user.name=t commit -qm compose && "
                                                "git push -q origin HEAD:main")).code, 0);
        const QString composeCommit = QString::fromUtf8(git(dir.path(), QStringLiteral("rev-parse HEAD")).out.trimmed());
        QVERIFY(writeFile(dir.path() + QStringLiteral("/app.txt"), "1\n"));
        QCOMPARE(git(dir.path(), QStringLiteral("add -A && git -c user.email=t@t -c user.name=t commit -qm app && git push -q origin HEAD:main")).code, 0);
        const QString head = QString::fromUtf8(git(dir.path(), QStringLiteral("rev-parse HEAD")).out.trimmed());
        QVERIFY(writeFile(dir.path() + QStringLiteral("/.env.production"), "JWT_SECRET=x\n")); // never counts
        QVERIFY(writeFile(dir.path() + QStringLiteral("/worker.log"), "ignored\n"));      // git-ignored

        CloneState clone = RemoteCommands::parseCloneState(QString::fromUtf8(runShell(commands.cloneState()).out));
        QVERIFY(clone.read);
        QVERIFY2(clone.changes.isEmpty(), qPrintable(clone.changes.join(QLatin1Char('|'))));
        QCOMPARE(clone.origin, origin.path());
        QCOMPARE(clone.head, head);
        QCOMPARE(clone.composeCommit, composeCommit);

        QVERIFY(writeFile(dir.path() + QStringLiteral("/docker-compose.prod.yml"), "services: {hand: edited}\n"));
        QVERIFY(writeFile(dir.path() + QStringLiteral("/override.yml"), "x\n"));
        clone = RemoteCommands::parseCloneState(QString::fromUtf8(runShell(commands.cloneState()).out));
        QCOMPARE(clone.changes, (QStringList{QStringLiteral(" M docker-compose.prod.yml"), QStringLiteral("?? override.yml")}));

        // A hook planted in the clone would run as the deploying user on every pull: it does not.
        QVERIFY(writeFile(dir.path() + QStringLiteral("/.git/hooks/post-merge"), "#!/bin/sh\ntouch \"$(dirname \"$0\")/../../hook-ran\"\n"));
        QVERIFY(QFile::setPermissions(dir.path() + QStringLiteral("/.git/hooks/post-merge"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(git(dir.path(), QStringLiteral("checkout -q -- docker-compose.prod.yml && rm override.yml && git reset -q --hard HEAD~1")).code, 0);
        const Shell pulled = runShell(commands.gitPullFastForward());
        QVERIFY2(pulled.code == 0, pulled.err);
        QCOMPARE(QString::fromUtf8(git(dir.path(), QStringLiteral("rev-parse HEAD")).out.trimmed()), head);
        QVERIFY2(!QFile::exists(dir.path() + QStringLiteral("/hook-ran")), "the clone's hook ran");
        QCOMPARE(git(dir.path(), QStringLiteral("reset -q --hard HEAD~1 && git pull -q --ff-only origin main")).code, 0);
        QVERIFY2(QFile::exists(dir.path() + QStringLiteral("/hook-ran")), "a plain git pull runs it (the test can fail)");
    }

    void liveRevisionIsQuotedWords()
    {
        Profile profile = *defaultProfile().profile;
        QVERIFY(profile.droplet.liveRevisionCommand == (QStringList{QStringLiteral("alembic"), QStringLiteral("current")}));
        QVERIFY(RemoteCommands(profile).liveRevision().endsWith(QLatin1String("exec -T backend 'alembic' 'current'")));
        profile.droplet.liveRevisionCommand.clear();
        QVERIFY(RemoteCommands(profile).liveRevision().isEmpty());
    }

    // The detached steps, run by a local sh as the droplet's would: they outlive the shell
    // that started them, their output is followed from any offset, their status is theirs.
    void detachedStepsOutliveTheirShell()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString token = QStringLiteral("0f0e0d0c-1111-2222-3333-444455556666");
        QCOMPARE(runShell(commands.takeLock(deployBy(token))).code, 0);

        const QString step = QStringLiteral("echo one; echo warn >&2; sleep 0.5; echo two; exit 3");
        QCOMPARE(runShell(commands.startDetached(token, 4, QStringLiteral("compose up"), Sha(), step)).code, 0);
        QCOMPARE(runShell(commands.startDetached(token, 4, QStringLiteral("compose up"), Sha(), step)).code, 0); // once
        const Shell followed = runShell(commands.followDetached(token, 4, 0, 0));
        QCOMPARE(followed.code, 3);
        QCOMPARE(followed.out, QByteArray("one\ntwo\n"));
        QCOMPARE(followed.err, QByteArray("warn\n"));
        // Again from where a dropped follow left off: only what it had not seen.
        const Shell again = runShell(commands.followDetached(token, 4, 4, 5));
        QCOMPARE(again.code, 3);
        QCOMPARE(again.out, QByteArray("two\n"));
        QCOMPARE(again.err, QByteArray());
        QCOMPARE(runShell(commands.followDetached(token, 9, 0, 0)).code, RemoteCommands::neverStarted);

        // A cancel stops the whole process group on the droplet.
        QCOMPARE(runShell(commands.startDetached(token, 5, QStringLiteral("pull"), Sha(), QStringLiteral("sleep 30.5; echo late"))).code, 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runShell(commands.cancelDetached(token, 5)).code, 0);
        const Shell cancelled = runShell(commands.followDetached(token, 5, 0, 0));
        QCOMPARE(cancelled.code, 143);
        QVERIFY(!cancelled.out.contains("late"));
        QVERIFY2(clock.elapsed() < 20000, "the sleep was stopped, not waited out");
        QCOMPARE(runShell(QStringLiteral("pgrep -f '^sleep 30.5'")).code, 1); // gone, not only reported

        // No app recorded it: it is pending, with its steps and their statuses.
        const QList<PendingChange> pending = parsePendingChanges(QString::fromUtf8(runShell(commands.pendingChanges()).out));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().token, token);
        QCOMPARE(pending.first().info.holder, QStringLiteral("a@b"));
        QCOMPARE(pending.first().info.method, QStringLiteral("ssh"));
        QCOMPARE(pending.first().sha, QString()); // "abc" is not a SHA: not taken
        QCOMPARE(pending.first().steps.size(), 2);
        QCOMPARE(pending.first().steps.at(0).name, QStringLiteral("compose up"));
        QCOMPARE(pending.first().steps.at(0).status, 3);
        QCOMPARE(pending.first().steps.at(1).status, 143);
        QVERIFY(!pending.first().running());
        QVERIFY(pending.first().quietSeconds >= 0);
        QCOMPARE(runShell(commands.releaseLock(token)).code, 0);
        QCOMPARE(parsePendingChanges(QString::fromUtf8(runShell(commands.pendingChanges()).out)).size(), 1); // not recorded yet
        QCOMPARE(runShell(commands.markRecorded(token)).code, 0);
        QVERIFY(parsePendingChanges(QString::fromUtf8(runShell(commands.pendingChanges()).out)).isEmpty());
    }

    // A cancel and a follow race to find the stopped step gone: either way it reads as stopped (143),
    // never as died without a status (255), which recovery would record as a failure.
    void aStepGoneAfterACancelIsCancelledNotDied()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString token = QStringLiteral("0f0e0d0c-9999-2222-3333-444455556666");
        for (const bool cancelled : {false, true}) {
            const int index = cancelled ? 8 : 7;
            const QString step = commands.changeDir(token) + QStringLiteral("/step-0") + QString::number(index);
            QVERIFY(QDir().mkpath(step));
            const QByteArray gone = runShell(QStringLiteral("sh -c 'echo $$'")).out.trimmed(); // a process that has ended
            QVERIFY(writeFile(step + QStringLiteral("/pid"), gone + '\n'));
            QVERIFY(writeFile(step + QStringLiteral("/out"), {}) && writeFile(step + QStringLiteral("/err"), {}));
            if (cancelled)
                QVERIFY(writeFile(step + QStringLiteral("/cancelled"), {}));
            QCOMPARE(runShell(commands.followDetached(token, index, 0, 0)).code, cancelled ? 143 : RemoteCommands::diedWithoutStatus);
        }
    }

    // The droplet itself refuses to start a step of a change whose lock is gone or someone else's.
    void aStepStartsOnlyWhileTheLockIsTheChanges()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString alice = QStringLiteral("0f0e0d0c-aaaa-2222-3333-444455556666");
        const QString bob = QStringLiteral("0f0e0d0c-bbbb-2222-3333-444455556666");
        QCOMPARE(runShell(commands.takeLock(deployBy(alice))).code, 0);
        QCOMPARE(runShell(commands.breakLock(alice)).code, 0);
        const Shell freed = runShell(commands.startDetached(alice, 12, QStringLiteral("compose up"), Sha(), QStringLiteral("true")));
        QCOMPARE(freed.code, RemoteCommands::fencedExitCode);
        QCOMPARE(freed.out.trimmed(), QByteArray("free"));
        LockInfo bobs = deployBy(bob);
        bobs.holder = QStringLiteral("bob@desk");
        QCOMPARE(runShell(commands.takeLock(bobs)).code, 0);
        const Shell taken = runShell(commands.startDetached(alice, 12, QStringLiteral("compose up"), Sha(), QStringLiteral("true")));
        QCOMPARE(taken.code, RemoteCommands::fencedExitCode);
        QCOMPARE(RemoteCommands::parseLockInfo(QString::fromUtf8(taken.out)).holder, QStringLiteral("bob@desk"));
        QVERIFY2(!QFileInfo::exists(commands.changeDir(alice) + QStringLiteral("/step-12")), "nothing of the step was started");
        QCOMPARE(runShell(commands.startDetached(bob, 12, QStringLiteral("compose up"), Sha(), QStringLiteral("true"))).code, 0);
    }

    void aLockIsNotBrokenWhileAStepOfItsChangeRuns()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString token = QStringLiteral("0f0e0d0c-cccc-2222-3333-444455556666");
        QCOMPARE(runShell(commands.takeLock(deployBy(token))).code, 0);
        QCOMPARE(runShell(commands.startDetached(token, 12, QStringLiteral("compose up"), Sha(), QStringLiteral("sleep 20.5"))).code, 0);
        const Shell refused = runShell(commands.breakLock(token));
        QCOMPARE(refused.code, RemoteCommands::lockHeldExitCode);
        const std::optional<RunningStep> running = parseRunningStep(QString::fromUtf8(refused.out));
        QVERIFY(running);
        QCOMPARE(running->name, QStringLiteral("compose up"));
        QVERIFY(running->pid > 0);
        QVERIFY(parseRunningStep(QString::fromUtf8(runShell(commands.lockDetail()).out)));
        QCOMPARE(runShell(commands.breakLock(QStringLiteral("0f0e0d0c-dddd-2222-3333-444455556666"))).code,
                 RemoteCommands::lockChangedExitCode); // not the holder a person was shown
        QCOMPARE(runShell(commands.claimAbandoned(token, 0)).code, RemoteCommands::lockHeldExitCode);
        QCOMPARE(runShell(commands.cancelDetached(token, 12)).code, 0);
        QCOMPARE(runShell(commands.breakLock(token)).code, 0);
        QCOMPARE(runShell(commands.lockStatus()).out.trimmed(), QByteArray("free"));
    }

    // A change no app follows is taken over only after its lease (or once its app said how it ended).
    void anAbandonedChangeIsClaimedAfterItsLease()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString token = QStringLiteral("0f0e0d0c-eeee-2222-3333-444455556666");
        LockInfo info = deployBy(token);
        info.leaseSeconds = 100;
        info.plannedSteps = {QStringLiteral("pull"), QStringLiteral("compose up")};
        QCOMPARE(runShell(commands.takeLock(info)).code, 0);
        const QList<PendingChange> pending = parsePendingChanges(QString::fromUtf8(runShell(commands.pendingChanges()).out));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().info.leaseSeconds, 100);
        QCOMPARE(pending.first().info.plannedSteps, info.plannedSteps);
        QCOMPARE(RemoteCommands::parseGuards(QString::fromUtf8(runShell(commands.guardStatus()).out)).pendingChanges, 1);
        QCOMPARE(runShell(commands.claimAbandoned(token, 100)).code, RemoteCommands::lockHeldExitCode); // within its lease
        QFile record(commands.changeDir(token) + QStringLiteral("/change.json"));
        QVERIFY(record.open(QIODevice::ReadWrite));
        QVERIFY(record.setFileTime(QDateTime::currentDateTime().addSecs(-101), QFileDevice::FileModificationTime));
        QCOMPARE(runShell(commands.claimAbandoned(token, 100)).code, 0);
        QCOMPARE(runShell(commands.lockStatus()).out.trimmed(), QByteArray("free"));

        const QString ended = QStringLiteral("0f0e0d0c-ffff-2222-3333-444455556666");
        QCOMPARE(runShell(commands.takeLock(deployBy(ended))).code, 0);
        QCOMPARE(runShell(commands.endChange(ended, R"({"sha":"x"})")).code, 0);
        QCOMPARE(runShell(commands.claimAbandoned(ended, 100000)).code, 0); // its app said how it ended
    }

    // Between `setsid … &` and setsid() itself the step is alive but has no process group yet;
    // on a loaded droplet the follow can look in that moment. It must not take the step for dead,
    // and a cancel in that moment must still stop it.
    void aStepNotYetInItsOwnGroupIsAliveAndCanBeStopped()
    {
        const LockDirInTemp droplet;
        const RemoteCommands &commands = droplet.commands;
        const QString token = QStringLiteral("0f0e0d0c-7777-2222-3333-444455556666");
        const QString step = commands.changeDir(token) + QStringLiteral("/step-06");
        QVERIFY(QDir().mkpath(step));
        // Alive, in this test's process group (as the step is before its setsid()), and an orphan
        // that init reaps (as on the droplet, where the shell that started it is gone).
        const QByteArray starting = runShell(QStringLiteral("sleep 30 >/dev/null 2>&1 & echo $!")).out.trimmed();
        QVERIFY(starting.toInt() > 0);
        // A zombie is gone too: in a PID namespace nothing may reap it (a fresh chroot's, a container's).
        const auto alive = [&starting] {
            return runShell(QStringLiteral("ps -o stat= -p %1 | grep -qv '^ *Z'").arg(QString::fromLatin1(starting))).code == 0;
        };
        QVERIFY(alive());
        const auto write = [&step](const QString &name, const QByteArray &content) { return writeFile(step + u'/' + name, content); };
        QVERIFY(write(QStringLiteral("pid"), starting + '\n'));
        QVERIFY(write(QStringLiteral("out"), "pulling\n"));
        QVERIFY(write(QStringLiteral("err"), {}));

        QProcess follow;
        follow.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), commands.followDetached(token, 6, 0, 0)});
        QVERIFY(follow.waitForStarted());
        QVERIFY(!follow.waitForFinished(800)); // still following
        QVERIFY(!QFile::exists(step + QStringLiteral("/status")));
        QVERIFY(write(QStringLiteral("status"), "0\n")); // the step ends as its wrapper would say
        QVERIFY(follow.waitForFinished(10000));
        QCOMPARE(follow.exitCode(), 0);
        QCOMPARE(follow.readAllStandardOutput(), QByteArray("pulling\n"));

        QVERIFY(QFile::remove(step + QStringLiteral("/status")));
        QCOMPARE(runShell(commands.cancelDetached(token, 6)).code, 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!alive(), "a cancel stops a step that has no group yet", 5000);
        QCOMPARE(runShell(commands.followDetached(token, 6, 0, 0)).code, 143);
    }

    void pendingChangesAreParsed()
    {
        const QString text = QStringLiteral(
            "@change 0f0e0d0c-1111-2222-3333-444455556666 12\n"
            "@json {\"holder\":\"ana@mac\",\"method\":\"rollback\",\"token\":\"0f0e0d0c-1111-2222-3333-444455556666\"}\n"
            "@sha 0123456789abcdef0123456789abcdef01234567\n"
            "@step step-03 0 pull the backend image\n"
            "@step step-05 running compose up\n"
            "@change ../../etc 3\n"
            "@step step-01 0 planted\n"
            "garbage line\n");
        const QList<PendingChange> changes = parsePendingChanges(text);
        QCOMPARE(changes.size(), 1); // the one with a token that is not one is dropped
        QCOMPARE(changes.first().info.method, QStringLiteral("rollback"));
        QCOMPARE(changes.first().quietSeconds, 12);
        QCOMPARE(changes.first().steps.size(), 2);
        QCOMPARE(changes.first().steps.at(1).name, QStringLiteral("compose up"));
        QVERIFY(changes.first().running());
    }

};

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
