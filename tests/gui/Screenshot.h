#pragma once

#include <QString>
#include <QWidget>

namespace StratumTest {

// Saves `window` as NAME.png when STRATUM_SCREENSHOT_DIR is set (the
// screenshots target sets it); otherwise nothing.
inline void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATUM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace StratumTest
