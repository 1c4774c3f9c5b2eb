#include "AuditLog.h"

#include "core/platform/AppPaths.h"
#include "core/redaction/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "stratum.audit")

namespace Stratum::AuditLog {

QString path()
{
    return AppPaths::logDir() + QStringLiteral("/audit.jsonl");
}

bool append(const QString &event, QJsonObject fields, const Redactor *redactor)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->isString())
            *it = redactor ? redactor->redact(it->toString()) : Redactor::redactPatterns(it->toString());
    }
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    fields.insert(QStringLiteral("event"), event);
    QFile file(path());
    // Append only: the file is never rewritten or truncated by the app.
    if (!QDir().mkpath(AppPaths::logDir()) || !file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcAudit) << "cannot write the audit log" << path() << file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return file.write(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n') > 0;
}

QList<QJsonObject> read()
{
    QList<QJsonObject> entries;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine());
        if (line.isObject())
            entries.append(line.object());
    }
    return entries;
}

} // namespace Stratum::AuditLog
