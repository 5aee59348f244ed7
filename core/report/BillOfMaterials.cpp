#include "core/report/BillOfMaterials.hpp"
#include "core/i18n/Language.hpp"
#include "core/model/EnumNames.hpp"
#include "core/report/ReportFormat.hpp"
#include "core/util/CsvText.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace aifp::report {

namespace {

const char* kNoPrice = "no unit price: estimation price table not available";

std::string entryName(const Catalog& catalog, const std::string& id) {
    if (id.empty())
        return {};
    if (const CatalogEntry* e = catalog.find(id))
        return e->vendor.empty() ? e->model : e->vendor + " " + e->model;
    return id + " (not in catalog)";
}

int categoryRank(const std::string& c) {
    static const char* order[] = {"Compute", "Network", "Power", "Cooling", "Facility"};
    for (int i = 0; i < 5; ++i)
        if (c == order[i])
            return i;
    return 5;
}

double routedLengthM(const std::vector<PointM>& route, double lengthM) {
    return lengthM > 0.0 ? lengthM : polylineLengthM(route);
}

// Accumulates lines keyed by (category, item, catalog id, unit).
class Accumulator {
public:
    void add(const std::string& category, const std::string& item, const std::string& catalogId,
             double qty, const std::string& unit, const std::string& note = {}) {
        auto key = std::make_tuple(category, item, catalogId, unit);
        auto it = index_.find(key);
        if (it == index_.end()) {
            index_[key] = lines_.size();
            lines_.push_back(BomLine{.category = category,
                                     .item = item,
                                     .catalogId = catalogId,
                                     .unit = unit,
                                     .priceSource = kNoPrice,
                                     .note = note});
            it = index_.find(key);
        }
        lines_[it->second].quantity += qty;
    }
    BomLine* find(const std::string& category, const std::string& item,
                  const std::string& catalogId, const std::string& unit) {
        auto it = index_.find(std::make_tuple(category, item, catalogId, unit));
        return it == index_.end() ? nullptr : &lines_[it->second];
    }
    std::vector<BomLine> take() {
        std::stable_sort(lines_.begin(), lines_.end(), [](const BomLine& a, const BomLine& b) {
            if (categoryRank(a.category) != categoryRank(b.category))
                return categoryRank(a.category) < categoryRank(b.category);
            return a.item < b.item;
        });
        return std::move(lines_);
    }

private:
    std::vector<BomLine> lines_;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> index_;
};

std::string ratingText(const PowerNode& n) {
    std::string s;
    if (n.ratingKva > 0)
        s += formatNumber(n.ratingKva) + " kVA";
    else if (n.ratingKw > 0)
        s += formatNumber(n.ratingKw) + " kW";
    if (n.currentRatingA > 0)
        s += (s.empty() ? "" : ", ") + formatNumber(n.currentRatingA) + " A";
    if (n.voltageV > 0)
        s += (s.empty() ? "" : ", ") + formatNumber(n.voltageV) + " V";
    return s;
}

} // namespace

std::vector<BomLine> computeBillOfMaterials(const Design& design, const Catalog& catalog) {
    // Item texts are English with English numbers in every language: the same lines are written
    // to the BOM CSV, which must not change with the user's language (translations/README.md).
    const LanguageScope english(Language::English);
    const display::NumberStyleScope englishNumbers(display::NumberStyle{}); // also in the GUI
    Accumulator acc;

    // Compute: rack positions by system.
    std::map<std::string, int> racksBySystem;
    for (const Rack& r : design.racks)
        ++racksBySystem[r.catalogId];
    for (const auto& [id, count] : racksBySystem) {
        std::string note;
        try {
            const SystemSpec spec = systemSpec(catalog, id);
            note = formatNumber(spec.gpusPerRack) + " GPUs and " + formatNumber(spec.rackPowerKw) +
                   " kW per rack (catalog)";
        } catch (const CatalogError&) {
            note = "not a system of the catalog";
        }
        acc.add("Compute", entryName(catalog, id) + " rack", id, count, "rack", note);
    }

    // Power equipment: point equipment by kind, catalog id and rating; busways by length.
    for (const PowerNode& n : design.powerNodes) {
        if (n.kind == PowerNodeKind::UtilityFeed)
            continue; // the utility's asset, not procured
        const std::string name = entryName(catalog, n.catalogId);
        std::string item = englishName(n.kind);
        const std::string rating = ratingText(n);
        if (!rating.empty())
            item += " " + rating;
        if (!name.empty())
            item += " - " + name;
        if (n.kind == PowerNodeKind::Busway && !n.routeM.empty()) {
            acc.add("Power", item, n.catalogId, polylineLengthM(n.routeM), "m");
            acc.add("Power", item + " (runs)", n.catalogId, 1, "run");
        } else if (n.kind == PowerNodeKind::Ups && n.moduleCount > 1) {
            acc.add("Power", item + " system", n.catalogId, 1, "unit",
                    "modules per system: " + std::to_string(n.moduleCount) + " (" +
                        std::to_string(n.redundantModules) + " redundant)");
        } else {
            acc.add("Power", item, n.catalogId, 1, "unit");
        }
    }
    for (const PowerLink& l : design.powerLinks) {
        const double len = routedLengthM(l.routeM, l.lengthM);
        if (l.kind == PowerLinkKind::Tap) {
            acc.add("Power", "Busway tap-off unit", "", 1, "unit");
            continue;
        }
        if (len <= 0.0)
            continue;
        std::string item = l.kind == PowerLinkKind::Busway ? "Busway link" : "Power cable";
        if (l.currentRatingA > 0)
            item += " " + formatNumber(l.currentRatingA) + " A";
        acc.add("Power", item, "", len, "m");
    }

    // Cooling equipment and pipes.
    for (const CoolingNode& n : design.coolingNodes) {
        std::string item = englishName(n.kind);
        if (n.capacityKw > 0)
            item += " " + formatNumber(n.capacityKw) + " kW";
        if (n.flowRatingLpm > 0)
            item += ", " + formatNumber(n.flowRatingLpm) + " L/min";
        const std::string name = entryName(catalog, n.catalogId);
        if (!name.empty())
            item += " - " + name;
        acc.add("Cooling", item, n.catalogId, 1, "unit");
    }
    for (const Pipe& p : design.pipes) {
        const double len = routedLengthM(p.routeM, p.lengthM);
        if (len <= 0.0)
            continue;
        const std::string item =
            std::string(p.loop == CoolantLoop::Facility ? "Facility water" : "Technology loop") +
            " pipe DN" + formatNumber(p.innerDiameterMm) + " (ID " +
            formatNumber(p.innerDiameterMm) + " mm)";
        acc.add("Cooling", item, "", len, "m");
    }

    // Network: switches by model and tier; links by medium and speed.
    for (const NetworkSwitch& s : design.switches) {
        static const char* tiers[] = {"", "leaf", "spine", "core"};
        const std::string tier =
            s.tier >= 1 && s.tier <= 3 ? tiers[s.tier] : "tier " + std::to_string(s.tier);
        std::string role = s.role == NetworkRole::Compute         ? "compute"
                           : s.role == NetworkRole::StorageInband ? "storage/in-band"
                                                                  : "out-of-band";
        const std::string model = entryName(catalog, s.catalogId);
        acc.add("Network",
                (model.empty() ? "Generic" : model) + " " + role + " " + tier + " switch",
                s.catalogId, 1, "switch");
    }
    for (const NetworkLink& l : design.networkLinks) {
        const std::string item =
            std::string(englishName(l.medium)) + " link " + formatNumber(l.speedGbps) + " Gb/s";
        acc.add("Network", item, "", l.count, "link");
        acc.add("Network",
                std::string(englishName(l.medium)) + " cable " + formatNumber(l.speedGbps) +
                    " Gb/s",
                "", l.count * std::max(0.0, l.lengthM), "m");
        if (l.medium != LinkMedium::Copper)
            acc.add("Network",
                    "Optical link ends needing a transceiver port, " + formatNumber(l.speedGbps) +
                        " Gb/s",
                    "", 2.0 * l.count, "port", "two ends per optical link");
    }
    std::vector<BomLine> lines = acc.take();
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const BomLine& l) { return l.quantity <= 0.0; }),
                lines.end());
    return lines;
}

std::string bomToCsv(const std::vector<BomLine>& lines, const BomCsvHeader& header) {
    auto q = [](const std::string& s) { return csvField(s); };
    auto n = [](double v) { return fileFixed(v, 2); };
    auto quantity = [](double v) { return std::isfinite(v) ? fileNumber(v, 2) : std::string(); };
    std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark
    out += "project," + q(header.project) + "\n";
    out += "date," + q(header.dateIso) + "\n";
    out += "currency," + q(header.currency.empty() ? std::string("USD") : header.currency) + "\n\n";
    out += "category,item,catalog_id,quantity,unit,unit_price_usd,extended_usd,price_source,note\n";
    for (const BomLine& l : lines)
        out += q(l.category) + "," + q(l.item) + "," + q(l.catalogId) + "," + quantity(l.quantity) +
               "," + q(l.unit) + "," + n(l.unitPriceUsd) + "," + n(l.unitPriceUsd * l.quantity) +
               "," + q(l.priceSource) + "," + q(l.note) + "\n";
    return out;
}

} // namespace aifp::report
