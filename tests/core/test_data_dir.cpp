// core/util/DataDir: the program's data is found next to the executable, never through a
// compiled-in path. This test executable lives in <build>/tests; the build tree mirrors the
// installed layout in <build>/share/aifp (packaging/CMakeLists.txt).
#include "core/util/DataDir.hpp"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <cstdlib>

class TestDataDir : public QObject {
    Q_OBJECT

private slots:
    void init() { qunsetenv("AIFP_RESOURCES_DIR"); }

    void executableDirIsThisProgramsFolder() {
        QCOMPARE(QString::fromStdString(aifp::executableDir()),
                 QCoreApplication::applicationDirPath());
    }

    // From <build>/tests, the nearest parent with share/aifp is the build folder.
    void foundInTheNearestParentShareFolder() {
        const QString expected =
            QDir(QCoreApplication::applicationDirPath() + "/../share/aifp").absolutePath();
        const QString found = QString::fromStdString(aifp::dataDir());
        QCOMPARE(QDir(found).absolutePath(), expected);
        QVERIFY(QFileInfo(found + "/catalog.json").isFile());
        QVERIFY(QFileInfo(found + "/models.json").isFile());
        QVERIFY(QFileInfo(found + "/climate.json").isFile());
        QCOMPARE(QString::fromStdString(aifp::sampleProjectsDir()), found + "/projects");
        QVERIFY(QFileInfo(found + "/projects/sample-gb300-hall.aifp").isFile());
    }

    void environmentOverrides() {
        qputenv("AIFP_RESOURCES_DIR", "/opt/elsewhere/aifp");
        QCOMPARE(aifp::dataDir(), std::string("/opt/elsewhere/aifp"));
        QCOMPARE(aifp::sampleProjectsDir(), std::string("/opt/elsewhere/aifp/projects"));
        qputenv("AIFP_RESOURCES_DIR", "");
        QVERIFY(aifp::dataDir() != "");
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "test_data_dir.moc"
