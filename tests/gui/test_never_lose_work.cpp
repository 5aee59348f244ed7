// Never lose work: every way a design appears marks it modified, so New/Open/Quit ask; the
// autosave writes a recovery file (never the user's file); a killed session's work is offered
// back at the next start. The crash test runs the real `aifp` executable and SIGKILLs it.
// Needs an X display (the viewport is VTK through GLX): run under Xvfb.
#include "core/io/Project.hpp"
#include "ui/app/Autosave.hpp"
#include "ui/app/FactoryWizard.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/commands/AssumptionOverrideCommand.hpp"
#include "ui/document/Document.hpp"
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aifp;
using namespace aifp::ui;

namespace {

const QString kSample = QStringLiteral(AIFP_PROJECTS_DIR "/sample-1mw.aifp");

// Clicks the button whose text (without '&') is `button` in the next message box shown, and
// keeps the box's text.
void answerNextMessageBox(const QString& button, QString* text, int triesLeft = 200) {
    QTimer::singleShot(25, [button, text, triesLeft] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                *text = box->text();
                for (QAbstractButton* b : box->buttons())
                    if (b->text().remove('&') == button) {
                        b->click();
                        return;
                    }
                *text = "no button " + button + " in: " + *text;
                box->reject();
                return;
            }
        if (triesLeft > 0)
            answerNextMessageBox(button, text, triesLeft - 1); // not shown yet
    });
}

QString recoveryFileOf(const QString& dir, qint64 pid) {
    return QString("%1/autosave-%2.aifp").arg(dir).arg(pid);
}

} // namespace

class TestNeverLoseWork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_never_lose_work");
        QSettings().clear();
        QVERIFY(recoveryRoot_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recoveryRoot_.path().toUtf8());
        qputenv("AIFP_AUTOSAVE_SECONDS", "1");
    }

    // File > New factory, then File > New: the generated design is unsaved work, so New asks;
    // Cancel keeps it, Discard drops it.
    void wizardThenNewAsks() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.document()->isModified());
        bool wizardSeen = false;
        QTimer::singleShot(50, [&wizardSeen] {
            for (QWidget* tl : QApplication::topLevelWidgets())
                if (auto* wiz = qobject_cast<FactoryWizard*>(tl); wiz && wiz->isVisible()) {
                    wizardSeen = true;
                    wiz->generateNow();
                    wiz->accept();
                }
        });
        w.action("actionNewFactory")->trigger();
        QVERIFY(wizardSeen);
        const Design generated = w.document()->design();
        QVERIFY(!generated.halls.empty());
        QVERIFY(!generated.racks.empty());
        QVERIFY(w.document()->isModified());
        QVERIFY(w.isWindowModified()); // the title's [*] shows as '*'

        QString text;
        answerNextMessageBox("Cancel", &text);
        w.action("actionNew")->trigger();
        QVERIFY2(text.contains("unsaved changes"), qPrintable(text));
        QVERIFY(w.document()->design() == generated); // still there

        answerNextMessageBox("Discard", &text);
        w.action("actionNew")->trigger();
        QVERIFY(w.document()->design().racks.empty());
        QVERIFY(!w.document()->isModified());
    }

    // A template is unsaved too: Quit asks; saving clears the mark and the recovery file.
    void templateThenQuitAsksAndSaveClears() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.newProject(kSample));
        QVERIFY(w.document()->isModified());
        QVERIFY(w.document()->filePath().isEmpty()); // untitled: Save asks for a name

        QString text;
        answerNextMessageBox("Cancel", &text);
        w.action("actionQuit")->trigger();
        QVERIFY2(text.contains("unsaved changes"), qPrintable(text));
        QVERIFY(w.isVisible()); // Cancel keeps the window open

        // The autosave writes the template's design to this session's recovery file.
        const QString recovery = w.autosave()->recoveryPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(recovery), 20000);
        w.autosave()->waitForIdle();
        QVERIFY(openProject(recovery.toStdString()) == w.document()->design());

        const QString path = dir.filePath("mine.aifp");
        QVERIFY(w.saveFile(path));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.isWindowModified());
        QVERIFY(!QFileInfo::exists(recovery)); // saved: nothing left to recover
        w.close();
        QVERIFY(!w.isVisible()); // clean: no question
    }

    // The autosave never writes over the user's file: an edit after opening leaves the file as
    // it was on disk until the user saves.
    void autosaveLeavesUserFileAlone() {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.aifp");
        QVERIFY(QFile::copy(kSample, path));
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.document()->design().racks.empty());
        w.document()->setSelection({w.document()->design().racks.front().id});
        w.action("actionNudgeRight")->trigger();
        QVERIFY(w.document()->isModified());
        w.autosave()->saveNow();
        w.autosave()->waitForIdle();
        const QString recovery = w.autosave()->recoveryPath();
        QVERIFY(QFileInfo::exists(recovery));
        QVERIFY(recovery != path);
        QVERIFY(openProject(recovery.toStdString()) == w.document()->design());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // Quit, discarding: the recovery file goes with the decision.
        QString text;
        answerNextMessageBox("Discard", &text);
        w.close();
        QVERIFY(!QFileInfo::exists(recovery));
    }

    // The real application: start it on a template (unsaved work), wait for its autosave, kill
    // it with SIGKILL, start again: recovery is offered and restores the design.
    void crashRecovery() {
        QTemporaryDir home;
        const QString recoveryDir = home.filePath("recovery");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("AIFP_RECOVERY_DIR", recoveryDir);
        env.insert("AIFP_AUTOSAVE_SECONDS", "1");
        env.insert("XDG_CONFIG_HOME", home.filePath("config"));
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(AIFP_GUI_PATH), {"--template", kSample});
        QVERIFY2(app.waitForStarted(20000), qPrintable(app.errorString()));
        const QString recovery = recoveryFileOf(recoveryDir, app.processId());
        QString side = recovery;
        side.replace(".aifp", ".json"); // written after the recovery file
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(side), 60000);
        QTest::qWait(300);
        app.kill(); // SIGKILL: no chance to clean up
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFileInfo::exists(recovery));

        // Restart (in this process, to answer the question): the killed session is an orphan.
        qputenv("AIFP_RECOVERY_DIR", recoveryDir.toUtf8());
        const auto orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.front().path, QFileInfo(recovery).absoluteFilePath());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString text;
        answerNextMessageBox("Recover", &text);
        QVERIFY(w.offerRecovery());
        QVERIFY2(text.contains("did not close properly"), qPrintable(text));
        QVERIFY(w.document()->design() == openProject(kSample.toStdString()));
        QVERIFY(w.document()->isModified());   // still unsaved work
        QVERIFY(!QFileInfo::exists(recovery)); // taken over by this session
        QVERIFY(Autosave::orphans().isEmpty());
        answerNextMessageBox("Discard", &text);
        w.close();
        qputenv("AIFP_RECOVERY_DIR", recoveryRoot_.path().toUtf8());
    }

    // A file with variants: the GUI edits the base; its save and its autosave keep the other
    // variants, byte for byte, and the edit reaches the base only.
    void saveKeepsVariants() {
        QTemporaryDir dir;
        const QString path = dir.filePath("variants.aifp");
        Project p;
        p.variants.resize(3);
        p.variants[0].name = "offer";
        p.variants[0].design = openProject(kSample.toStdString());
        Design n1 = *p.variants[0].design;
        n1.settings.powerRedundancy = RedundancyScheme::NPlus1;
        Design phase2 = *p.variants[0].design;
        phase2.site.customer = "Other customer";
        p.variants[1].name = "n+1";
        p.variants[1].design = n1;
        p.variants[2].name = "phase 2";
        p.variants[2].description = "the second phase";
        p.variants[2].design = phase2;
        saveProject(p, path.toStdString());
        const Project before = openProjectFile(path.toStdString());

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        QCOMPARE(w.document()->variantName(), std::string("offer"));
        const std::string key = "price.electricity_usd_per_mwh";
        w.document()->push(new AssumptionOverrideCommand(w.document(), key, 99.0));
        QVERIFY(w.document()->isModified());

        // The recovery file holds the whole project.
        const QString recovery = w.autosave()->recoveryPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(recovery), 20000);
        w.autosave()->waitForIdle();
        QCOMPARE(listVariants(recovery.toStdString()).variants.size(), std::size_t(3));
        QCOMPARE(openProjectVariant(recovery.toStdString(), "phase 2").site.customer,
                 std::string("Other customer"));

        QVERIFY(w.saveFile(path));
        const Project after = openProjectFile(path.toStdString());
        QCOMPARE(after.variants.size(), std::size_t(3));
        QCOMPARE(after.variants[0].name, std::string("offer"));
        QCOMPARE(after.variants[0].design->assumptionOverrides.at(key), 99.0);
        for (std::size_t i = 1; i < 3; ++i) {
            QCOMPARE(after.variants[i].name, before.variants[i].name);
            QCOMPARE(after.variants[i].description, before.variants[i].description);
            QVERIFY(*after.variants[i].image == *before.variants[i].image); // the same bytes
        }
        QVERIFY(openProjectVariant(path.toStdString(), "n+1") == n1);
        QVERIFY(openProjectVariant(path.toStdString(), "phase 2") == phase2);

        // Reopened, edited again and saved: still three variants.
        QVERIFY(w.openFile(path));
        w.document()->push(new AssumptionOverrideCommand(w.document(), key, 98.0));
        QVERIFY(w.saveFile(path));
        QCOMPARE(listVariants(path.toStdString()).variants.size(), std::size_t(3));
        QVERIFY(openProjectVariant(path.toStdString(), "n+1") == n1);
    }

private:
    QTemporaryDir recoveryRoot_;
};

QTEST_MAIN(TestNeverLoseWork)
#include "test_never_lose_work.moc"
