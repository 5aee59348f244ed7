#include "core/catalog/Catalog.hpp"
#include "core/catalog/RackFootprint.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/DataDir.hpp"
#include "core/util/Json.hpp"
#include <fstream>
#include <sstream>

namespace aifp {

const char* toString(Confidence c) {
    switch (c) {
    case Confidence::Official:
        return "official";
    case Confidence::Secondary:
        return "secondary";
    case Confidence::Derived:
        return "derived";
    case Confidence::Claim:
        return "claim";
    case Confidence::Unverified:
        return "unverified";
    case Confidence::Assumption:
        return "assumption";
    }
    return "unverified";
}

std::optional<Confidence> confidenceFromString(const std::string& s) {
    for (Confidence c : {Confidence::Official, Confidence::Secondary, Confidence::Derived,
                         Confidence::Claim, Confidence::Unverified, Confidence::Assumption})
        if (s == toString(c))
            return c;
    return std::nullopt;
}

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CatalogError(path + ": cannot open the catalog file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> stringList(const json::Value* v, const std::string& where) {
    std::vector<std::string> out;
    if (!v || v->isNull())
        return out;
    if (!v->isArray())
        throw CatalogError(where + ": expected a list of strings");
    for (const auto& s : v->asArray()) {
        if (!s.isString())
            throw CatalogError(where + ": expected a list of strings");
        out.push_back(s.asString());
    }
    return out;
}

std::string optString(const json::Value& obj, const char* key, const std::string& where) {
    const json::Value* v = obj.find(key);
    if (!v || v->isNull())
        return {};
    if (!v->isString())
        throw CatalogError(where + "." + key + ": expected a string");
    return v->asString();
}

CatalogRating parseRating(const json::Value& v, const std::string& where) {
    if (!v.isObject())
        throw CatalogError(where + ": expected an object");
    CatalogRating r;
    if (const json::Value* value = v.find("value"); value && !value->isNull()) {
        if (!value->isNumber())
            throw CatalogError(where + ".value: expected a number or null");
        r.value = value->asNumber();
    }
    r.text = optString(v, "text", where);
    r.unit = optString(v, "unit", where);
    r.note = optString(v, "note", where);
    r.sources = stringList(v.find("sources"), where + ".sources");
    if (const std::string c = optString(v, "confidence", where); !c.empty()) {
        r.confidence = confidenceFromString(c);
        if (!r.confidence)
            throw CatalogError(where + ".confidence: unknown confidence '" + c + "'");
    }
    return r;
}

} // namespace

Catalog Catalog::fromJsonText(const std::string& text, const std::string& origin) {
    json::Value doc;
    try {
        doc = json::parse(text);
    } catch (const json::ParseError& e) {
        throw CatalogError(origin + ": " + e.what());
    }
    const json::Value* items = doc.find("items");
    if (!items || !items->isArray())
        throw CatalogError(origin + ": no \"items\" list; not an aifp catalog");
    Catalog cat;
    for (std::size_t i = 0; i < items->asArray().size(); ++i) {
        const json::Value& it = items->asArray()[i];
        const std::string where = origin + ": items[" + std::to_string(i) + "]";
        if (!it.isObject())
            throw CatalogError(where + ": expected an object");
        CatalogEntry e;
        e.id = optString(it, "id", where);
        if (e.id.empty())
            throw CatalogError(where + ".id: missing");
        e.referenceId = optString(it, "reference_id", where);
        e.vendor = optString(it, "vendor", where);
        e.model = optString(it, "model", where);
        e.category = optString(it, "category", where);
        e.notes = optString(it, "notes", where);
        e.sources = stringList(it.find("sources"), where + ".sources");
        const std::string conf = optString(it, "confidence", where);
        auto c = confidenceFromString(conf.empty() ? "unverified" : conf);
        if (!c)
            throw CatalogError(where + ".confidence: unknown confidence '" + conf + "'");
        e.confidence = *c;
        if (const json::Value* ratings = it.find("ratings"); ratings && ratings->isObject())
            for (const auto& [key, rv] : ratings->asObject())
                e.ratings[key] = parseRating(rv, where + ".ratings." + key);
        for (const std::string& alias : stringList(it.find("aliases"), where + ".aliases"))
            cat.aliases_[alias] = e.id;
        cat.add(std::move(e));
    }
    return cat;
}

Catalog Catalog::loadFile(const std::string& path) {
    return fromJsonText(readFile(path), path);
}

std::string Catalog::resourcesDir() {
    return dataDir();
}

const Catalog& Catalog::builtin() {
    static const Catalog cat = loadFile(resourcesDir() + "/catalog.json");
    return cat;
}

void Catalog::add(CatalogEntry entry) {
    if (auto it = index_.find(entry.id); it != index_.end()) {
        entries_[it->second] = std::move(entry);
        return;
    }
    index_[entry.id] = entries_.size();
    entries_.push_back(std::move(entry));
}

const CatalogEntry* Catalog::find(const std::string& id) const {
    auto it = index_.find(id);
    if (it == index_.end()) {
        // An earlier id of a renamed entry (e.g. vr-nvl144 -> vr-nvl72).
        if (auto a = aliases_.find(id); a != aliases_.end())
            it = index_.find(a->second);
    }
    return it == index_.end() ? nullptr : &entries_[it->second];
}

std::vector<const CatalogEntry*> Catalog::byCategory(const std::string& category) const {
    std::vector<const CatalogEntry*> out;
    for (const auto& e : entries_)
        if (e.category == category)
            out.push_back(&e);
    return out;
}

Catalog Catalog::withUserEntries(const std::vector<CatalogEntry>& user) const {
    Catalog c = *this;
    for (const auto& e : user)
        c.add(e);
    return c;
}

SystemSpec systemSpec(const Catalog& catalog, const std::string& id) {
    const CatalogEntry* e = catalog.find(id);
    if (!e)
        throw CatalogError(fill(tr("Catalog", "unknown system '%1' (not in the catalog)"), {id}));
    if (e->category != "system")
        throw CatalogError(
            fill(tr("Catalog", "'%1' is a %2, not a GPU system"), {id, e->category}));
    auto need = [&](const char* key) {
        const CatalogRating* r = e->rating(key);
        if (!r || !r->hasValue())
            throw CatalogError(fill(tr("Catalog", "system '%1' lacks the rating '%2'"), {id, key}));
        return r->value;
    };
    SystemSpec s;
    s.id = e->id; // the current id when id is an alias
    s.gpusPerSystem = static_cast<int>(need("gpus_per_system"));
    s.systemsPerRack = static_cast<int>(e->number("systems_per_rack", 1));
    s.gpusPerRack = static_cast<int>(need("gpus_per_rack"));
    s.rackPowerKw = need("rack_power_kw");
    s.typicalPowerFraction = e->number("typical_power_fraction", 1.0);
    s.liquidFraction = e->number("liquid_fraction", 0.0);
    s.rackWeightKg = need("rack_weight_kg");
    s.footprintWidthM = e->number("footprint_width_m", 0.6);
    s.footprintDepthM = e->number("footprint_depth_m", 1.2);
    s.serviceClearanceM = e->number("service_clearance_m", 1.2);
    s.maxSupplyWaterC = e->number("max_supply_water_c", 0.0);
    s.coolantFlowLpmPerKw = e->number("coolant_flow_lpm_per_kw", 1.5);
    s.scaleUpGpus = static_cast<int>(e->number("scale_up_gpus", s.gpusPerSystem));
    s.nicsPerGpu = static_cast<int>(e->number("nics_per_gpu", 1));
    s.nicSpeedGbps = e->number("nic_speed_gbps", 400);
    if (const CatalogRating* g = e->rating("gpu"))
        s.gpuId = g->text;
    if (s.gpusPerRack <= 0 || s.rackPowerKw <= 0)
        throw CatalogError(
            fill(tr("Catalog", "system '%1' has non-positive GPUs per rack or rack power"), {id}));
    return s;
}

RackFootprintM rackFootprintM(const Catalog& catalog, const std::string& systemId) {
    try {
        const SystemSpec s = systemSpec(catalog, systemId);
        return {s.footprintWidthM, s.footprintDepthM};
    } catch (const CatalogError&) {
        const SystemSpec fallback;
        return {fallback.footprintWidthM, fallback.footprintDepthM};
    }
}

} // namespace aifp
