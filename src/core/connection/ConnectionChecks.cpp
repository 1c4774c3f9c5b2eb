#include "ConnectionChecks.h"

#include "core/droplet/RemoteCommands.h"
#include "core/releases/Sha.h"

#include "core/github/GitHubClient.h"
#include "core/registry/RegistryClient.h"
#include "core/ssh/RemoteHost.h"
#include "core/ssh/RemoteHosts.h"
#include "core/ssh/SshSession.h"

#include <QCoreApplication>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::ConnectionChecks)
};

CheckStep step(const QString &id, const QString &title)
{
    CheckStep result;
    result.id = id;
    result.title = title;
    return result;
}

std::chrono::milliseconds httpTimeout(const Profile &profile)
{
    return std::chrono::seconds(profile.timing.httpSeconds);
}

} // namespace

QString stateWord(CheckStep::State state)
{
    switch (state) {
    case CheckStep::State::Passed:
        return Text::tr("ok");
    case CheckStep::State::Warning:
        return Text::tr("warning");
    case CheckStep::State::Failed:
        return Text::tr("FAILED");
    case CheckStep::State::Skipped:
        return Text::tr("skipped");
    }
    return {};
}

QString stateId(CheckStep::State state)
{
    switch (state) {
    case CheckStep::State::Passed:
        return QStringLiteral("passed");
    case CheckStep::State::Warning:
        return QStringLiteral("warning");
    case CheckStep::State::Failed:
        return QStringLiteral("failed");
    case CheckStep::State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString hostKeyCompareCommand(const QString &keyType)
{
    QString file = QStringLiteral("ssh_host_ed25519_key.pub");
    if (keyType.startsWith(QLatin1String("ecdsa")))
        file = QStringLiteral("ssh_host_ecdsa_key.pub");
    else if (keyType == QLatin1String("ssh-rsa") || keyType.startsWith(QLatin1String("rsa")))
        file = QStringLiteral("ssh_host_rsa_key.pub");
    return QStringLiteral("ssh-keygen -lf /etc/ssh/") + file;
}

void readHostKey(const HostEntry &host, const Profile &profile, QObject *context, std::function<void(const HostKeyReading &)> done)
{
    auto *session = new SshSession(sshTargetFor(host, profile), context);
    session->setHostKeyOnly(true);
    const QString where = QStringLiteral("%1:%2").arg(host.address).arg(host.port);
    QObject::connect(session, &SshSession::hostKeyRead, context, [session, host, where, done](const HostKeyInfo &key) {
        session->deleteLater();
        HostKeyReading reading;
        reading.key = key;
        reading.verdict = session->hostKeyCheck().verdict;
        reading.compareCommand = hostKeyCompareCommand(key.type);
        reading.step = step(QStringLiteral("host-key"), Text::tr("Host key"));
        reading.step.found << Text::tr("%1 presents %2 %3").arg(where, key.type, key.fingerprint);
        if (reading.verdict == HostKeyVerdict::Trusted) {
            reading.step.state = CheckStep::State::Passed;
            reading.step.found << Text::tr("trusted (%1)").arg(session->hostKeyCheck().source);
        } else {
            reading.step.state = CheckStep::State::Failed;
            reading.step.found << Text::tr("not trusted yet");
            reading.step.fixes << Text::tr("on the droplet's console run %1; if it prints %2, trust it (stratumctl host trust %3 "
                                           "--fingerprint %2)").arg(reading.compareCommand, key.fingerprint, host.name);
        }
        done(reading);
    });
    QObject::connect(session, &SshSession::failed, context, [session, done](const SshError &error) {
        session->deleteLater();
        HostKeyReading reading;
        reading.key = error.hostKey;
        reading.verdict = error.kind == SshError::Kind::HostKeyChanged   ? HostKeyVerdict::Changed
                          : error.kind == SshError::Kind::HostKeyRevoked ? HostKeyVerdict::Revoked
                                                                         : HostKeyVerdict::Error;
        reading.compareCommand = hostKeyCompareCommand(error.hostKey.type);
        reading.step = step(QStringLiteral("host-key"), Text::tr("Host key"));
        reading.step.state = CheckStep::State::Failed;
        reading.step.found << error.message;
        if (error.isHostKeyProblem())
            reading.step.fixes << Text::tr("do not connect: compare on the droplet's console (%1) and find out why the key "
                                           "changed").arg(reading.compareCommand);
        else
            reading.step.fixes << Text::tr("check the address and port, and that sshd runs on the droplet");
        done(reading);
    });
    session->open();
}

namespace {

// The deploy lock and the pin live there: lost at a reboot on tmpfs, forgeable where others write.
void assessLockDir(const ConnectionFacts &facts, const QString &dir, CheckStep &result)
{
    const QString fixPath = Text::tr("set droplet.lockDir in the profile to /var/lib/stratum-deploy (on disk, made 0700 for the "
                                     "deploy user)");
    if (facts.lockDirIsLink || (facts.lockDirExists && (!facts.lockDirOwnedByUser || facts.lockDirWritableByOthers()))) {
        result.state = CheckStep::State::Failed;
        result.found << (facts.lockDirIsLink ? Text::tr("the lock directory %1 is a symbolic link").arg(dir)
                         : !facts.lockDirOwnedByUser ? Text::tr("the lock directory %1 belongs to another user").arg(dir)
                                                     : Text::tr("others can write into the lock directory %1 (mode %2)")
                                                           .arg(dir, facts.lockDirMode));
        result.fixes << Text::tr("deploys refuse to use it: make it a directory of the deploy user with mode 700, or %1").arg(fixPath);
        return;
    }
    if (facts.lockDirVolatile() || RemoteCommands::isVolatilePath(dir)) {
        if (result.state == CheckStep::State::Passed)
            result.state = CheckStep::State::Warning;
        result.found << (facts.lockDirVolatile()
                             ? Text::tr("the lock directory %1 is on %2: a reboot empties it, and a pin or a change's record is lost")
                                   .arg(dir, facts.lockDirFilesystem)
                             : Text::tr("the lock directory %1 is under %2, which a reboot may empty (%3 here): a pin or a "
                                        "change's record would be lost")
                                   .arg(dir, RemoteCommands::volatileRootOf(dir), facts.lockDirFilesystem));
        result.fixes << fixPath;
        return;
    }
    result.found << (facts.lockDirExists ? Text::tr("lock directory %1 on %2, mode %3").arg(dir, facts.lockDirFilesystem, facts.lockDirMode)
                                         : Text::tr("lock directory %1 (made at the first deploy) on %2").arg(dir, facts.lockDirFilesystem));
}

// A rollback to a known-good release needs no registry while the droplet keeps its images.
void assessKnownGoodImages(const ConnectionFacts &facts, const Profile &profile, const QStringList &knownGood, CheckStep &result)
{
    for (const QString &sha : knownGood) {
        const QStringList gone = missingImageRoles(facts.images, profile.backendImageRef(sha), profile.frontendImageRef(sha));
        if (gone.isEmpty())
            continue;
        if (result.state == CheckStep::State::Passed)
            result.state = CheckStep::State::Warning;
        result.found << imagesGoneSentence(gone, sha);
        result.fixes << Text::tr("keep known-good images on the droplet (no docker image prune -a), or pull them back: docker pull %1")
                            .arg(profile.backendImageRef(sha));
    }
}

} // namespace

CheckStep assessConnectionFacts(const ConnectionFacts &facts, const Profile &profile, const QStringList &knownGood, const QString &hostName)
{
    const ProductPlace place = profile.placeOfHost(hostName);
    CheckStep result = step(QStringLiteral("droplet"), Text::tr("Droplet"));
    result.state = CheckStep::State::Passed;
    auto problem = [&result](const QString &found, const QString &fix) {
        result.state = CheckStep::State::Failed;
        result.found << found;
        result.fixes << fix;
    };
    if (!facts.read) {
        problem(Text::tr("the droplet's answer could not be read"), Text::tr("run the check again"));
        return result;
    }
    if (facts.composeVersion.isEmpty())
        problem(Text::tr("docker compose does not answer (%1)").arg(facts.composeError),
                Text::tr("install Docker with the Compose v2 plugin on the droplet"));
    else if (composeMajorVersion(facts.composeVersion) < 2)
        problem(Text::tr("docker compose %1 is the old v1").arg(facts.composeVersion),
                Text::tr("install the Compose v2 plugin (docker compose, not docker-compose)"));
    else
        result.found << Text::tr("docker compose %1").arg(facts.composeVersion);
    if (facts.daemonVersion.isEmpty())
        problem(Text::tr("the docker daemon does not answer the deploy user (%1)").arg(facts.daemonError),
                Text::tr("start docker (systemctl start docker), or let the deploy user use it"));
    else
        result.found << Text::tr("docker daemon %1").arg(facts.daemonVersion);
    if (!facts.appDirExists) {
        problem(Text::tr("%1 does not exist").arg(place.appDir),
                Text::tr("clone the repository there (the profile's droplet.appDir)"));
        return result;
    }
    result.found << (facts.gitHead.isEmpty() ? Text::tr("%1 exists").arg(place.appDir)
                                             : Text::tr("%1 is a clone at %2").arg(place.appDir, facts.gitHead));
    if (facts.gitHead.isEmpty())
        problem(Text::tr("%1 is not a git clone").arg(place.appDir),
                Text::tr("clone the repository into %1: deploys check commits out there").arg(place.appDir));
    if (!facts.envFileExists)
        problem(Text::tr("%1 is missing").arg(profile.droplet.envFile),
                Text::tr("create it from %1 (runbook §1.4; Checklists → one-time setup does it)").arg(profile.droplet.envExampleFile));
    else if (facts.envFileMode != QLatin1String("600") && facts.envFileMode != QLatin1String("400"))
        problem(Text::tr("%1 has mode %2: others can read it").arg(profile.droplet.envFile, facts.envFileMode),
                Text::tr("chmod 600 %1/%2 on the droplet").arg(place.appDir, profile.droplet.envFile));
    else
        result.found << Text::tr("%1 present, mode %2").arg(profile.droplet.envFile, facts.envFileMode);
    assessLockDir(facts, place.lockDir, result);
    assessKnownGoodImages(facts, profile, knownGood, result);
    return result;
}

void testDroplet(const HostEntry &host, const QByteArray &passphrase, const Profile &profile, QObject *context,
                 std::function<void(const CheckStep &)> done, const QStringList &knownGood)
{
    auto *remote = new RemoteHost(sshTargetFor(host, profile, passphrase), context);
    QStringList refs;
    for (const QString &sha : knownGood)
        refs << profile.backendImageRef(sha) << profile.frontendImageRef(sha);
    remote->run(connectionFactsCommand(profile, refs, host.name), std::chrono::seconds(profile.timing.stepSeconds), context,
                {{}, {}, [remote, host, &profile, done, knownGood](const RemoteResult &result) {
        remote->deleteLater();
        if (!result.exit.error.ok()) {
            CheckStep failed = step(QStringLiteral("droplet"), Text::tr("Droplet"));
            failed.state = CheckStep::State::Failed;
            failed.found << result.exit.error.message;
            failed.fixes << (result.exit.error.kind == SshError::Kind::Auth
                                 ? Text::tr("the droplet refused %1's key: add the .pub line to ~/.ssh/authorized_keys of %1 on "
                                            "the droplet (runbook §1.1), or pick the right key").arg(host.user)
                                 : Text::tr("check the address, the port and the network"));
            done(failed);
            return;
        }
        CheckStep checked = assessConnectionFacts(parseConnectionFacts(QString::fromUtf8(result.out)), profile, knownGood, host.name);
        checked.found.prepend(Text::tr("logged in as %1").arg(host.user));
        done(checked);
    }});
}

CheckStep assessTokenPermissions(const TokenPermissionsCheck &check, const Profile &profile)
{
    CheckStep result = step(QStringLiteral("github-token"), Text::tr("GitHub token"));
    if (!check.error.isEmpty() && check.answers.isEmpty()) {
        result.state = CheckStep::State::Failed;
        result.found << check.error;
        result.fixes << (check.tokenRefused ? Text::tr("make a new fine-grained token for %1/%2 and store it")
                                                  .arg(profile.github.owner, profile.github.repo)
                                            : Text::tr("check the network and try again"));
        return result;
    }
    if (check.classic)
        result.found << Text::tr("a classic token (scopes: %1)").arg(check.classicScopes.isEmpty() ? Text::tr("none") : check.classicScopes);
    for (const auto &[probe, answer] : check.answers) {
        switch (answer.state) {
        case PermissionState::Granted:
            result.found << Text::tr("%1: granted (%2)").arg(probe.label, probe.usedFor);
            break;
        case PermissionState::Missing:
            result.found << Text::tr("%1: MISSING — %2 (%3)").arg(probe.label, probe.usedFor, answer.detail);
            break;
        case PermissionState::Unknown:
            result.found << Text::tr("%1: could not be checked (%2)").arg(probe.label, answer.detail);
            break;
        }
    }
    const QList<PermissionProbe> missing = check.missing();
    const bool seesRepo = check.answers.isEmpty() || check.answers.first().second.state != PermissionState::Missing;
    if (!seesRepo) {
        result.state = CheckStep::State::Failed;
        result.fixes << Text::tr("the token cannot see %1/%2: under Repository access, select that repository")
                            .arg(profile.github.owner, profile.github.repo);
    } else if (!missing.isEmpty()) {
        result.state = CheckStep::State::Failed;
        result.fixes << check.fix();
    } else {
        result.state = check.unknown().isEmpty() ? CheckStep::State::Passed : CheckStep::State::Warning;
    }
    return result;
}

void checkGitHubToken(const QByteArray &token, const Profile &profile, QObject *context, std::function<void(const CheckStep &)> done)
{
    auto *client = new GitHubClient(profile.github.apiBaseUrl, httpTimeout(profile), context);
    client->setToken(token);
    client->setMaxRetries(1);
    checkTokenPermissions(client, profile, context, [client, &profile, done](const TokenPermissionsCheck &check) {
        client->deleteLater();
        done(assessTokenPermissions(check, profile));
    });
}

CheckStep assessGhcr(const QString &loginError, const ScopeVerdict &scopes, const QString &user)
{
    CheckStep result = step(QStringLiteral("ghcr"), Text::tr("GHCR login"));
    if (!loginError.isEmpty()) {
        result.state = CheckStep::State::Failed;
        result.found << loginError;
        result.fixes << Text::tr("check the GHCR user name and the token (a classic token with read:packages)");
        return result;
    }
    result.found << Text::tr("the registry issued a pull token for %1").arg(user);
    result.found << scopes.message;
    if (scopes.problem()) {
        result.state = CheckStep::State::Failed;
        result.fixes << Text::tr("make a classic token with only read:packages, use it on the droplet (docker login ghcr.io) "
                                 "and here, and revoke the broader one (runbook §8.1)");
    } else {
        result.state = scopes.classic ? CheckStep::State::Passed : CheckStep::State::Warning;
    }
    return result;
}

void checkGhcr(const QString &user, const QByteArray &token, const Profile &profile, QObject *context,
               std::function<void(const CheckStep &)> done)
{
    auto *registry = new RegistryClient(profile.images.apiBaseUrl, httpTimeout(profile), context);
    registry->setCredentials(user, QString::fromUtf8(token));
    registry->checkManifest(profile.images.backendImage + QStringLiteral(":latest"), context,
                            [registry, user, token, &profile, context, done](const ManifestCheck &check) {
        registry->deleteLater();
        const bool loggedIn = (check.outcome == ManifestCheck::Outcome::Present || check.outcome == ManifestCheck::Outcome::Missing)
                              && check.authenticated;
        QString loginError;
        if (!loggedIn)
            loginError = check.outcome == ManifestCheck::Outcome::Denied || check.outcome == ManifestCheck::Outcome::Error
                             ? check.message
                             : Text::tr("the registry asked for no login, so the user and token were not proven");
        if (!loginError.isEmpty()) {
            done(assessGhcr(loginError, {}, user));
            return;
        }
        // Classic tokens name their scopes on every GitHub API answer.
        auto *github = new GitHubClient(profile.github.apiBaseUrl, httpTimeout(profile), context);
        github->setToken(token);
        github->setMaxRetries(1);
        github->get(QStringLiteral("/user"), context, [github, user, done](const GitHubResponse &answer) {
            github->deleteLater();
            done(assessGhcr({}, assessPullTokenScopes(answer.hasOAuthScopes, answer.oauthScopes), user));
        });
    });
}

CheckStep assessRotation(const QList<RotationReminder> &reminders)
{
    CheckStep result = step(QStringLiteral("rotation"), Text::tr("Credential rotation"));
    result.state = CheckStep::State::Passed;
    for (const RotationReminder &reminder : reminders) {
        result.found << reminder.message;
        if (reminder.due) {
            result.state = CheckStep::State::Failed;
            result.fixes << reminder.label + QStringLiteral(": ") + reminder.steps;
        } else if (reminder.ageDays < 0 && result.state == CheckStep::State::Passed) {
            result.state = CheckStep::State::Warning;
        }
    }
    if (reminders.isEmpty())
        result.found << Text::tr("no credentials stored yet");
    return result;
}

} // namespace Stratum
