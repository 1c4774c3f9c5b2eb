// Renders the app's SVG icon to PNGs at build time, for the hicolor theme (Linux)
// and the .icns (macOS): render-icons SVG OUTDIR SIZE… writes OUTDIR/SIZExSIZE.png.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: render-icons SVG OUTDIR SIZE…\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icons: %s is not a valid SVG\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QDir().mkpath(arguments.at(2));
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        if (size < 8 || size > 2048) {
            std::fprintf(stderr, "render-icons: %s is not a size between 8 and 2048\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString path = QStringLiteral("%1/%2x%2.png").arg(arguments.at(2)).arg(size);
        if (!image.save(path)) {
            std::fprintf(stderr, "render-icons: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
