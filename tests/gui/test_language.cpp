// The desktop application in Spanish: started with --lang es, its menus, docks and numbers are
// Spanish and the report it exports is Spanish; --help in Spanish needs no display. English is
// what every other GUI test sees (the language is process-wide, hence this own executable).
#include "core/catalog/Catalog.hpp"
#include "core/estimate/FactoryEstimate.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "core/i18n/Language.hpp"
#include "core/validation/Validator.hpp"
#include "ui/app/DocumentPropertiesDialog.hpp"
#include "ui/app/HelpMenu.hpp"
#include "ui/app/LanguageChoice.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/docks/EstimateCharts.hpp"
#include "ui/docks/FindingsDock.hpp"
#include "ui/docks/PropertiesDock.hpp"
#include "ui/docks/SiteClimateEditor.hpp"
#include "ui/document/DisplayFormat.hpp"
#include "ui/document/Document.hpp"
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>

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

    // The Spanish window fits a 1366 x 768 screen: its longer tool bar labels once left a
    // minimum width of 1404 px from the layout's first activation, so resize(1366) gave 1404.
    void spanishWindowFitsSmallScreen() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        MainWindow w;
        w.setWindowState(Qt::WindowNoState);
        w.resize(1366, 768);
        QVERIFY2(w.minimumWidth() <= 1366, qPrintable(QString::number(w.minimumWidth())));
        QVERIFY2(w.width() <= 1366, qPrintable(QString::number(w.width())));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.width() <= 1366, qPrintable(QString::number(w.width())));
        QVERIFY2(w.minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
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
        QCOMPARE(titles.join('|'),
                 QStringLiteral("&Archivo|&Editar|&Herramientas|&Ver|Va&riantes|Ay&uda"));
    }

    // Main's newer dialogs and editors in Spanish: document properties, the site climate
    // editor (with a Spanish refusal whose number has a decimal comma) and a Spanish finding.
    // With AIFP_SCREENSHOT_DIR set, saves document-properties-es.png and site-climate-es.png.
    // The Estimates dock's charts: the engine's breakdown labels are English ("Cooling: CDU
    // pumps"); in Spanish the bars are named in Spanish and the power bars still land in their
    // group (the group names were compared translated against the English prefix, so every
    // power bar was zero in Spanish).
    void estimateChartsAreSpanish() {
        FactoryTargets t;
        t.systemId = "gb300-nvl72";
        t.targetGridMw = 5.0;
        const Catalog& catalog = Catalog::builtin();
        const Design design = generateFactory(t, catalog).design;
        const FactoryEstimate e = estimateFactory(design, catalog, {});

        std::unique_ptr<QChart> power(makePowerChart(e));
        auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(power->series().value(0));
        QVERIFY(bars);
        QStringList names;
        std::vector<double> groupKw(3, 0.0);
        for (QBarSet* set : bars->barSets()) {
            names << set->label();
            for (int g = 0; g < set->count() && g < 3; ++g)
                groupKw[std::size_t(g)] += set->at(g);
        }
        // Every engine item is drawn, in its group: the groups add up to the facility power.
        double engineKw = 0.0, itKw = 0.0;
        for (const BreakdownItem& item : e.powerBreakdownKw) {
            engineKw += item.value;
            if (item.label.rfind("IT:", 0) == 0)
                itKw += item.value;
        }
        QVERIFY(itKw > 0.0);
        QCOMPARE(groupKw[0], itKw);
        QVERIFY2(groupKw[1] > 0.0, "no cooling power drawn");
        QVERIFY(std::abs(groupKw[0] + groupKw[1] + groupKw[2] - engineKw) < 1e-6 * engineKw);
        QVERIFY2(names.contains(QStringLiteral("racks de GPU")), qPrintable(names.join('|')));
        QVERIFY2(names.contains(QStringLiteral("bombas de las CDU")), qPrintable(names.join('|')));

        std::unique_ptr<QChart> cost(makeCostChart(e));
        auto* costBars = qobject_cast<QStackedBarSeries*>(cost->series().value(0));
        QVERIFY(costBars);
        QStringList costNames;
        for (QBarSet* set : costBars->barSets())
            costNames << set->label();
        for (const char* text : {"Sistemas de GPU", "Electricidad", "Operación y mantenimiento"})
            QVERIFY2(costNames.contains(QString::fromUtf8(text)), qPrintable(costNames.join('|')));
        for (const char* english : {"GPU systems", "Electricity"})
            QVERIFY2(!costNames.contains(QString::fromUtf8(english)),
                     qPrintable(costNames.join('|')));
    }

    void newDialogsAndFindingsAreSpanish() {
        Document doc;
        FactoryTargets t;
        t.name = QStringLiteral("Sala de prueba").toStdString();
        t.systemId = "gb300-nvl72";
        t.targetGridMw = 1.0;
        t.designAmbientC = 35.0;
        doc.reset(generateFactory(t, Catalog::builtin()).design, {});
        const QString shots = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");

        DocumentPropertiesDialog dialog(&doc);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Propiedades del documento"));
        QStringList labels;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            labels << l->text();
        for (const char* text : {"&Cliente:", "&Autor:", "&Número de documento:", "&Moneda:"})
            QVERIFY2(labels.contains(QString::fromUtf8(text)), qPrintable(labels.join('|')));
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/document-properties-es.png"));
        }

        PropertiesDock props(&doc);
        SiteClimateEditor* editor = props.siteClimate();
        QVERIFY(editor);
        QVERIFY(!editor->setDesignAmbientC(75.5));
        QVERIFY2(editor->message().startsWith(QStringLiteral("Rechazado: ")),
                 qPrintable(editor->message()));
        if (!shots.isEmpty()) {
            props.resize(420, 640);
            props.show();
            QVERIFY(QTest::qWaitForWindowExposed(&props));
            props.grab().save(shots + QStringLiteral("/site-climate-es.png"));
        }

        // Findings come from core in the chosen language; numbers in the window's style.
        Design d = doc.design();
        d.halls.front().maxRackKw = 100.5;
        const display::NumberStyleScope numbers(numberStyleOf());
        const ValidationResult r = Validator(Catalog::builtin()).validateAll(d);
        bool found = false;
        for (const Finding& f : r.findings)
            if (f.rule == "density.rack_kw") {
                found = true;
                QVERIFY2(QString::fromStdString(f.message).contains(QStringLiteral("100,5")),
                         f.message.c_str());
                QVERIFY2(QString::fromStdString(f.message).contains(QStringLiteral("por rack")),
                         f.message.c_str());
            }
        QVERIFY(found);
    }

    // Qt's own strings come from Debian's qtbase_es.qm (package qt6-translations-l10n, which
    // aifp.sh installs and the .deb recommends): a dialog's standard buttons read Spanish. Help >
    // User guide shows the Spanish guide.
    void qtButtonsAndTheGuideAreSpanish() {
        const QString guide = userGuideMarkdown();
        QVERIFY2(guide.startsWith(QStringLiteral("# AI Factory Planner: guía de usuario")),
                 qPrintable(guide.left(80)));
        const QString qm =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm");
        if (!QFile::exists(qm))
            QSKIP("qt6-translations-l10n is not installed: Qt's buttons stay English");
        Document doc;
        DocumentPropertiesDialog dialog(&doc);
        const auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(box);
        const QPushButton* cancel = box->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel);
        QCOMPARE(cancel->text().remove('&'), QStringLiteral("Cancelar"));
        const QString shots = qEnvironmentVariable("AIFP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/qt-buttons-es.png"));
        }
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
