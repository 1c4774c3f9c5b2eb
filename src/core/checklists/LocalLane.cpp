#include "LocalLane.h"

#include "core/checklists/SetupProbes.h"
#include "core/droplet/ComposePs.h"
#include "core/keychain/Vault.h"
#include "core/platform/LocalTools.h"
#include "core/redaction/Redactor.h"
#include "core/redaction/TerminalText.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <unistd.h>

namespace Stratum {

namespace {
const QString webhookLine = QStringLiteral("Stripe webhook processed");
}

LocalLane::LocalLane(const Profile &profile, const Redactor *redactor, QObject *parent)
    : QObject(parent), m_profile(profile), m_redactor(redactor), m_network(new QNetworkAccessManager(this))
{
}

QStringList LocalLane::probes()
{
    return {QStringLiteral("local-git-head"), QStringLiteral("local-compose-ps"), QStringLiteral("local-backend-ready"),
            QStringLiteral("stripe-listen"), QStringLiteral("local-webhook-log")};
}

void LocalLane::runAndRecord(const Checklist &list, const QString &sha, Vault *vault, const QString &who, QObject *context,
                             std::function<void(const ChecklistItem &, const LocalProbeResult &)> each,
                             std::function<void(const KeychainError &, bool)> done)
{
    QList<ChecklistItem> items;
    for (const ChecklistItem &item : list.items) {
        if (item.kind == ChecklistItemKind::Automatic && canRun(item))
            items << item;
    }
    const QString listId = list.id;
    const QString profileId = m_profile.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    vault->updateChecklistRecords(profileId, [sha, listId, now](ChecklistRecords &records) {
        if (!records.laneStarted(sha, listId))
            records.setLaneStarted(sha, listId, now);
    }, context, [=, this](const KeychainError &started) {
        if (!started.ok()) {
            done(started, false);
            return;
        }
        vault->loadChecklistRecords(profileId, context, [=, this](const Vault::Result<ChecklistRecords> &records) {
            const QDateTime since = records.value.laneStarted(sha, listId).value_or(now);
            runEach(items, 0, sha, since, context, each, [=](const QList<LocalProbeResult> &results) {
                bool allPassed = true;
                for (const LocalProbeResult &result : results)
                    allPassed &= result.passed;
                vault->updateChecklistRecords(profileId, [=](ChecklistRecords &saved) {
                    for (int i = 0; i < results.size(); ++i)
                        saved.set(sha, listId, items.at(i).id,
                                  {results.at(i).passed ? ItemRecord::Status::Passed : ItemRecord::Status::Failed, who,
                                   QDateTime::currentDateTimeUtc(), {}, results.at(i).evidence, true});
                }, context, [done, allPassed](const KeychainError &error) { done(error, allPassed); });
            });
        });
    });
}

void LocalLane::runEach(const QList<ChecklistItem> &items, int index, const QString &sha, const QDateTime &started,
                        QObject *context, std::function<void(const ChecklistItem &, const LocalProbeResult &)> each,
                        std::function<void(const QList<LocalProbeResult> &)> done, QList<LocalProbeResult> results)
{
    if (index >= items.size()) {
        done(results);
        return;
    }
    auto next = [=, this](const LocalProbeResult &probed) mutable {
        const LocalProbeResult result = this->result(probed.probe, probed.passed, probed.evidence); // redacted here
        each(items.at(index), result);
        results << result;
        runEach(items, index + 1, sha, started, context, each, done, results);
    };
    if (m_setup && SetupProbes::runsHere(items.at(index)))
        m_setup->run(items.at(index).probe, context, next);
    else
        run(items.at(index).probe, sha, started, context, next);
}

bool LocalLane::canRun(const ChecklistItem &item) const
{
    return runsHere(item) || (m_setup && SetupProbes::runsHere(item));
}

LocalProbeResult LocalLane::result(const QString &probe, bool passed, const QString &evidence) const
{
    return {probe, passed, m_redactor ? m_redactor->redact(evidence) : Redactor::redactPatterns(evidence)};
}

void LocalLane::run(const QString &probe, const QString &sha, const QDateTime &laneStarted, QObject *context, Done done)
{
    if (probe == QLatin1String("local-git-head"))
        gitHead(sha, context, done);
    else if (probe == QLatin1String("local-compose-ps"))
        composePs(context, done);
    else if (probe == QLatin1String("local-backend-ready"))
        backendReady(context, done);
    else if (probe == QLatin1String("stripe-listen"))
        stripeListen(context, done);
    else if (probe == QLatin1String("local-webhook-log"))
        webhookLog(laneStarted, context, done);
    else
        done(result(probe, false, tr("not a local probe")));
}

void LocalLane::tool(const QString &program, const QStringList &arguments, QObject *context,
                     std::function<void(int, const QByteArray &, const QByteArray &)> then)
{
    const QString path = LocalTools::find(program);
    if (path.isEmpty()) {
        then(-1, {}, tr("%1 was not found in %2").arg(program, LocalTools::searchDirs().join(QStringLiteral(", "))).toUtf8());
        return;
    }
    auto *process = new QProcess(this);
    process->setProcessEnvironment(LocalTools::environment());
    process->setWorkingDirectory(m_profile.local.projectDir);
    auto *limit = new QTimer(process);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, process, &QProcess::kill);
    QPointer<QObject> guard(context);
    connect(process, &QProcess::finished, this, [process, then, guard, program](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (!guard)
            return;
        if (status != QProcess::NormalExit)
            then(-1, {}, tr("%1 did not finish in time").arg(program).toUtf8());
        else
            then(code, process->readAllStandardOutput(), process->readAllStandardError());
    });
    connect(process, &QProcess::errorOccurred, this, [process, then, guard, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        if (guard)
            then(-1, {}, tr("%1 could not be started").arg(program).toUtf8());
    });
    if (!QFileInfo(m_profile.local.projectDir).isDir()) {
        process->deleteLater();
        then(-1, {}, tr("the local project directory %1 does not exist").arg(m_profile.local.projectDir).toUtf8());
        return;
    }
    limit->start(std::chrono::seconds(m_profile.timing.httpSeconds * 3));
    process->start(path, arguments);
}

void LocalLane::gitHead(const QString &sha, QObject *context, Done done)
{
    const QString probe = QStringLiteral("local-git-head");
    tool(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, context,
         [this, sha, context, done, probe](int code, const QByteArray &out, const QByteArray &err) {
        const QString head = QString::fromUtf8(out).trimmed();
        if (code != 0) {
            done(result(probe, false, tr("git rev-parse HEAD failed: %1").arg(QString::fromUtf8(err).trimmed())));
            return;
        }
        if (head != sha) {
            done(result(probe, false, tr("the local checkout is at %1, not at %2: check out the target first")
                                          .arg(head.left(12), sha.left(12))));
            return;
        }
        tool(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")}, context,
             [this, head, done, probe](int statusCode, const QByteArray &status, const QByteArray &) {
            const QStringList changed = QString::fromUtf8(status).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (statusCode != 0 || !changed.isEmpty())
                done(result(probe, false, tr("HEAD is %1 but the tree is not clean (%n change(s)), e.g. %2", nullptr,
                                             int(changed.size())).arg(head.left(12), changed.value(0).trimmed())));
            else
                done(result(probe, true, tr("HEAD %1, clean tree").arg(head.left(12))));
        });
    });
}

QStringList LocalLane::composeArguments() const
{
    return {QStringLiteral("compose"), QStringLiteral("-f"), m_profile.local.composeFile};
}

void LocalLane::composePs(QObject *context, Done done)
{
    const QString probe = QStringLiteral("local-compose-ps");
    tool(QStringLiteral("docker"), composeArguments() << QStringLiteral("ps") << QStringLiteral("--format") << QStringLiteral("json"),
         context, [this, done, probe](int code, const QByteArray &out, const QByteArray &err) {
        if (code != 0) {
            done(result(probe, false, tr("docker compose ps failed: %1").arg(QString::fromUtf8(err).trimmed().left(300))));
            return;
        }
        const ComposePsResult ps = parseComposePs(out);
        if (!ps.containers) {
            done(result(probe, false, ps.error));
            return;
        }
        QStringList running, notRunning;
        for (const ContainerState &container : *ps.containers)
            (container.state == QLatin1String("running") ? running : notRunning) << container.service;
        if (running.isEmpty() || !notRunning.isEmpty())
            done(result(probe, false, running.isEmpty() ? tr("the local stack is not running: start it with docker compose up -d --build")
                                                        : tr("not running: %1").arg(notRunning.join(QStringLiteral(", ")))));
        else
            done(result(probe, true, tr("running: %1").arg(running.join(QStringLiteral(", ")))));
    });
}

void LocalLane::backendReady(QObject *context, Done done)
{
    QUrl url = m_profile.local.backendUrl;
    url.setPath(m_profile.local.readyPath);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_profile.timing.httpSeconds * 1000);
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, done, guard]() {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        done(result(QStringLiteral("local-backend-ready"), ok,
                    ok ? tr("HTTP %1 from %2").arg(status).arg(url.toString())
                       : tr("%1: %2").arg(url.toString(), status > 0 ? tr("HTTP %1").arg(status) : reply->errorString())));
    });
}

void LocalLane::stripeListen(QObject *context, Done done)
{
    const QString probe = QStringLiteral("stripe-listen");
    // This stack's webhook: the local backend's port and the webhook path. Another checkout's
    // stack (another port), or another user's stripe, does not count.
    const QString target = QStringLiteral(":%1%2").arg(m_profile.local.backendUrl.port(80)).arg(m_profile.local.stripeWebhookPath);
    tool(QStringLiteral("ps"), {QStringLiteral("-U"), QString::number(::getuid()), QStringLiteral("-o"), QStringLiteral("args=")},
         context, [this, done, probe, target](int code, const QByteArray &out, const QByteArray &err) {
        if (code != 0) {
            done(result(probe, false, tr("ps failed: %1").arg(QString::fromUtf8(err).trimmed())));
            return;
        }
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (isStripeListen(line) && line.contains(QLatin1String("--forward-to")) && line.contains(target)) {
                done(result(probe, true, line.trimmed().left(300)));
                return;
            }
        }
        done(result(probe, false, tr("no stripe listen --forward-to …%1 is running").arg(target)));
    });
}

bool LocalLane::isStripeListen(const QString &commandLine)
{
    // "stripe listen …", or "/bin/sh …/stripe listen …" when stripe is a wrapper script.
    const QStringList words = commandLine.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 3);
    const qsizetype program = std::find_if(words.cbegin(), words.cend(), [](const QString &word) {
        return QFileInfo(word).fileName() == QLatin1String("stripe");
    }) - words.cbegin();
    return program < words.size() - 1 && words.at(program + 1) == QLatin1String("listen");
}

void LocalLane::webhookLog(const QDateTime &since, QObject *context, Done done)
{
    const QString probe = QStringLiteral("local-webhook-log");
    if (!since.isValid()) {
        done(result(probe, false, tr("start the lane first: only webhooks after its start count")));
        return;
    }
    tool(QStringLiteral("docker"),
         composeArguments() << QStringLiteral("logs") << QStringLiteral("--no-color") << QStringLiteral("--timestamps")
                            << QStringLiteral("--since") << since.toUTC().toString(Qt::ISODate) << QStringLiteral("backend"),
         context, [this, done, probe](int code, const QByteArray &out, const QByteArray &err) {
        if (code != 0) {
            done(result(probe, false, tr("docker compose logs failed: %1").arg(QString::fromUtf8(err).trimmed().left(300))));
            return;
        }
        const QStringList lines = withoutTerminalControls(QString::fromUtf8(out)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (it->contains(webhookLine)) {
                done(result(probe, true, it->trimmed().left(300)));
                return;
            }
        }
        done(result(probe, false, tr("no \"%1\" line in the backend logs since the lane started").arg(webhookLine)));
    });
}

} // namespace Stratum
