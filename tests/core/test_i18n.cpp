// Core's languages (core/i18n): choosing the language from flags and the environment, the
// message table built from translations/aifp_core_es.ts, placeholders, and numbers for people in
// Spanish (translations/README.md: decimal comma, U+202F groups, four digits ungrouped).
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
#include "core/report/ReportBuilder.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <cstdlib>

using namespace aifp;

namespace {

// Sets the locale variables for one check and restores English afterwards.
struct Env {
    explicit Env(std::initializer_list<std::pair<const char*, const char*>> vars) {
        for (const char* k : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            unsetenv(k);
        for (const auto& [k, v] : vars)
            setenv(k, v, 1);
    }
    ~Env() {
        for (const char* k : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            unsetenv(k);
    }
};

} // namespace

class TestI18n : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { setLanguage(Language::English); }

    void parsesLanguageCodes() {
        QCOMPARE(parseLanguage("es"), std::optional(Language::Spanish));
        QCOMPARE(parseLanguage("es_ES.UTF-8"), std::optional(Language::Spanish));
        QCOMPARE(parseLanguage("es-MX"), std::optional(Language::Spanish));
        QCOMPARE(parseLanguage("es_ES@euro"), std::optional(Language::Spanish));
        QCOMPARE(parseLanguage("en_GB.UTF-8"), std::optional(Language::English));
        QCOMPARE(parseLanguage("C"), std::optional(Language::English));
        QCOMPARE(parseLanguage("C.UTF-8"), std::optional(Language::English));
        QCOMPARE(parseLanguage("POSIX"), std::optional(Language::English));
        QVERIFY(!parseLanguage("fr_FR.UTF-8"));
        QVERIFY(!parseLanguage("est"));
        QVERIFY(!parseLanguage(""));
    }

    void readsTheEnvironmentLikeGettext() {
        {
            Env e({});
            QCOMPARE(languageFromEnvironment(), Language::English);
        }
        {
            Env e({{"LANG", "es_ES.UTF-8"}});
            QCOMPARE(languageFromEnvironment(), Language::Spanish);
        }
        {
            Env e({{"LANG", "es_ES.UTF-8"}, {"LC_ALL", "en_US.UTF-8"}}); // LC_ALL first
            QCOMPARE(languageFromEnvironment(), Language::English);
        }
        {
            Env e({{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "es_AR.UTF-8"}});
            QCOMPARE(languageFromEnvironment(), Language::Spanish);
        }
        {
            Env e({{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "fr:es:en"}}); // first we have
            QCOMPARE(languageFromEnvironment(), Language::Spanish);
        }
        {
            Env e({{"LC_ALL", "C"}, {"LANGUAGE", "es"}}); // ignored under C
            QCOMPARE(languageFromEnvironment(), Language::English);
        }
        {
            Env e({{"LANG", "de_DE.UTF-8"}});
            QCOMPARE(languageFromEnvironment(), Language::English);
        }
    }

    void translatesFromTheGeneratedTable() {
        QCOMPARE(std::string(aifp::tr("Report", "Decision summary")),
                 std::string("Decision summary"));
        setLanguage(Language::Spanish);
        QCOMPARE(std::string(aifp::tr("Report", "Decision summary")),
                 std::string("Resumen para la decisión"));
        QCOMPARE(std::string(aifp::tr("Glossary", "TTFT")), std::string("TTFT"));
        // Unknown context or text: the English text itself.
        QCOMPARE(std::string(aifp::tr("Report", "no such text")), std::string("no such text"));
        QCOMPARE(std::string(aifp::tr("NoSuchContext", "Decision summary")),
                 std::string("Decision summary"));
        const std::vector<std::string> titles = report::reportSectionTitles();
        QCOMPARE(titles.front(), std::string("Resumen para la decisión"));
        QCOMPARE(titles.back(), std::string("Glosario"));
    }

    // Terminal tables count code points, so translated headings and names line up and a cut
    // never splits a UTF-8 character.
    void textColumnsCountCodePoints() {
        const std::string es = "plena capacidad",
                          ru = "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"; // Москва
        QCOMPARE(displayWidth(ru), std::size_t(6));
        QCOMPARE(displayWidth("Vías"), std::size_t(4));
        QCOMPARE(padToWidth("Vías", 6), std::string("Vías  "));
        QCOMPARE(padLeftToWidth("1,5", 5), std::string("  1,5"));
        QCOMPARE(padToWidth(es, 4), es); // never cut by padding
        QCOMPARE(cutToWidth(ru, 6), ru);
        QCOMPARE(cutToWidth(ru, 4), std::string("\xd0\x9c\xd0\xbe\xd1\x81~"));
        QCOMPARE(displayWidth(cutToWidth(ru, 4)), std::size_t(4));
        QCOMPARE(cutToWidth("Energía puente", 7), std::string("Energí~"));
        QCOMPARE(cutToWidth("abc", 0), std::string());
    }

    void fillsPlaceholdersInAnyOrder() {
        QCOMPARE(fill("%1 in %2 bundles", {"864", "40"}), std::string("864 in 40 bundles"));
        QCOMPARE(fill("%2, then %1", {"a", "b"}), std::string("b, then a"));
        QCOMPARE(fill("100 % and %3", {"a"}), std::string("100 % and %3")); // no such argument
        QCOMPARE(fill("%1%1", {"x"}), std::string("xx"));
    }

    void numbersForPeopleFollowTheLanguage() {
        using namespace display;
        QCOMPARE(formatNumber(1234567.25, 2), std::string("1,234,567.25"));
        QCOMPARE(formatNumber(2345.5, 1), std::string("2,345.5"));
        QCOMPARE(formatNumber(std::nan(""), 1), std::string("n/a"));
        setLanguage(Language::Spanish);
        QCOMPARE(formatNumber(1234567.25, 2), std::string("1\u202f234\u202f567,25"));
        QCOMPARE(formatNumber(12480, 0), std::string("12\u202f480"));
        QCOMPARE(formatNumber(2345.5, 1), std::string("2345,5")); // four digits: no group
        QCOMPARE(formatNumber(-98765.4, 1), std::string("-98\u202f765,4"));
        QCOMPARE(formatNumber(0.5, 2), std::string("0,50"));
        QCOMPARE(formatCount(12480.4), std::string("12\u202f480"));
        QCOMPARE(formatSignificant(0.04213, 2), std::string("0,042"));
        QCOMPARE(formatNumber(std::nan(""), 1), std::string("n/d"));
        // File numbers never change.
        QCOMPARE(fileNumber(1234.5, 2), std::string("1234.5"));
        QCOMPARE(fileFixed(0.5, 2), std::string("0.50"));
    }

    // A thread's NumberStyleScope (the GUI's QLocale, the CLI's English for JSON) wins over the
    // language; without one the style is the language's.
    void aThreadStyleWinsOverTheLanguage() {
        using namespace display;
        setLanguage(Language::Spanish);
        QVERIFY(currentStyle() == styleOf(Language::Spanish));
        {
            const NumberStyleScope english(NumberStyle{});
            QCOMPARE(formatNumber(12480.5, 1), std::string("12,480.5"));
            QCOMPARE(formatNumber(std::nan(""), 1), std::string("n/d")); // words follow language
            const LanguageScope englishText(Language::English);
            QCOMPARE(formatNumber(std::nan(""), 1), std::string("n/a"));
        }
        // Qt's German: '.' groups from four digits, ',' decimals.
        const NumberStyle german{",", ".", 4};
        QCOMPARE(formatNumber(2345.5, 1, german), std::string("2.345,5"));
        QCOMPARE(formatNumber(2345.5, 1, styleOf(Language::Spanish)), std::string("2345,5"));
        QCOMPARE(formatSignificant(123456, 3, styleOf(Language::English)), std::string("123,000"));
        QCOMPARE(formatNumber(12480.5, 1), std::string("12\u202f480,5"));
    }

    // The Spanish user guide (Help > User guide in Spanish) keeps the English one's sections:
    // the same headings at the same levels in the same order, so neither drifts from the other.
    void userGuidesHaveTheSameSections() {
        const auto headingLevels = [](const QString& path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            QList<int> levels;
            bool fence = false;
            for (const QByteArray& line : f.readAll().split('\n')) {
                if (line.startsWith("```"))
                    fence = !fence;
                if (fence || !line.startsWith('#'))
                    continue;
                int level = 0;
                while (level < line.size() && line[level] == '#')
                    ++level;
                if (level < line.size() && line[level] == ' ')
                    levels << level;
            }
            return levels;
        };
        const QList<int> en = headingLevels(AIFP_SOURCE_DIR "/docs/user-guide.md");
        const QList<int> es = headingLevels(AIFP_SOURCE_DIR "/docs/user-guide.es.md");
        QVERIFY(en.size() >= 10);
        QCOMPARE(es.size(), en.size());
        QCOMPARE(es, en);
    }
};

QTEST_APPLESS_MAIN(TestI18n)
#include "test_i18n.moc"
