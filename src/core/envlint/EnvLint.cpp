#include "EnvLint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::EnvLint)
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))) {
        const QChar quote = value.at(0);
        const qsizetype end = value.indexOf(quote, 1);
        if (end > 0)
            return value.mid(1, end - 1);
    }
    // An unquoted value ends at " #" (a comment).
    const qsizetype comment = value.indexOf(QLatin1String(" #"));
    if (comment >= 0)
        value.truncate(comment);
    return value.trimmed();
}

bool looksWeak(const QString &value)
{
    static const QRegularExpression placeholder(
        QStringLiteral("change[-_ ]?me|changeme|placeholder|replace|your[-_]|example|secret$|^secret|xxx|todo|dummy|default|^test|^dev"),
        QRegularExpression::CaseInsensitiveOption);
    if (value.size() < 32 || placeholder.match(value).hasMatch())
        return true;
    const QSet<QChar> distinct(value.cbegin(), value.cend());
    return distinct.size() < 10;
}

} // namespace

EnvFile::~EnvFile()
{
    for (auto it = values.begin(); it != values.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
}

EnvFile parseEnvFile(const QByteArray &content)
{
    EnvFile env;
    static const QRegularExpression assignment(QStringLiteral("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)$"));
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = assignment.match(trimmed);
        if (!match.hasMatch()) {
            env.badLines << static_cast<int>(i + 1);
            continue;
        }
        const QString key = match.captured(1);
        if (env.values.contains(key) && !env.duplicateKeys.contains(key))
            env.duplicateKeys << key;
        env.values.insert(key, unquote(match.captured(2)));
    }
    return env;
}

QList<EnvFinding> lintEnv(const EnvFile &env, EnvKind kind, const Profile &profile)
{
    using Severity = EnvFinding::Severity;
    QList<EnvFinding> findings;
    const bool production = kind == EnvKind::Production;
    const QString file = production ? profile.droplet.envFile : profile.local.envFile;

    for (const int line : env.badLines)
        findings.append({Severity::Problem, QString(), Text::tr("line %1 of %2 is not KEY=VALUE").arg(line).arg(file)});
    for (const QString &key : env.duplicateKeys)
        findings.append({Severity::Warning, key, Text::tr("%1 is set more than once; the last one wins").arg(key)});

    if (production) {
        for (const QString &key : profile.env.required) {
            if (env.values.value(key).isEmpty())
                findings.append({Severity::Problem, key, Text::tr("%1 is missing or empty; the backend needs it to start (runbook §1.4)").arg(key)});
        }
        for (const QString &key : profile.env.recommended) {
            if (env.values.value(key).isEmpty())
                findings.append({Severity::Warning, key, Text::tr("%1 is not set (recommended for full functionality)").arg(key)});
        }
        if (env.values.contains(QStringLiteral("APP_ENV")) && env.values.value(QStringLiteral("APP_ENV")) != QLatin1String("production"))
            findings.append({Severity::Problem, QStringLiteral("APP_ENV"), Text::tr("APP_ENV must be production in %1").arg(file)});
    }
    for (const char *name : {"JWT_SECRET", "OPS_INTERNAL_TOKEN"}) {
        const QString key = QLatin1String(name);
        if (env.values.contains(key) && looksWeak(env.values.value(key)))
            findings.append({production ? Severity::Problem : Severity::Warning, key,
                             Text::tr("%1 looks like a placeholder or is weak: use at least 32 random characters, e.g. "
                                "openssl rand -hex 32").arg(key)});
    }
    const QString stripe = env.values.value(QStringLiteral("STRIPE_SECRET_KEY"));
    if (!stripe.isEmpty()) {
        if (production && !stripe.startsWith(QLatin1String("sk_live_")))
            findings.append({Severity::Problem, QStringLiteral("STRIPE_SECRET_KEY"),
                             Text::tr("STRIPE_SECRET_KEY in production must be a live key (sk_live_…), runbook §2")});
        if (!production && !stripe.startsWith(QLatin1String("sk_test_")))
            findings.append({Severity::Problem, QStringLiteral("STRIPE_SECRET_KEY"),
                             Text::tr("STRIPE_SECRET_KEY locally must be a test key (sk_test_…), runbook §2")});
    }
    const QString databaseUrl = env.values.value(QStringLiteral("DATABASE_URL"));
    if (!databaseUrl.isEmpty()) {
        // postgresql+asyncpg://user:password@host:port/db
        QString normalised = databaseUrl;
        normalised.replace(QRegularExpression(QStringLiteral("^[a-z0-9]+(\\+[a-z0-9]+)?://")), QStringLiteral("postgres://"));
        const QUrl url(normalised);
        const QList<std::pair<QString, QString>> parts{
            {QStringLiteral("POSTGRES_USER"), url.userName()}, {QStringLiteral("POSTGRES_PASSWORD"), url.password()},
            {QStringLiteral("POSTGRES_HOST"), url.host()},
            {QStringLiteral("POSTGRES_PORT"), url.port() > 0 ? QString::number(url.port()) : QString()},
            {QStringLiteral("POSTGRES_DB"), url.path().mid(1)}};
        if (!url.isValid() || url.host().isEmpty()) {
            findings.append({Severity::Problem, QStringLiteral("DATABASE_URL"), Text::tr("DATABASE_URL is not a valid database URL")});
        } else {
            for (const auto &[key, fromUrl] : parts) {
                if (env.values.contains(key) && !fromUrl.isEmpty() && env.values.value(key) != fromUrl)
                    findings.append({Severity::Problem, QStringLiteral("DATABASE_URL"),
                                     Text::tr("DATABASE_URL disagrees with %1 (a common cause of InvalidPasswordError, runbook §10.1)").arg(key)});
            }
        }
    }
    if (findings.isEmpty())
        findings.append({Severity::Ok, QString(), Text::tr("%1 passes the runbook's checks").arg(file)});
    return findings;
}

bool hasProblems(const QList<EnvFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const EnvFinding &f) { return f.severity == EnvFinding::Severity::Problem; });
}

QStringList envSecretValues(const EnvFile &env)
{
    static const QRegularExpression secretName(
        QStringLiteral("(SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|KEY|DSN|PRIVATE|CREDENTIAL|AUTH|SALT|SIGNING)"));
    static const QRegularExpression urlPassword(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\\s]*:([^@\\s]+)@"));
    QStringList values;
    for (auto it = env.values.cbegin(); it != env.values.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (secretName.match(it.key()).hasMatch())
            values << it.value();
        const QRegularExpressionMatch password = urlPassword.match(it.value());
        if (password.hasMatch())
            values << password.captured(1);
    }
    return values;
}

namespace {

bool obviouslyNotSecret(const QString &key, const QString &value)
{
    static const QRegularExpression plainName(
        QStringLiteral("^(TZ|LANG|ENV|ENVIRONMENT|PORT|HOST|HOSTNAME)$|_(ENV|ENVIRONMENT|PORT|HOST|HOSTS|HOSTNAME|USER|USERNAME|"
                       "NAME|DB|LEVEL|REGION|MODE|TIMEOUT|SECONDS|COUNT|SIZE|WORKERS|VERSION)$"));
    static const QRegularExpression plainValue(
        QStringLiteral("^([0-9]+([.][0-9]+)?|true|false|yes|no|on|off|True|False|TRUE|FALSE)$"));
    // A URL's password is masked on its own (envSecretValues); the rest of it names a place.
    static const QRegularExpression url(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s?#]*$"));
    return plainName.match(key).hasMatch() || plainValue.match(value).hasMatch() || url.match(value).hasMatch();
}

} // namespace

QStringList dropletEnvSecretValues(const EnvFile &env)
{
    constexpr qsizetype shortestUnnamedSecret = 8;
    QStringList values = envSecretValues(env);
    for (auto it = env.values.cbegin(); it != env.values.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (value.size() < shortestUnnamedSecret || values.contains(value) || obviouslyNotSecret(it.key(), value))
            continue;
        values << value;
    }
    return values;
}

} // namespace Stratum
