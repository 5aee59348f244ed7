#include "core/report/AssumptionLedger.hpp"
#include "core/report/ReportFormat.hpp"
#include <set>

namespace aifp::report {

std::vector<AssumptionLine> computeAssumptionLedger(const Design& design, const Catalog& catalog) {
    std::set<std::string> used;
    for (const Rack& r : design.racks)
        used.insert(r.catalogId);
    for (const PowerNode& n : design.powerNodes)
        used.insert(n.catalogId);
    for (const CoolingNode& n : design.coolingNodes)
        used.insert(n.catalogId);
    for (const NetworkSwitch& s : design.switches)
        used.insert(s.catalogId);
    if (!design.switches.empty() || !design.racks.empty())
        used.insert(design.settings.fabricSwitchId);
    used.erase("");

    std::vector<AssumptionLine> out;
    for (const std::string& id : used) {
        const CatalogEntry* e = catalog.find(id);
        if (!e)
            continue;
        for (const auto& [key, rating] : e->ratings) {
            if (!rating.hasValue())
                continue;
            const Confidence c = e->confidenceOf(key);
            if (c == Confidence::Official)
                continue;
            AssumptionLine a;
            a.catalogId = id;
            a.entry = e->vendor.empty() ? e->model : e->vendor + " " + e->model;
            a.key = key;
            a.value = formatNumber(rating.value, autoDecimals(rating.value));
            if (!rating.unit.empty() && rating.unit != "-")
                a.value += " " + rating.unit;
            a.confidence = toString(c);
            std::string src;
            for (const std::string& s : e->sourcesOf(key))
                src += (src.empty() ? "" : "; ") + s;
            if (!rating.note.empty())
                src += (src.empty() ? "" : "; note: ") + rating.note;
            a.source = src.empty() ? "no source recorded" : src;
            out.push_back(std::move(a));
        }
    }
    for (const auto& [key, value] : design.assumptionOverrides) {
        AssumptionLine a;
        a.key = key;
        a.entry = "Project override";
        a.value = formatNumber(value, autoDecimals(value));
        a.confidence = "user override";
        a.source = "edited in this project (replaces the engine default)";
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace aifp::report
