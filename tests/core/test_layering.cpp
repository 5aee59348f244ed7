// core/ is plain C++20: standard library, Boost and the SQLite C API. No Qt, no VTK
// (docs/architecture.md). This test reads every file under core/ and fails on a forbidden include.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreHasNoQtOrVtk() {
        const QString coreDir = QStringLiteral(AIFP_SOURCE_DIR "/core");
        const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        const QRegularExpression forbidden(
            QStringLiteral("^(Q[A-Za-z]*|Qt[A-Za-z]*/.*|vtk.*|QVTK.*)$"));
        int filesChecked = 0;
        QStringList offences;
        QDirIterator it(coreDir, {"*.hpp", "*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            ++filesChecked;
            int lineNo = 0;
            while (!f.atEnd()) {
                ++lineNo;
                const QString line = QString::fromUtf8(f.readLine());
                const auto m = include.match(line);
                if (m.hasMatch() && forbidden.match(m.captured(1)).hasMatch())
                    offences << QStringLiteral("%1:%2: %3").arg(path).arg(lineNo).arg(m.captured(1));
            }
        }
        QVERIFY2(filesChecked > 10, "core/ sources not found");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join('\n')));
    }

    void coreCMakeLinksNoQtOrVtk() {
        QFile f(QStringLiteral(AIFP_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(!text.contains("Qt6::") && !text.contains("VTK::") && !text.contains("VTK_LIBRARIES"),
                 "core/CMakeLists.txt must not link Qt or VTK");
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "test_layering.moc"
