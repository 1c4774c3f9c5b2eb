// Writes a PNG of each main page to the directory given as the argument.
// Run under Xvfb through: cmake --build --preset dev --target screenshots
#include "gui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stratum"));
    QApplication::setApplicationName(QStringLiteral("stratum-deploy"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);

    Stratum::CoreContext core;
    if (!core.loadProfile())
        return 2;
    Stratum::MainWindow window(core);
    window.resize(1180, 760);
    window.show();

    auto *pages = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    int row = 0;
    auto *timer = new QTimer(&window);
    timer->setInterval(700); // let each page finish its keychain reads and paint
    QObject::connect(timer, &QTimer::timeout, &window, [&]() {
        if (row > 0) {
            const QString name = stack->currentWidget()->objectName().toLower().remove(QStringLiteral("page"));
            window.grab().save(outDir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
        if (row >= pages->count()) {
            QApplication::quit();
            return;
        }
        pages->setCurrentRow(row++);
        // Show the emergency deploy pack: the runbook's longest [Droplet] block.
        if (auto *tree = stack->currentWidget()->findChild<QTreeWidget *>(QStringLiteral("packTree"))) {
            const auto matches = tree->findItems(QStringLiteral("6  "), Qt::MatchStartsWith | Qt::MatchRecursive);
            if (!matches.isEmpty())
                tree->setCurrentItem(matches.first());
        }
    });
    timer->start();
    return app.exec();
}
