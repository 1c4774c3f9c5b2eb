#pragma once

#include <QJsonObject>
#include <QString>

namespace Stratum {

class Redactor;

// The append-only local audit log (one JSON object per line): gate overrides
// and refusals, confirmed checklist items, known-good marks without smoke.
// Every text field passes the redactor first; it never holds secrets.
namespace AuditLog {

QString path();
// Appends {time, event, …fields}; false when the file cannot be written.
bool append(const QString &event, QJsonObject fields, const Redactor *redactor);
QList<QJsonObject> read(); // for the CLI and the tests

} // namespace AuditLog

} // namespace Stratum
