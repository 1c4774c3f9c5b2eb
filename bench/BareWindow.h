// The reference window of startup_bench: a QMainWindow with a label, shown, painted once, then
// "painted" on stdout and gone. startup_bench runs it from its own binary (Qt with all the
// libraries the app loads) and from window_floor (QtWidgets alone).
#pragma once

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace StratumBench {

inline int showBareWindow(QApplication &app)
{
    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("Stratum Deploy"), &window);
    window.setCentralWidget(label);
    window.resize(1180, 760);
    struct PaintWatch : QObject {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                QTimer::singleShot(0, qApp, []() {
                    std::printf("painted\n");
                    std::fflush(stdout);
                    QApplication::quit();
                });
            return false;
        }
    } watch;
    label->installEventFilter(&watch);
    window.show();
    return app.exec();
}

} // namespace StratumBench
