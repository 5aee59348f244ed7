// aifp-cli in Spanish (translations/README.md): --lang and the locale select the language of
// human text; JSON, CSV and the report's figures are byte-identical in either language.
#include "CliTestSupport.hpp"
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace aifp::clitest;

namespace {

// aifp-cli with only the language settings given (none of the caller's LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), e.g. {"LANG=es_ES.UTF-8"}.
Result cliIn(const QStringList& args, const QStringList& env = {}) {
    return runCli(args, environmentWith(env, {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}));
}

const QString kProject = QStringLiteral(AIFP_PROJECTS_DIR "/sample-1mw.aifp");

} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT
private slots:
    void infoInSpanish() {
        const Result r = cliIn({"--lang", "es", "info", kProject});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.out;
        for (const char* word :
             {"Archivo:", "Formato:", "proyecto de AI Factory Planner, esquema",
              "Salas:", "Filas:", "GPU:", "Switches:", "Enlaces de red:", "Supuestos cambiados:"})
            QVERIFY2(out.contains(QString::fromUtf8(word)), qPrintable(word + ("\n" + out)));
        QVERIFY2(!out.contains("Halls:"), qPrintable(out));
    }

    void jsonIsByteIdenticalInEveryLanguage() {
        const Result en = cliIn({"--lang", "en", "info", kProject, "--format", "json"});
        const Result es = cliIn({"--lang", "es", "info", kProject, "--format", "json"});
        const Result loc = cliIn({"info", kProject, "--format", "json"}, {"LANG=es_ES.UTF-8"});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(!en.outBytes.isEmpty());
        QCOMPARE(es.outBytes, en.outBytes);
        QCOMPARE(loc.outBytes, en.outBytes);
    }

    // Every machine-readable output of the commands with engine text inside (findings, power
    // basis, risk and sensitivity texts, schedule notes) is the same bytes in both languages.
    void machineOutputIsByteIdenticalInEveryLanguage() {
        const QList<QStringList> commands = {
            {"validate", kProject, "--format", "json"},
            {"estimate", kProject, "--format", "json"},
            {"schedule", kProject, "--format", "json"},
            {"schedule", kProject, "--format", "csv"},
            {"compare", kProject, kProject, "--format", "json"},
            {"compare", kProject, kProject, "--format", "csv"},
            {"sensitivity", kProject, "--format", "json"},
            {"risks", kProject, "--format", "json"},
        };
        for (const QStringList& cmd : commands) {
            const Result en = cliIn(QStringList{"--lang", "en"} + cmd);
            const Result es = cliIn(QStringList{"--lang", "es"} + cmd);
            QVERIFY2(en.exitCode == 0 || en.exitCode == 1, qPrintable(cmd.join(' ') + en.err));
            QVERIFY2(!en.outBytes.isEmpty(), qPrintable(cmd.join(' ')));
            QVERIFY2(es.outBytes == en.outBytes, qPrintable(cmd.join(' ')));
            QCOMPARE(es.exitCode, en.exitCode);
        }
    }

    // The text outputs of compare, risks and validate are Spanish, numbers with decimal commas.
    void textOutputsInSpanish() {
        const QString compare = cliIn({"--lang", "es", "compare", kProject, kProject}).out;
        for (const char* text : {"Fecha del primer token", "Coste por millón de tokens", "(base)",
                                 "Potencia de la instalación (diseño) (MW)"})
            QVERIFY2(compare.contains(QString::fromUtf8(text)),
                     qPrintable(text + ("\n" + compare)));
        QVERIFY2(!compare.contains("First token date"), qPrintable(compare));
        // PUE to three decimals: '1,2xx' in Spanish, never '1.2xx'.
        QVERIFY2(QRegularExpression("PUE \\(diseño\\) +1,\\d{3}").match(compare).hasMatch(),
                 qPrintable(compare));
        const QString risks = cliIn({"--lang", "es", "risks", kProject}).out;
        QVERIFY2(risks.contains("responsable: ") || risks.contains("no se derivan riesgos"),
                 qPrintable(risks));
        QVERIFY2(!risks.contains("owner: "), qPrintable(risks));
        const QString validate = cliIn({"--lang", "es", "validate", kProject}).out;
        QVERIFY2(
            QRegularExpression("\\d+ error\\(es\\), \\d+ aviso\\(s\\), \\d+ informativo\\(s\\)")
                .match(validate)
                .hasMatch(),
            qPrintable(validate));
    }

    // new: the design it writes and its JSON summary (generator assumptions and warnings
    // included) are the same bytes in both languages; its text is Spanish with decimal commas.
    void newInBothLanguages() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList target = {"--target-mw", "5", "--site-location", "us-phoenix-az"};
        const Result en = runCli(QStringList{"--lang", "en", "new", dir.filePath("en.aifp")} +
                                 target + QStringList{"--format", "json"});
        const Result es = runCli(QStringList{"--lang", "es", "new", dir.filePath("es.aifp")} +
                                 target + QStringList{"--format", "json"});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains("\"assumptions\""));
        // The summaries differ only in the file name each run was given.
        QCOMPARE(QString(es.out).replace("es.aifp", "en.aifp"), en.out);
        // The designs are the same too (export JSON of each).
        QCOMPARE(runCli({"export", dir.filePath("es.aifp")}).outBytes,
                 runCli({"export", dir.filePath("en.aifp")}).outBytes);

        const Result text =
            runCli(QStringList{"--lang", "es", "new", dir.filePath("t.aifp")} + target);
        QCOMPARE(text.exitCode, 0);
        const QString out = text.out;
        for (const char* word : {"Escrito ", "Potencia de TI", "Emplazamiento",
                                 "supuesto: red: ", "supuesto: refrigeración: ", "niveles",
                                 "racks por SU", "temperatura ambiente de diseño"})
            QVERIFY2(out.contains(QString::fromUtf8(word)), qPrintable(word + ("\n" + out)));
        for (const char* english : {"Wrote ", "assumption: ", "IT power", "racks per SU"})
            QVERIFY2(!out.contains(english), qPrintable(english + ("\n" + out)));
        // Hectares and MW with a decimal comma.
        QVERIFY2(QRegularExpression("\\d,\\d\\d ha").match(out).hasMatch(), qPrintable(out));
    }

    // estimate: labels, notes, assumption texts, cost basis and exclusions in Spanish, figures
    // with decimal commas; the English labels are gone.
    void estimateInSpanish() {
        const Result r = runCli({"--lang", "es", "estimate", kProject});
        QCOMPARE(r.exitCode, 0);
        const QString out = r.out;
        for (const char* word :
             {"Diseño:", "Servicio:", "A velocidad de usuario:", "Coste por M tokens:",
              "Supuestos:", "de utilización; tokens/s a ", "excluido: conexión a la red",
              "vida de amortización de la instalación", "Modalidad:"})
            QVERIFY2(out.contains(QString::fromUtf8(word)), qPrintable(word + ("\n" + out)));
        for (const char* english :
             {"Serving:", "At user speed:", "amortisation life of the facility",
              "excluded: ", "% utilisation;", "Assumptions:"})
            QVERIFY2(!out.contains(english), qPrintable(english + ("\n" + out)));
        // Energy per token in J with three decimals: "0,xxx J", never "0.xxx J".
        QVERIFY2(QRegularExpression("Energía por token: +\\d+,\\d{3} J").match(out).hasMatch(),
                 qPrintable(out));
    }

    // The schedule's task names, milestones, notes and fast-track paths are Spanish in text; the
    // MS Project file it writes is the same bytes as in English (files never change with the
    // language), and no English task name is left in the Spanish text.
    void scheduleInSpanish() {
        QTemporaryDir dir;
        const QString esXml = dir.filePath("es.xml"), enXml = dir.filePath("en.xml");
        const Result es =
            cliIn({"--lang", "es", "schedule", kProject, "--compare", "--export-msproject", esXml});
        const Result en = cliIn({"schedule", kProject, "--compare", "--export-msproject", enXml});
        QCOMPARE(es.exitCode, 0);
        QCOMPARE(en.exitCode, 0);
        const QString text = es.out;
        for (const char* expected :
             {"Cronograma de construcción (entrega tradicional, emplazamiento terreno virgen)",
              "Inicio del programa (orden de inicio)",
              "L5 prueba de sistemas integrados: ", "Primer token: ", "(SU 1 en servicio)",
              "primer token determinado por: plazo de entrega", "Vías rápidas desde el ",
              "Según lo previsto", "Entrega prefabricada", "Emplazamiento sala lista",
              "Ruta crítica:", "semanas"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                     qPrintable(expected + ("\n" + text)));
        for (const char* english : {"Programme start", "First token:", "integrated systems test",
                                    "As planned", "Site ready-hall", " weeks", "Critical path"})
            QVERIFY2(!text.contains(english), qPrintable(english + ("\n" + text)));
        // Decimal comma in the weeks ("108,4 semanas").
        QVERIFY2(QRegularExpression("\\d+,\\d semanas").match(text).hasMatch(), qPrintable(text));
        QVERIFY(!readBytes(enXml).isEmpty());
        QCOMPARE(readBytes(esXml), readBytes(enXml));
        QVERIFY(readBytes(enXml).contains("Programme start (notice to proceed)"));
    }

    // Risk titles, details and mitigations and the sensitivity's inputs, units and range bases
    // are Spanish; a late-delivery title names the item without the lead time's ": del pedido a
    // la entrega" (the Spanish of the suffix the English title drops).
    void risksAndSensitivityInSpanish() {
        const QString risks = cliIn({"--lang", "es", "risks", kProject}).out;
        QVERIFY2(risks.contains(QString::fromUtf8("Entrega tardía: ")), qPrintable(risks));
        QVERIFY2(risks.contains(QString::fromUtf8("mitigación: reservar un hueco de fabricación")),
                 qPrintable(risks));
        for (const QString& line : risks.split('\n'))
            if (line.contains(QString::fromUtf8("Entrega tardía: ")))
                QVERIFY2(!line.contains("del pedido a la entrega"), qPrintable(line));
        for (const char* english : {"Late delivery", "reserve a manufacturing slot", "planned "})
            QVERIFY2(!risks.contains(english), qPrintable(english + ("\n" + risks)));
        const QString sens = cliIn({"--lang", "es", "sensitivity", kProject}).out;
        for (const char* expected : {"Precio de la electricidad", "Velocidad por usuario",
                                     "Vida de amortización de TI", "semanas", "supuesto: "})
            QVERIFY2(sens.contains(QString::fromUtf8(expected)),
                     qPrintable(expected + ("\n" + sens)));
        for (const char* english :
             {"Electricity price", "Per-user speed", "assumption: ", "order to delivery"})
            QVERIFY2(!sens.contains(english), qPrintable(english + ("\n" + sens)));
    }

    void localeSelectsTheLanguage() {
        const QByteArray en = cliIn({"info", kProject}).outBytes;
        QVERIFY(en.contains("Halls:"));
        QVERIFY(cliIn({"info", kProject}, {"LANG=es_ES.UTF-8"}).outBytes.contains("Salas:"));
        QVERIFY(cliIn({"info", kProject}, {"LC_ALL=es_MX.UTF-8", "LANG=en_US.UTF-8"})
                    .outBytes.contains("Salas:"));
        QVERIFY(cliIn({"info", kProject}, {"LANGUAGE=es:en", "LANG=en_US.UTF-8"})
                    .outBytes.contains("Salas:"));
        // gettext ignores LANGUAGE under the C locale; any other language is English.
        QCOMPARE(cliIn({"info", kProject}, {"LANGUAGE=es", "LC_ALL=C"}).outBytes, en);
        QCOMPARE(cliIn({"info", kProject}, {"LANG=de_DE.UTF-8"}).outBytes, en);
        // --lang wins over the environment, wherever it stands.
        QCOMPARE(cliIn({"info", kProject, "--lang", "en"}, {"LANG=es_ES.UTF-8"}).outBytes, en);
    }

    void helpAndErrorsInSpanish() {
        const Result help = cliIn({"--lang", "es", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outBytes.contains(QString::fromUtf8("Órdenes:").toUtf8()),
                 help.outBytes.constData());
        QVERIFY(help.outBytes.contains(
            QString::fromUtf8("Muestra los datos de un archivo de proyecto").toUtf8()));
        const Result cmdHelp = cliIn({"info", "--help", "--lang=es"});
        QVERIFY(cmdHelp.outBytes.startsWith("Uso: aifp-cli info FILE"));
        QVERIFY(cmdHelp.outBytes.contains("Opciones:"));
        const Result bad = cliIn({"--lang", "es", "info", kProject, "--format", "xml"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QString::fromUtf8("no es uno de text|json")),
                 qPrintable(bad.err));
        const Result unknown = cliIn({"--lang", "fr", "info", kProject});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err, QStringLiteral("aifp-cli: --lang: 'fr' is not a language we have "
                                             "(es|en)\n"));
    }

    void reportFiguresAndBomDoNotChangeWithTheLanguage() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* lang : {"en", "es"}) {
            const QString l = QString::fromLatin1(lang);
            const Result r =
                cliIn({"--lang", l, "report", kProject, "--out", dir.filePath(l + ".html"),
                       "--bom-csv", dir.filePath(l + ".csv"), "--figures-json",
                       dir.filePath(l + ".json"), "--date", "2026-12-01"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(readBytes(dir.filePath("es.csv")), readBytes(dir.filePath("en.csv")));
        const QByteArray enJson = readBytes(dir.filePath("en.json"));
        QVERIFY(!enJson.isEmpty());
        QCOMPARE(readBytes(dir.filePath("es.json")), enJson);
        // The report itself is Spanish: headings, glossary, numbers with a decimal comma.
        const QString es = QString::fromUtf8(readBytes(dir.filePath("es.html")));
        for (const char* text :
             {"Resumen para la decisión", "Registro de riesgos", "Lista de materiales", "Glosario",
              "Tiempo hasta el primer token", "Propuesta de diseño de fábrica de IA"})
            QVERIFY2(es.contains(QString::fromUtf8(text)), text);
        QVERIFY(!es.contains("Decision summary"));
        QVERIFY(QString::fromUtf8(readBytes(dir.filePath("en.html"))).contains("Decision summary"));
    }
};

QTEST_APPLESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
