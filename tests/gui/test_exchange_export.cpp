// File > Export > NetBox import files, DXF hall plans, 3D model (.glb): the menu entries, the
// files they write (the same bytes as the core writers the command line uses), on a worker
// thread, under a comma-decimal locale, and a cancelled NetBox export that leaves nothing.
#include "core/catalog/Catalog.hpp"
#include "core/export/HallPlanDxf.hpp"
#include "core/export/SceneGlb.hpp"
#include "ui/app/ExchangeExport.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/document/Document.hpp"
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>

using namespace aifp;
using namespace aifp::ui;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray bytes(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

const QString kSample = QStringLiteral(AIFP_PROJECTS_DIR "/sample-gb300-hall.aifp");

} // namespace

class TestExchangeExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_exchange_export");
        QSettings().clear();
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
    }

    void menuEntries() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the main window's VTK viewport needs an X display (run under Xvfb)");
        MainWindow w;
        QMenu* exportMenu = w.findChild<QMenu*>(QStringLiteral("menuExport"));
        QVERIFY(exportMenu);
        QStringList names;
        for (QAction* a : exportMenu->actions())
            names << a->objectName();
        for (const char* name :
             {"actionExportBom", "actionExportNetBox", "actionExportDxf", "actionExportGlb"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        // The submenu hangs in the File menu.
        QMenu* file = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("File"))
                file = a->menu();
        QVERIFY(file);
        bool found = false;
        for (QAction* a : file->actions())
            found = found || a->menu() == exportMenu;
        QVERIFY(found);
    }

    // The open File > Export menu, saved as a PNG when AIFP_SCREENSHOT_DIR names a folder (for
    // people to look at); the test checks the menu shows the three entries enabled.
    void menuScreenshot() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display (run under Xvfb)");
        MainWindow w;
        QVERIFY(w.openFile(kSample));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMenu* exportMenu = w.findChild<QMenu*>(QStringLiteral("menuExport"));
        QVERIFY(exportMenu);
        exportMenu->popup(w.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(exportMenu));
        for (const char* name : {"actionExportNetBox", "actionExportDxf", "actionExportGlb"}) {
            QAction* a = exportMenu->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(a && a->isEnabled() && exportMenu->actionGeometry(a).isValid(), name);
        }
        const QString dir = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(w.screen()->grabWindow(0).save(dir + "/exchange-export-menu.png"));
        }
        exportMenu->close();
    }

    void writesTheCoreBytesOnAWorker() {
        Document doc;
        doc.open(kSample);
        QTemporaryDir tmp;
        const QString dxf = tmp.filePath("plans.dxf"), glb = tmp.filePath("scene.glb"),
                      netbox = tmp.filePath("netbox");
        QCOMPARE(runExchangeExport(nullptr, doc.design(), doc.catalog(), ExchangeFormat::Dxf, dxf),
                 QString());
        QCOMPARE(runExchangeExport(nullptr, doc.design(), doc.catalog(), ExchangeFormat::Glb, glb),
                 QString());
        QCOMPARE(
            runExchangeExport(nullptr, doc.design(), doc.catalog(), ExchangeFormat::NetBox, netbox),
            QString());
        QCOMPARE(readFile(dxf), bytes(exchange::hallPlansDxf(doc.design(), doc.catalog())));
        QCOMPARE(readFile(glb), bytes(exchange::sceneGlb(doc.design(), doc.catalog())));
        QVERIFY(QFile::exists(netbox + "/README.txt"));
        QVERIFY(QFile::exists(netbox + "/11-cables-network-0001.csv"));
        // Again into the same folder: refused, naming it.
        const QString again =
            runExchangeExport(nullptr, doc.design(), doc.catalog(), ExchangeFormat::NetBox, netbox);
        QVERIFY2(again.startsWith(netbox + ": "), qPrintable(again));
    }

    void commaLocaleWritesTheSameFiles() {
        Document doc;
        doc.open(kSample);
        QTemporaryDir tmp;
        QCOMPARE(
            writeExchange(doc.design(), doc.catalog(), ExchangeFormat::NetBox, tmp.filePath("c")),
            QString());
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
            QSKIP("de_DE.UTF-8 not generated on this machine");
        const QString german = runExchangeExport(nullptr, doc.design(), doc.catalog(),
                                                 ExchangeFormat::NetBox, tmp.filePath("de"));
        std::setlocale(LC_ALL, "C");
        QCOMPARE(german, QString());
        const QStringList files = QDir(tmp.filePath("c")).entryList(QDir::Files);
        QVERIFY(files.size() > 10);
        for (const QString& f : files)
            QVERIFY2(readFile(tmp.filePath("c/" + f)) == readFile(tmp.filePath("de/" + f)),
                     qPrintable(f));
    }

    void cancelLeavesNothing() {
        Document doc;
        doc.open(kSample);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath("netbox");
        const QString message = writeExchange(doc.design(), doc.catalog(), ExchangeFormat::NetBox,
                                              dir, [](double f) { return f < 0.5; });
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
        const QString glb = tmp.filePath("x.glb");
        QVERIFY(!writeExchange(doc.design(), doc.catalog(), ExchangeFormat::Glb, glb, [](double) {
                     return false;
                 }).isEmpty());
        QVERIFY(!QFile::exists(glb));
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestExchangeExport)
#include "test_exchange_export.moc"
