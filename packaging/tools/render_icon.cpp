// Build tool: renders the application icon (SVG) to a square PNG for the hicolor theme's fixed
// sizes. Usage: aifp-render-icon IN.svg SIZE OUT.png. Qt SVG, no display needed.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: aifp-render-icon IN.svg SIZE OUT.png\n");
        return 2;
    }
    // No QGuiApplication: the icon has no text, and shapes need no platform plugin.
    const int size = std::atoi(argv[2]);
    if (size < 16 || size > 1024) {
        std::fprintf(stderr, "aifp-render-icon: SIZE %s: not between 16 and 1024\n", argv[2]);
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "%s: not a valid SVG image\n", argv[1]);
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[3]), "PNG")) {
        std::fprintf(stderr, "%s: cannot write the PNG image\n", argv[3]);
        return 2;
    }
    return 0;
}
