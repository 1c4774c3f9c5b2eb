#pragma once

#include "core/profile/Profile.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Stratum {

// A parsed .env file. Values live only as long as the check needs them.
struct EnvFile {
    QMap<QString, QString> values;
    QStringList duplicateKeys;
    QList<int> badLines; // 1-based numbers of lines that are not KEY=VALUE
    ~EnvFile();
};

EnvFile parseEnvFile(const QByteArray &content);

struct EnvFinding {
    enum class Severity { Ok, Warning, Problem };
    Severity severity = Severity::Ok;
    QString key;     // never a value
    QString message; // what is wrong and what to do; never quotes a value
};

enum class EnvKind { Local, Production };

// Runbook §1.4 and §2: required keys, strong JWT_SECRET / OPS_INTERNAL_TOKEN,
// Stripe test keys locally and live keys in production, DATABASE_URL agreeing
// with POSTGRES_*, APP_ENV=production in production.
QList<EnvFinding> lintEnv(const EnvFile &env, EnvKind kind, const Profile &profile);

// The values that are secrets by their key's name (…SECRET, …TOKEN, …PASSWORD, …KEY, …DSN, …)
// and the passwords inside URLs (DATABASE_URL): what the redactor must mask in output
// that may quote them, such as the droplet's logs in an incident bundle.
QStringList envSecretValues(const EnvFile &env);
bool hasProblems(const QList<EnvFinding> &findings);

// What the redactor masks of the droplet's own env file in every remote output (the rule in
// docs/security.md): the values `envSecretValues` names, and every other value of 8 characters
// or more unless it is obviously not a secret: a name that says so (…_ENV, …_PORT, …_HOST,
// …_USER, …_NAME, …_DB, …_LEVEL, …_REGION, …_MODE, TZ, LANG), a number, a boolean, or a URL
// without a query (a password inside a URL is masked on its own).
QStringList dropletEnvSecretValues(const EnvFile &env);

} // namespace Stratum
