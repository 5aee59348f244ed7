// The rule registry (core/validation/RuleRegistry.hpp) against docs/validation.md and against
// the findings the validator really reports: every rule id documented under its anchor with the
// same severities and reference-data sections, no documented rule missing from the registry.
#include "core/validation/RuleFamily.hpp"
#include "core/validation/RuleRegistry.hpp"
#include <QTest>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace aifp;

namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.
std::string anchorOf(const std::string& heading) {
    std::string a;
    for (char c : lower(heading))
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
            a += c;
        else if (c == ' ')
            a += '-';
    return a;
}

std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::string cell;
    for (std::size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '|') {
            out.push_back(cell);
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    return out;
}

// The severities a text names (error, warning, info), as severityBit flags.
std::uint8_t severitiesIn(const std::string& text) {
    const std::string t = lower(text);
    std::uint8_t bits = 0;
    if (t.find("error") != std::string::npos)
        bits |= severityBit(Severity::Error);
    if (t.find("warning") != std::string::npos)
        bits |= severityBit(Severity::Warning);
    if (t.find("info") != std::string::npos)
        bits |= severityBit(Severity::Info);
    return bits;
}

// "reference-data.md 2.6" sections a text cites.
std::set<std::string> referenceSections(const std::string& text) {
    static const std::regex cite(R"(reference-data\.md (\d+\.\d+))");
    std::set<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), cite), end; it != end; ++it)
        out.insert((*it)[1]);
    return out;
}

bool namesAssumption(const std::string& text) {
    return lower(text).find("assumption") != std::string::npos;
}

// A rule row of docs/validation.md: | `id` | severity | checks | threshold / source | fix |
struct DocumentedRule {
    std::string anchor;
    std::string severity;
    std::string source;
    int line = 0;
};

std::map<std::string, DocumentedRule> documentedRules() {
    std::map<std::string, DocumentedRule> out;
    const std::vector<std::string> doc = lines(readText(AIFP_SOURCE_DIR "/docs/validation.md"));
    static const std::regex heading(R"(^#+ (.*)$)");
    static const std::regex ruleId(R"(^\s*`([a-z_]+\.[a-z_]+)`\s*$)");
    std::string anchor;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        std::smatch m;
        if (std::regex_match(doc[i], m, heading)) {
            anchor = anchorOf(m[1]);
            continue;
        }
        if (doc[i].rfind("| `", 0) != 0)
            continue;
        const std::vector<std::string> c = cells(doc[i]);
        if (c.size() < 5 || !std::regex_match(c[0], m, ruleId))
            continue;
        out[m[1]] = DocumentedRule{anchor, c[1], c[3], static_cast<int>(i + 1)};
    }
    return out;
}

} // namespace

class TestValidationRegistry : public QObject {
    Q_OBJECT
private slots:
    void registryIsWellFormed() {
        const auto families = makeRuleFamilies();
        QCOMPARE(families.size(), std::size_t(5));
        std::set<std::string_view> ids;
        std::size_t n = 0;
        for (const auto& family : families) {
            QVERIFY2(!family->rules().empty(), family->name());
            for (const RuleSpec& r : family->rules()) {
                QVERIFY2(ids.insert(r.id).second, std::string(r.id).c_str());
                QCOMPARE(std::string(r.family), std::string(family->name()));
                QVERIFY2(r.severities != 0, std::string(r.id).c_str());
                QVERIFY2(!r.inputs.empty(), std::string(r.id).c_str());
                QVERIFY2(!r.docAnchor.empty() && !r.source.empty(), std::string(r.id).c_str());
                QVERIFY(findRule(r.id) != nullptr);
                QCOMPARE(findRule(r.id)->family, r.family);
                ++n;
            }
        }
        QCOMPARE(validationRules().size(), n);
        QVERIFY(findRule("no.such_rule") == nullptr);
    }

    // A family re-runs exactly when a change touches what one of its rules reads.
    void familyInputsAreTheUnionOfItsRules() {
        for (const auto& family : makeRuleFamilies()) {
            RuleInputs all;
            for (const RuleSpec& r : family->rules())
                all = all | r.inputs;
            QCOMPARE(family->inputs().bits, all.bits);
            for (ObjectKind k : {ObjectKind::Rack, ObjectKind::Hall, ObjectKind::PowerNode,
                                 ObjectKind::PowerLink, ObjectKind::CoolingNode, ObjectKind::Pipe,
                                 ObjectKind::NetworkSwitch, ObjectKind::NetworkLink}) {
                DesignChange c;
                c.objectKinds = {k};
                bool anyRule = false;
                for (const RuleSpec& r : family->rules())
                    anyRule = anyRule || inputsTouched(r.inputs, c);
                QCOMPARE(family->reads(c), anyRule);
            }
            QVERIFY(family->reads(DesignChange::reset()));
        }
        // What the placement-only path relies on (docs/validation.md "Engine").
        const auto families = makeRuleFamilies();
        std::vector<std::string> placement, pipeRoutes;
        for (const auto& f : families) {
            if (f->readsRackPlacement())
                placement.push_back(f->name());
            if (f->readsPipeRoutes())
                pipeRoutes.push_back(f->name());
            QVERIFY(!f->readsPowerLinkRoutes());
        }
        QCOMPARE(placement, std::vector<std::string>{"geometry"});
        QCOMPARE(pipeRoutes, (std::vector<std::string>{"cooling", "geometry"}));
    }

    void docsDocumentEveryRuleOfTheRegistry() {
        const auto documented = documentedRules();
        QVERIFY2(documented.size() >= 20, "docs/validation.md: rule tables not found");
        const std::set<std::string> sections = [] {
            std::set<std::string> s;
            static const std::regex heading(R"(^### (\d+\.\d+) )");
            for (const std::string& l :
                 lines(readText(AIFP_SOURCE_DIR "/docs/reference/reference-data.md"))) {
                std::smatch m;
                if (std::regex_search(l, m, heading))
                    s.insert(m[1]);
            }
            return s;
        }();
        QVERIFY(sections.count("2.6") == 1);
        for (const RuleSpec& r : validationRules()) {
            const std::string id(r.id);
            auto it = documented.find(id);
            QVERIFY2(it != documented.end(),
                     ("docs/validation.md: rule " + id + " missing").c_str());
            const DocumentedRule& doc = it->second;
            const std::string where = "docs/validation.md:" + std::to_string(doc.line) + ": " + id;
            QVERIFY2(doc.anchor == r.docAnchor, (where + " is under #" + doc.anchor +
                                                 ", the registry says #" + std::string(r.docAnchor))
                                                    .c_str());
            QVERIFY2(
                severitiesIn(doc.severity) == r.severities,
                (where + ": severity '" + doc.severity + "' differs from the registry").c_str());
            const std::string source(r.source);
            QVERIFY2(referenceSections(doc.source) == referenceSections(source),
                     (where + ": reference-data sections of '" + doc.source +
                      "' differ from the registry's '" + source + "'")
                         .c_str());
            for (const std::string& s : referenceSections(source))
                QVERIFY2(
                    sections.count(s),
                    (id + " cites reference-data.md " + s + ", which has no such section").c_str());
            QVERIFY2(namesAssumption(doc.source) == namesAssumption(source),
                     (where + ": ASSUMPTION in one source and not the other").c_str());
        }
    }

    void noDocumentedRuleMissingFromTheRegistry() {
        for (const auto& [id, doc] : documentedRules())
            QVERIFY2(findRule(id) != nullptr, ("docs/validation.md:" + std::to_string(doc.line) +
                                               ": " + id + " is documented but not in the registry")
                                                  .c_str());
    }

    // The findings the validator reported for the golden designs (tests/data/core/
    // validation_findings.txt): every rule id is registered with the severity it reported.
    void reportedFindingsAreRegistered() {
        const std::vector<std::string> golden =
            lines(readText(AIFP_TEST_DATA_DIR "/core/validation_findings.txt"));
        QVERIFY(golden.size() > 20);
        std::set<std::string> seen;
        for (const std::string& l : golden) {
            if (l.rfind("== ", 0) == 0 || l.empty())
                continue;
            const std::size_t tab1 = l.find('\t'), tab2 = l.find('\t', tab1 + 1);
            QVERIFY(tab1 != std::string::npos && tab2 != std::string::npos);
            const std::string severity = l.substr(0, tab1);
            const std::string rule = l.substr(tab1 + 1, tab2 - tab1 - 1);
            const RuleSpec* spec = findRule(rule);
            QVERIFY2(spec, (rule + " is reported but not registered").c_str());
            QVERIFY2(spec->severities & severitiesIn(severity),
                     (rule + " reported as " + severity + ", not a registered severity").c_str());
            seen.insert(rule);
        }
        QVERIFY(seen.size() >= 15);
    }
};

QTEST_APPLESS_MAIN(TestValidationRegistry)
#include "test_validation_registry.moc"
