#include "CommonCauses.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stratum {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Stratum::CommonCauses)
};

struct Pattern {
    const char *id;
    const char *regex;
    const char *what;
    const char *fix;
};

const Pattern patterns[] = {
    {"db-auth", "InvalidPasswordError|password authentication failed",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Database authentication fails (InvalidPasswordError)"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "POSTGRES_PASSWORD / DATABASE_URL in .env.production do not match the "
                                                "database. Fix them, then restart with env (runbook §9).")},
    {"placeholder-jwt", "JWT_SECRET.{0,80}(placeholder|change[-_ ]?me|must be (set|changed)|insecure|default)",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "JWT_SECRET is a placeholder in production"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Set a strong JWT_SECRET in .env.production (e.g. openssl rand -hex 32), "
                                                "then restart with env (runbook §1.4, §9).")},
    {"placeholder-ops", "OPS_INTERNAL_TOKEN.{0,80}(placeholder|change[-_ ]?me|must be (set|changed)|insecure|default)",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "OPS_INTERNAL_TOKEN is a placeholder in production"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Set a strong OPS_INTERNAL_TOKEN in .env.production, then restart with "
                                                "env (runbook §1.4, §9).")},
    {"missing-env", "(KeyError|ValidationError|field required|environment variable).{0,80}[A-Z][A-Z0-9_]{3,}",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "An env value is invalid or missing"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Compare .env.production with .env.production.example; the minimum keys "
                                                "are listed in runbook §1.4.")},
    {"ssh-auth", "Permission denied \\(publickey|ssh: handshake failed|Host key verification failed|ssh: unable to authenticate",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "SSH authentication to the droplet fails"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Check the DROPLET_HOST, DROPLET_USER and DROPLET_SSH_KEY secrets and the "
                                                "matching public key in /root/.ssh/authorized_keys (runbook §10.3).")},
    {"ghcr-auth", "(denied|unauthorized).{0,40}(ghcr\\.io|requested access to the resource is denied)",
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "The droplet cannot pull from GHCR"),
     QT_TRANSLATE_NOOP("Stratum::CommonCauses", "Check GHCR_USERNAME / GHCR_TOKEN (read:packages) and log the droplet in "
                                                "again: docker login ghcr.io (runbook §8, §10.3).")},
};

} // namespace

QList<CommonCause> detectCommonCauses(const QString &logText)
{
    // Compiled once: log tails are checked on every refresh.
    static const QList<QRegularExpression> regexes = [] {
        QList<QRegularExpression> compiled;
        for (const Pattern &pattern : patterns)
            compiled.append(QRegularExpression(QLatin1String(pattern.regex), QRegularExpression::CaseInsensitiveOption));
        return compiled;
    }();
    QList<CommonCause> causes;
    const QStringList lines = logText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < regexes.size(); ++i) {
        const Pattern &pattern = patterns[i];
        const QRegularExpression &regex = regexes.at(i);
        for (const QString &line : lines) {
            if (regex.match(line).hasMatch()) {
                causes.append({QLatin1String(pattern.id), Text::tr(pattern.what), Text::tr(pattern.fix), line.trimmed().left(300)});
                break;
            }
        }
    }
    return causes;
}

} // namespace Stratum
