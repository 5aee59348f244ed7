// The desktop application in Spanish: started with --lang es, its menus, docks and numbers are
// Spanish and the report it exports is Spanish; --help in Spanish needs no display. English is
// what every other GUI test sees (the language is process-wide, hence this own executable).
#include "core/i18n/Language.hpp"
#include "ui/app/LanguageChoice.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/docks/FindingsDock.hpp"
#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace aifp;
using namespace aifp::ui;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_language");
        QSettings().clear();
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
        // As main() does with `aifp --lang es`.
        char arg0[] = "aifp", arg1[] = "--lang", arg2[] = "es";
        char* argv[] = {arg0, arg1, arg2};
        QCOMPARE(chooseLanguage(3, argv), QStringLiteral("es"));
        applyLanguage(*QCoreApplication::instance(), QStringLiteral("es"));
    }

    void chooseLanguageReadsFlagThenSettingThenSystem() {
        char arg0[] = "aifp", arg1[] = "--lang=en";
        char* argv[] = {arg0, arg1};
        QCOMPARE(chooseLanguage(2, argv), QStringLiteral("en"));
        QSettings().setValue("language", "es"); // View > Language > Español
        QCOMPARE(chooseLanguage(1, argv), QStringLiteral("es"));
        QCOMPARE(chooseLanguage(2, argv), QStringLiteral("en")); // the flag wins
        QSettings().remove("language");
    }

    void menusDocksAndNumbersAreSpanish() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCOMPARE(language(), Language::Spanish); // core follows: report and messages
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* file = w.menuBar()->findChild<QMenu*>("menuFile");
        auto* view = w.menuBar()->findChild<QMenu*>("menuView");
        QVERIFY(file && view);
        QCOMPARE(file->title(), QStringLiteral("&Archivo"));
        QCOMPARE(view->title(), QStringLiteral("&Ver"));
        // Docks other modules install find the View menu by name, not by its (translated) text.
        QStringList viewEntries;
        for (QAction* a : view->actions())
            viewEntries << a->text();
        QVERIFY2(viewEntries.contains(QStringLiteral("Estimaciones")),
                 qPrintable(viewEntries.join('|')));
        QVERIFY2(viewEntries.contains(QStringLiteral("Cronograma")),
                 qPrintable(viewEntries.join('|')));
        QVERIFY2(w.findings()->windowTitle().startsWith(QStringLiteral("Hallazgos")),
                 qPrintable(w.findings()->windowTitle()));
        auto* language = w.menuBar()->findChild<QMenu*>("menuLanguage");
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Idioma"));
        // Numbers on screen: Spanish decimal comma.
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));
        // Nothing left in English in the menu bar.
        QStringList titles;
        for (QAction* a : w.menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles.join('|'), QStringLiteral("&Archivo|&Editar|&Herramientas|&Ver|Ay&uda"));
    }

    void helpIsSpanishWithoutADisplay() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AIFP_GUI_PATH), {"--lang", "es", "--help"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("planifique centros de datos de GPU")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Idioma de la interfaz y de los informes")),
                 qPrintable(out));
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
