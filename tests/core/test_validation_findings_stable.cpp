// Regression test for the speed work on validation (issue 15, item 3): the complete findings of
// validateAll (rule id, severity, objects, message, fix, source; no cap per rule) on a few designs,
// clean and deliberately broken, compared line by line with
// tests/data/core/validation_findings.txt. That file was written by the validator as it was before
// the fabric graph, the id maps and the rule loops were rebuilt as compact arrays (main at
// 40a20a1), so the new code must give exactly the findings of the old one.
//
// To review a deliberate change of a rule, run the test with AIFP_WRITE_FINDINGS=<file>: it writes
// the current findings there (and still compares); diff the file against the committed one.
#include "core/catalog/Catalog.hpp"
#include "core/generate/FactoryGenerator.hpp"
#include "tests/core/ValidationFixtures.hpp"
#include <QTest>
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace aifp;

namespace {

// One line per finding, tab-separated; the design's label first.
std::string findingsText(const std::string& label, const Design& d) {
    ValidationOptions o;
    o.maxFindingsPerRule = 0; // every finding, not the first 50 of each rule
    const ValidationResult r = fx::validate(d, o);
    std::ostringstream s;
    s << "== " << label << ": " << r.findings.size() << " findings, " << r.errors << " errors, "
      << r.warnings << " warnings, " << r.infos << " infos\n";
    for (const Finding& f : r.findings) {
        s << toString(f.severity) << '\t' << f.rule << '\t';
        for (std::size_t i = 0; i < f.objects.size(); ++i)
            s << (i ? "," : "") << f.objects[i];
        s << '\t' << f.message << '\t' << f.fix << '\t' << f.source << '\n';
    }
    return s.str();
}

Design generated(double targetMw) {
    FactoryTargets t;
    t.name = "Findings regression";
    t.targetGridMw = targetMw;
    return generateFactory(t, Catalog::builtin()).design;
}

ObjectId maxId(const Design& d) {
    ObjectId m = 0;
    auto scan = [&m](const auto& items) {
        for (const auto& x : items)
            m = std::max(m, x.id);
    };
    scan(d.halls);
    scan(d.rows);
    scan(d.racks);
    scan(d.powerNodes);
    scan(d.powerLinks);
    scan(d.coolingNodes);
    scan(d.pipes);
    scan(d.switches);
    scan(d.networkLinks);
    return m;
}

// Breaks a design in many ways at once, every rule family touched; deterministic (indices only).
void breakDesign(Design& d) {
    ObjectId next = maxId(d) + 1;
    // Network: drop every 41st bundle, stretch every 53rd beyond its medium's reach, overfill the
    // first leaf's ports, a bundle to nowhere, a rack with no link at all.
    std::vector<NetworkLink> kept;
    for (std::size_t i = 0; i < d.networkLinks.size(); ++i) {
        NetworkLink l = d.networkLinks[i];
        if (i % 41 == 40)
            continue;
        if (i % 53 == 52)
            l.lengthM = 4000;
        kept.push_back(l);
    }
    d.networkLinks = std::move(kept);
    const ObjectId isolated = d.racks[5].id;
    std::erase_if(d.networkLinks, [&](const NetworkLink& l) { return l.fromId == isolated; });
    const auto leaf = std::find_if(d.switches.begin(), d.switches.end(),
                                   [](const NetworkSwitch& s) { return s.tier == 1; });
    if (leaf != d.switches.end())
        d.networkLinks.push_back(fx::networkLink(next++, d.racks[0].id, leaf->id, 200));
    d.networkLinks.push_back(fx::networkLink(next++, d.racks[1].id, 999999999, 1));
    d.networkLinks.push_back(fx::networkLink(next++, d.racks[2].id, d.racks[3].id, 1));
    // Geometry: two racks on one spot, one far outside its hall.
    d.racks[1].centerM = d.racks[2].centerM;
    d.racks[7].centerM.xM -= 1000;
    // Power: a rack without feeds, a rack with one feed, an undersized UPS.
    const ObjectId unfed = d.racks[11].id, halfFed = d.racks[12].id;
    std::erase_if(d.powerLinks, [&](const PowerLink& l) { return l.toId == unfed; });
    const auto feed = std::find_if(d.powerLinks.begin(), d.powerLinks.end(),
                                   [&](const PowerLink& l) { return l.toId == halfFed; });
    if (feed != d.powerLinks.end())
        d.powerLinks.erase(feed);
    for (PowerNode& n : d.powerNodes)
        if (n.kind == PowerNodeKind::Ups) {
            n.ratingKw *= 0.3;
            n.ratingKva *= 0.3;
            break;
        }
    // Cooling: a small CDU, a rack without its pipe, a thin pipe.
    for (CoolingNode& n : d.coolingNodes)
        if (n.kind == CoolingNodeKind::Cdu) {
            n.capacityKw = 10;
            break;
        }
    const ObjectId dry = d.racks[20].id;
    std::erase_if(d.pipes, [&](const Pipe& p) { return p.toId == dry; });
    if (d.pipes.size() > 3)
        d.pipes[3].innerDiameterMm = 10;
    // Density: a hall limit below the racks' draw, an air-only hall.
    d.halls[0].maxRackKw = 50;
    if (d.halls.size() > 1)
        d.halls[1].cooling = CoolingProvision::Air;
}

// Two clusters (halls alternate) and the uplinks of the last hall's switches cut.
void splitClustersAndCutUplinks(Design& d) {
    for (std::size_t h = 0; h < d.halls.size(); ++h)
        d.halls[h].cluster = h % 2 ? "Cluster 2" : "Cluster 1";
    const ObjectId lastHall = d.halls.back().id;
    std::vector<char> cut(d.switches.size(), 0);
    std::vector<ObjectId> cutIds;
    for (const NetworkSwitch& s : d.switches)
        if (s.hallId == lastHall && s.tier == 2)
            cutIds.push_back(s.id);
    std::sort(cutIds.begin(), cutIds.end());
    std::erase_if(d.networkLinks, [&](const NetworkLink& l) {
        return std::binary_search(cutIds.begin(), cutIds.end(), l.fromId);
    });
}

// Uneven fabric: every 7th switch-to-switch bundle gone (switches of a pod or plane no longer
// twins), a few racks also linked to a leaf of the last hall, one leaf's role changed.
void thinFabric(Design& d) {
    std::vector<ObjectId> switchIds;
    for (const NetworkSwitch& s : d.switches)
        switchIds.push_back(s.id);
    std::sort(switchIds.begin(), switchIds.end());
    auto sw = [&](ObjectId id) {
        return std::binary_search(switchIds.begin(), switchIds.end(), id);
    };
    std::vector<NetworkLink> kept;
    std::size_t k = 0;
    for (const NetworkLink& l : d.networkLinks)
        if (!(sw(l.fromId) && k++ % 7 == 3))
            kept.push_back(l);
    d.networkLinks = std::move(kept);
    ObjectId next = maxId(d) + 1;
    const ObjectId lastHall = d.halls.back().id;
    std::vector<ObjectId> farLeaves;
    for (const NetworkSwitch& s : d.switches)
        if (s.hallId == lastHall && s.tier == 1)
            farLeaves.push_back(s.id);
    for (std::size_t r = 0; r < 10 && r < d.racks.size() && !farLeaves.empty(); ++r)
        d.networkLinks.push_back(
            fx::networkLink(next++, d.racks[r].id, farLeaves[r % farLeaves.size()], 1));
    for (NetworkSwitch& s : d.switches)
        if (s.tier == 1) {
            s.role = NetworkRole::StorageInband;
            break;
        }
}

} // namespace

class TestValidationFindingsStable : public QObject {
    Q_OBJECT
private slots:
    void sameFindingsAsBefore() {
        std::string text;
        text += findingsText("fixture campus 2 x 4 x 10", fx::campus(2, 4, 10));
        {
            Design d = fx::campus(2, 4, 10);
            breakDesign(d);
            text += findingsText("fixture campus 2 x 4 x 10, broken", d);
        }
        const Design gen = generated(50.0); // 3-tier fabric (one 2-tier fabric stops near 20 MW)
        text += findingsText("generated 50 MW", gen);
        {
            Design d = gen;
            breakDesign(d);
            text += findingsText("generated 50 MW, broken", d);
        }
        {
            Design d = gen;
            splitClustersAndCutUplinks(d);
            text += findingsText("generated 50 MW, two clusters, last hall's uplinks cut", d);
        }
        {
            Design d = gen;
            thinFabric(d);
            text += findingsText("generated 50 MW, uneven fabric", d);
        }
        {
            Design d = gen;
            d.settings.fabricTiers = 2; // declares fewer tiers than the fabric has: hop limit
            d.settings.oversubscription = 0.5;
            text += findingsText("generated 50 MW, declared 2 tiers, 0.5:1", d);
        }

        if (const char* out = std::getenv("AIFP_WRITE_FINDINGS")) {
            std::ofstream f(out, std::ios::binary);
            f << text;
        }
        const std::string path = std::string(AIFP_TEST_DATA_DIR) + "/core/validation_findings.txt";
        std::ifstream in(path, std::ios::binary);
        QVERIFY2(in.good(), qPrintable(QString::fromStdString(path + ": cannot open")));
        std::ostringstream want;
        want << in.rdbuf();
        // Compare line by line: the first difference names the design and the finding.
        std::istringstream a(text), b(want.str());
        std::string la, lb;
        int line = 0;
        while (true) {
            const bool ga = static_cast<bool>(std::getline(a, la));
            const bool gb = static_cast<bool>(std::getline(b, lb));
            ++line;
            if (!ga && !gb)
                break;
            if (!ga || !gb || la != lb)
                QFAIL(qPrintable(QString::fromStdString(path + ":" + std::to_string(line) +
                                                        ": expected\n  " + lb + "\nbut got\n  " +
                                                        la)));
        }
    }
};

QTEST_APPLESS_MAIN(TestValidationFindingsStable)
#include "test_validation_findings_stable.moc"
