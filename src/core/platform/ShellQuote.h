#pragma once

#include <QString>

namespace Stratum {

// POSIX single-quoting: the result is always one word to the remote shell.
QString shellQuote(const QString &value);

} // namespace Stratum
