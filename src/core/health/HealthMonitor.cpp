#include "HealthMonitor.h"

#include "core/droplet/ComposePs.h"
#include "core/droplet/RemoteCommands.h"
#include "core/redaction/Redactor.h"
#include "core/ssh/RemoteHost.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcHealth, "stratum.health")

namespace Stratum {

namespace {

const QString workerService = QStringLiteral("worker");

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed().section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace

HealthMonitor::HealthMonitor(const Profile &profile, RemoteHost *host, const Redactor *redactor, QObject *parent)
    : QObject(parent), m_profile(profile), m_place(profile.placeOfHost(host ? host->target().label : QString())), m_host(host),
      m_redactor(redactor),
      m_network(new QNetworkAccessManager(this)), m_probeTimeout(std::chrono::seconds(profile.timing.httpSeconds))
{
    m_timer.setInterval(std::chrono::seconds(qMax(1, profile.health.pollIntervalSeconds)));
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::startRound);
    const QList<std::pair<QString, QString>> initial{
        {QStringLiteral("backend-live"), tr("Backend live")},
        {QStringLiteral("backend-ready"), tr("Backend ready")},
        {QStringLiteral("frontend"), tr("Frontend :%1").arg(m_place.frontendPort)},
        {QStringLiteral("worker"), tr("Worker")}};
    for (const auto &[id, label] : initial) {
        m_order << id;
        HealthIndicator indicator;
        indicator.id = id;
        indicator.label = label;
        indicator.detail = tr("not probed yet");
        m_indicators.insert(id, indicator);
    }
}

void HealthMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void HealthMonitor::start()
{
    m_timer.start();
    startRound();
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

void HealthMonitor::pollOnce()
{
    startRound();
}

QList<HealthIndicator> HealthMonitor::indicators() const
{
    QList<HealthIndicator> list;
    for (const QString &id : m_order)
        list << m_indicators.value(id);
    return list;
}

HealthState HealthMonitor::worst() const
{
    HealthState worst = HealthState::Healthy;
    for (const HealthIndicator &indicator : m_indicators)
        worst = worstOf(worst, indicator.state);
    return worst;
}

std::chrono::milliseconds HealthMonitor::remoteTimeout() const
{
    return m_probeTimeout;
}

void HealthMonitor::startRound()
{
    if (m_pendingProbes > 0) {
        ++m_skipped;
        qCDebug(lcHealth) << "previous round still running; tick skipped";
        return;
    }
    m_pendingProbes = 1; // the compose probe; it starts the droplet probes that need its answer
    probeFrontend();
    probeCompose();
}

void HealthMonitor::probeDone()
{
    if (--m_pendingProbes == 0) {
        ++m_rounds;
        Q_EMIT roundFinished();
    }
}

void HealthMonitor::report(const QString &id, const QString &label, HealthState state, qint64 latencyMs, const QString &detail)
{
    if (!m_order.contains(id))
        m_order << id;
    HealthIndicator &indicator = m_indicators[id];
    indicator.id = id;
    indicator.label = label;
    const HealthState previous = indicator.state;
    const bool firstSample = indicator.lastProbe.isNull();
    const QString clean = m_redactor ? m_redactor->redact(detail) : Redactor::redactPatterns(detail);
    const bool changed = indicator.add({QDateTime::currentDateTimeUtc(), state, latencyMs, clean});
    Q_EMIT indicatorUpdated(indicator);
    if (changed && !firstSample)
        Q_EMIT indicatorChanged(indicator, previous);
}

void HealthMonitor::probeFrontend()
{
    if (!m_host) {
        report(QStringLiteral("frontend"), tr("Frontend :%1").arg(m_place.frontendPort), HealthState::Unknown, -1,
               tr("no droplet is set up"));
        return;
    }
    ++m_pendingProbes;
    const QString host = m_host->target().address;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_place.frontendPort);
    url.setPath(QStringLiteral("/"));
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_probeTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock, url]() {
        reply->deleteLater();
        const qint64 ms = clock->elapsed();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString label = tr("Frontend :%1").arg(m_place.frontendPort);
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            report(QStringLiteral("frontend"), label, HealthState::Failing, ms,
                   tr("no answer from %1 within %2 s").arg(url.toString()).arg(m_probeTimeout.count() / 1000.0));
        else if (status >= 200 && status < 400)
            report(QStringLiteral("frontend"), label, HealthState::Healthy, ms, tr("HTTP %1").arg(status));
        else if (status > 0)
            report(QStringLiteral("frontend"), label, HealthState::Failing, ms, tr("HTTP %1 from %2").arg(status).arg(url.toString()));
        else
            report(QStringLiteral("frontend"), label, HealthState::Failing, ms, reply->errorString());
        probeDone();
    });
}

void HealthMonitor::probeCompose()
{
    if (!m_host) {
        const QString why = tr("no droplet is set up");
        report(QStringLiteral("backend-live"), tr("Backend live"), HealthState::Unknown, -1, why);
        report(QStringLiteral("backend-ready"), tr("Backend ready"), HealthState::Unknown, -1, why);
        report(QStringLiteral("worker"), tr("Worker"), HealthState::Unknown, -1, why);
        probeDone();
        return;
    }
    const RemoteCommands commands(m_profile, m_host->target().label);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_host->run(commands.composePs(), remoteTimeout(), this, {{}, {}, [this, clock](const RemoteResult &result) {
        QString workerName;
        if (!result.ok()) {
            const QString why = result.exit.error.ok() ? firstLine(result.err) : result.exit.error.message;
            for (const QString &service : m_profile.droplet.services)
                report(QStringLiteral("service:") + service, service, HealthState::Failing, clock->elapsed(),
                       tr("compose ps failed: %1").arg(why));
        } else {
            const ComposePsResult ps = parseComposePs(result.out);
            const QList<ContainerState> containers = ps.containers.value_or(QList<ContainerState>());
            QStringList services = m_profile.droplet.services;
            for (const ContainerState &container : containers) {
                if (!services.contains(container.service))
                    services << container.service; // postgres, redis, …: shown as compose reports them
            }
            for (const QString &service : services) {
                auto found = std::find_if(containers.cbegin(), containers.cend(),
                                          [&service](const ContainerState &c) { return c.service == service; });
                const QString id = QStringLiteral("service:") + service;
                if (!ps.containers)
                    report(id, service, HealthState::Failing, clock->elapsed(), ps.error);
                else if (found == containers.cend())
                    report(id, service, HealthState::Failing, clock->elapsed(), tr("no container"));
                else if (found->state != QLatin1String("running") || found->health == QLatin1String("unhealthy"))
                    report(id, service, HealthState::Failing, clock->elapsed(), found->status.isEmpty() ? found->state : found->status);
                else if (found->health == QLatin1String("starting"))
                    report(id, service, HealthState::Degraded, clock->elapsed(), found->status);
                else
                    report(id, service, HealthState::Healthy, clock->elapsed(), found->status);
                if (service == QLatin1String("backend") && found != containers.cend())
                    m_backendTag = found->imageTag();
                if (service == workerService && found != containers.cend())
                    workerName = found->name;
            }
        }
        probeBackend(QStringLiteral("backend-live"), m_place.backendLiveUrl);
        probeBackend(QStringLiteral("backend-ready"), m_place.backendReadyUrl);
        probeWorker(workerName);
        probeDone();
    }});
}

void HealthMonitor::probeBackend(const QString &id, const QString &url)
{
    ++m_pendingProbes;
    const QString label = id == QLatin1String("backend-live") ? tr("Backend live") : tr("Backend ready");
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_host->run(RemoteCommands(m_profile, m_host->target().label).backendHealth(url), remoteTimeout(), this,
                {{}, {}, [this, id, label, clock](const RemoteResult &result) {
        const qint64 ms = clock->elapsed();
        if (result.ok())
            report(id, label, HealthState::Healthy, ms, firstLine(result.out));
        else if (result.exit.error.kind == SshError::Kind::TimedOut)
            report(id, label, HealthState::Failing, ms, tr("no answer within %1 s").arg(m_probeTimeout.count() / 1000.0));
        else if (!result.exit.error.ok())
            report(id, label, HealthState::Failing, ms, result.exit.error.message);
        else
            report(id, label, HealthState::Failing, ms,
                   tr("exit %1: %2").arg(result.exit.exitStatus).arg(firstLine(result.err + result.out)));
        probeDone();
    }});
}

void HealthMonitor::probeWorker(const QString &containerName)
{
    if (!RemoteCommands::isContainerName(containerName)) {
        report(QStringLiteral("worker"), tr("Worker"), HealthState::Failing, -1,
               containerName.isEmpty() ? tr("no worker container") : tr("unexpected container name from compose ps"));
        return;
    }
    ++m_pendingProbes;
    const int since = qMax(120, 3 * int(m_timer.interval() / 1000));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_host->run(RemoteCommands(m_profile, m_host->target().label).workerProbe(containerName, workerService, since), remoteTimeout(), this,
                {{}, {}, [this, clock](const RemoteResult &result) {
        const qint64 ms = clock->elapsed();
        if (!result.exit.error.ok()) {
            report(QStringLiteral("worker"), tr("Worker"), HealthState::Failing, ms, result.exit.error.message);
        } else {
            const WorkerReport worker = evaluateWorker(result.out, m_profile.health.workerIngestionPattern, m_workerBaseline);
            if (m_workerBaseline < 0 && worker.restartCount >= 0)
                m_workerBaseline = worker.restartCount;
            report(QStringLiteral("worker"), tr("Worker"), worker.state, ms, worker.detail);
        }
        probeDone();
    }});
}

} // namespace Stratum
