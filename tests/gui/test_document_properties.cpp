// File > Document properties… through the real action and dialog: bad price date and currency
// refused with a message naming the field (nothing pushed), a good edit is one undo step, undo and
// redo restore both states, the values survive save and reopen, and the exported report's cover
// prints them (pdftotext). Needs an X display (the main window's viewport): run under Xvfb.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "ui/app/DocumentPropertiesDialog.hpp"
#include "ui/app/MainWindow.hpp"
#include "ui/app/ReportExportDialog.hpp"
#include "ui/document/Document.hpp"
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace aifp;
using namespace aifp::ui;

namespace {

Design generated() {
    FactoryTargets t;
    t.name = "Document properties test";
    t.systemId = "gb300-nvl72";
    t.targetGridMw = 1.0;
    return generateFactory(t, Catalog::builtin()).design;
}

// Runs body on the document properties dialog once it is shown (it is modal: exec() runs its own
// event loop, so the test drives it from a timer).
void whenDialogShown(std::function<void(DocumentPropertiesDialog*)> body, int triesLeft = 200) {
    QTimer::singleShot(25, [body, triesLeft] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<DocumentPropertiesDialog*>(w); d && d->isVisible()) {
                body(d);
                return;
            }
        if (triesLeft > 0)
            whenDialogShown(body, triesLeft - 1);
    });
}

void type(DocumentPropertiesDialog* d, const char* name, const QString& text) {
    auto* edit = d->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // keyClicks types ASCII like a user; other scripts go in as an input method would.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void clickOk(DocumentPropertiesDialog* d) {
    auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

QString pdfFirstPage(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QString kCustomer = QStringLiteral("Ñandú Énergie GmbH");
const QString kAuthor = QStringLiteral("Zoë Łukasiewicz");

} // namespace

class TestDocumentProperties : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("the main window's VTK viewport needs an X display (run under Xvfb)");
        QCoreApplication::setOrganizationName("aifp-tests");
        QCoreApplication::setApplicationName("test_document_properties");
        QSettings().clear();
        QVERIFY(recovery_.isValid());
        qputenv("AIFP_RECOVERY_DIR", recovery_.path().toUtf8());
    }

    void checksEveryField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "" = accepted
        QTest::newRow("date ok") << "priceDate"
                                 << "2027-03-15"
                                 << "";
        QTest::newRow("date empty") << "priceDate"
                                    << ""
                                    << "";
        QTest::newRow("date not in calendar") << "priceDate"
                                              << "2027-02-30"
                                              << "Price date: ";
        QTest::newRow("date other format") << "priceDate"
                                           << "15.03.2027"
                                           << "Price date: ";
        QTest::newRow("currency lower case") << "currency"
                                             << "eur"
                                             << "Currency: ";
        QTest::newRow("currency empty") << "currency"
                                        << ""
                                        << "Currency: ";
        QTest::newRow("currency EUR") << "currency"
                                      << "EUR"
                                      << "";
        QTest::newRow("control character") << "revision"
                                           << "B\x1b[2J"
                                           << "Revision: ";
        QTest::newRow("too long") << "customer" << QString(1001, QLatin1Char('x')) << "Customer: ";
    }
    void checksEveryField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        DocumentProperties p = documentPropertiesOf(Design{});
        const std::string v = value.toStdString();
        if (field == "priceDate")
            p.control.priceDate = v;
        else if (field == "currency")
            p.control.currency = v;
        else if (field == "revision")
            p.control.revision = v;
        else
            p.customer = v;
        const QString error = checkDocumentProperties(p);
        if (expected.isEmpty())
            QCOMPARE(error, QString());
        else
            QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void editUndoRedoSaveReopenExport() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document* doc = w.document();
        doc->reset(generated(), {});
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("doc.aifp"));
        doc->save(project);
        const Design original = doc->design();
        const int steps = doc->undoStack()->count();

        QAction* action = w.findChild<QAction*>(QStringLiteral("actionDocumentProperties"));
        QVERIFY(action);
        QStringList refusals;
        bool accepted = false;
        whenDialogShown([&](DocumentPropertiesDialog* d) {
            type(d, "docCustomer", kCustomer);
            type(d, "docAuthor", kAuthor);
            type(d, "docRevision", QStringLiteral("C"));
            type(d, "docNumber", QStringLiteral("AIF-2026-042"));
            type(d, "docConfidentiality", QStringLiteral("Confidential - customer only"));
            // A date that is not in the calendar and a currency that is not a code: refused,
            // the dialog stays open and says which field and why.
            type(d, "docPriceDate", QStringLiteral("2027-02-30"));
            type(d, "docCurrency", QStringLiteral("EUR"));
            clickOk(d);
            refusals << d->findChild<QLabel*>(QStringLiteral("docMessage"))->text();
            // docs/screenshots/document-properties.png when AIFP_SCREENSHOT_DIR is set: the
            // dialog with its refusal message.
            if (const QString shots = qEnvironmentVariable("AIFP_SCREENSHOT_DIR"); !shots.isEmpty())
                d->grab().save(shots + QStringLiteral("/document-properties.png"));
            type(d, "docPriceDate", QStringLiteral("2027-03-15"));
            type(d, "docCurrency", QStringLiteral("eu"));
            clickOk(d);
            refusals << d->lastError();
            const bool stillOpen = d->isVisible();
            type(d, "docCurrency", QStringLiteral("EUR"));
            clickOk(d);
            accepted = stillOpen && !d->isVisible();
        });
        action->trigger(); // returns when the dialog closes
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(refusals[0].startsWith(QStringLiteral("Price date: '2027-02-30'")),
                 qPrintable(refusals[0]));
        QVERIFY2(refusals[1].startsWith(QStringLiteral("Currency: 'eu'")), qPrintable(refusals[1]));
        QVERIFY(accepted);

        // ONE undo step for the whole edit.
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit document properties"));
        QVERIFY(doc->isModified());
        auto check = [&](const Design& d) {
            QCOMPARE(QString::fromStdString(d.site.customer), kCustomer);
            QCOMPARE(QString::fromStdString(d.site.author), kAuthor);
            QCOMPARE(d.document.revision, std::string("C"));
            QCOMPARE(d.document.documentNumber, std::string("AIF-2026-042"));
            QCOMPARE(d.document.confidentiality, std::string("Confidential - customer only"));
            QCOMPARE(d.document.priceDate, std::string("2027-03-15"));
            QCOMPARE(d.document.currency, std::string("EUR"));
        };
        check(doc->design());
        const Design edited = doc->design();
        doc->undoStack()->undo();
        QVERIFY(doc->design() == original);
        doc->undoStack()->redo();
        QVERIFY(doc->design() == edited);

        // Opening the dialog and pressing OK without a change pushes nothing.
        whenDialogShown([](DocumentPropertiesDialog* d) { clickOk(d); });
        action->trigger();
        QCOMPARE(doc->undoStack()->count(), steps + 1);

        // Saved and reopened, the values are the project's.
        doc->save(project);
        Document reopened;
        reopened.open(project);
        check(reopened.design());

        // The report exported from the reopened project prints them on the cover.
        ReportExportDialog exportDialog(&reopened, QImage());
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        exportDialog.setOutputPath(pdf);
        exportDialog.setPreviewPages(false);
        QSignalSpy done(&exportDialog, &ReportExportDialog::finished);
        QVERIFY(exportDialog.startExport());
        QVERIFY(done.wait(300000));
        QVERIFY2(done.front().at(0).toBool(), qPrintable(done.front().at(1).toString()));
        const QString cover = pdfFirstPage(pdf);
        for (const QString& value :
             {kCustomer, kAuthor, QStringLiteral("AIF-2026-042"), QStringLiteral("2027-03-15"),
              QStringLiteral("EUR"), QStringLiteral("Confidential - customer only")})
            QVERIFY2(cover.contains(value),
                     qPrintable(value + QStringLiteral(" not in:\n") + cover));
        QVERIFY2(cover.contains(QRegularExpression(QStringLiteral("Revision\\s+C\\b"))),
                 qPrintable(cover));
    }

private:
    QTemporaryDir recovery_;
};

QTEST_MAIN(TestDocumentProperties)
#include "test_document_properties.moc"
