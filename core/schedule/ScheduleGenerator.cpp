#include "core/schedule/ScheduleGenerator.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/estimate/UnitPrices.hpp"
#include "core/i18n/Translate.hpp"
#include "core/schedule/CapacityRamp.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <locale>
#include <map>
#include <sstream>
#include <unordered_map>

namespace aifp {

namespace {

enum class Equip {
    MvSwitchgear,
    Transformer,
    LvSwitchgear,
    Ups,
    Generator,
    Chiller,
    DryCooler,
    Cdu
};
constexpr std::size_t kEquipCount = 8;

struct EquipInfo {
    Equip equip;
    const char* slug;
    const char* label; // English; shown through tr("Schedule", label)
    bool power;
    bool yard; // installed outdoors / in the plant yard (after site works, not the hall shell)
    const char* leadKey;
    const char* installKey;
    const char* crewKey;
};

const std::array<EquipInfo, kEquipCount> kEquip = {{
    {Equip::MvSwitchgear, "mv_switchgear", AIFP_TRANSLATE_NOOP("Schedule", "MV switchgear"), true,
     false, "schedule.lead.mv_switchgear_weeks", "schedule.duration.install_mv_switchgear_days",
     "schedule.crews.power"},
    {Equip::Transformer, "transformer", AIFP_TRANSLATE_NOOP("Schedule", "transformers"), true, true,
     "schedule.lead.transformer_weeks", "schedule.duration.install_transformer_days",
     "schedule.crews.power"},
    {Equip::LvSwitchgear, "lv_switchgear", AIFP_TRANSLATE_NOOP("Schedule", "LV switchboards"), true,
     false, "schedule.lead.lv_switchgear_weeks", "schedule.duration.install_lv_switchgear_days",
     "schedule.crews.power"},
    {Equip::Ups, "ups", AIFP_TRANSLATE_NOOP("Schedule", "UPS"), true, false,
     "schedule.lead.ups_weeks", "schedule.duration.install_ups_days", "schedule.crews.power"},
    {Equip::Generator, "generator", AIFP_TRANSLATE_NOOP("Schedule", "generators"), true, true,
     "schedule.lead.generator_weeks", "schedule.duration.install_generator_days",
     "schedule.crews.power"},
    {Equip::Chiller, "chiller", AIFP_TRANSLATE_NOOP("Schedule", "chillers"), false, true,
     "schedule.lead.chiller_weeks", "schedule.duration.install_chiller_days",
     "schedule.crews.cooling"},
    {Equip::DryCooler, "dry_cooler", AIFP_TRANSLATE_NOOP("Schedule", "dry coolers"), false, true,
     "schedule.lead.dry_cooler_weeks", "schedule.duration.install_dry_cooler_days",
     "schedule.crews.cooling"},
    {Equip::Cdu, "cdu", AIFP_TRANSLATE_NOOP("Schedule", "CDUs"), false, false,
     "schedule.lead.cdu_weeks", "schedule.duration.install_cdu_days", "schedule.crews.cooling"},
}};

// reference-data.md 3.2: 2,500 kVA is the typical prefab substation block (coumelelectric.com);
// units up to it are distribution class, larger units power transformers (6.2 lead times).
constexpr double kTransformerBlockMaxKva = 2500.0;

struct Batch {
    int units = 0;
    double maxKva = 0.0;
};

// The lead-time key of a batch: transformers by rating, the others by class.
std::string leadKeyOf(Equip e, const Batch& batch) {
    if (e == Equip::Transformer && batch.maxKva > 0 && batch.maxKva <= kTransformerBlockMaxKva)
        return "schedule.lead.transformer_distribution_weeks";
    return kEquip[static_cast<std::size_t>(e)].leadKey;
}

// Equipment a prefab power skid integrates.
bool skidClass(Equip e) {
    return e == Equip::Transformer || e == Equip::MvSwitchgear || e == Equip::LvSwitchgear ||
           e == Equip::Ups;
}

std::optional<std::size_t> equipOf(PowerNodeKind k) {
    switch (k) {
    case PowerNodeKind::MvSwitchgear:
        return 0;
    case PowerNodeKind::Transformer:
        return 1;
    case PowerNodeKind::LvSwitchboard:
        return 2;
    case PowerNodeKind::Ups:
        return 3;
    case PowerNodeKind::Generator:
        return 4;
    default:
        return std::nullopt;
    }
}

std::optional<std::size_t> equipOf(CoolingNodeKind k) {
    switch (k) {
    case CoolingNodeKind::Chiller:
        return 5;
    case CoolingNodeKind::DryCooler:
        return 6;
    case CoolingNodeKind::Cdu:
        return 7;
    default:
        return std::nullopt;
    }
}

struct RackLoad {
    long gpus = 0;
    double kw = 0.0;
};

struct HallLoad {
    const Hall* hall = nullptr;
    std::string label;
    long racks = 0;
    long gpus = 0;
    double itKw = 0.0;
    std::vector<RackLoad> rackList; // in design order: SUs take them in this order
    long cables = 0;
    double pipeM = 0.0;
    double buswayM = 0.0;
    std::array<Batch, kEquipCount> equip{};
};

struct Plan {
    std::vector<HallLoad> halls;
    ScheduleParameters params;
    DeliveryModel model;
    std::string start;
    int workDaysPerWeek = 5;
    int readiness = 0;                        // index in siteReadinessLevels()
    std::map<std::string, std::string> owned; // slug -> on-site date ("" = on site)
    std::vector<OwnedItem> ownedItems;        // design's, then the options' (later wins)
    double bridgeMw = 0.0;
    bool priority = false;
    std::map<std::string, long> racksBySystem; // catalog id -> racks (priority premium)
    std::vector<std::string> notes;

    const std::string* ownedDate(const std::string& slug) const {
        auto it = owned.find(slug);
        return it == owned.end() ? nullptr : &it->second;
    }
};

// In messages: 6 significant digits in the calling thread's display style.
std::string fmt(double v) {
    return display::formatSignificantPlain(v, 6);
}

struct OwnedClassInfo {
    const char* name;
    const char* covers;
    std::vector<std::string> slugs;
    std::vector<std::string> aliases;
};

const std::vector<OwnedClassInfo>& ownedClassTable() {
    static const std::vector<OwnedClassInfo> table = {
        {"transformer", "power and distribution transformers", {"transformer"}, {"transformers"}},
        {"mv-switchgear", "MV switchgear", {"mv_switchgear"}, {}},
        {"lv-switchgear", "LV switchboards", {"lv_switchgear"}, {"lv-switchboards"}},
        {"switchgear", "MV switchgear and LV switchboards", {"mv_switchgear", "lv_switchgear"}, {}},
        {"ups", "UPS systems", {"ups"}, {}},
        {"generator", "standby generators", {"generator"}, {"generators"}},
        {"chiller", "chillers", {"chiller"}, {"chillers"}},
        {"dry-cooler", "dry coolers", {"dry_cooler"}, {"dry-coolers"}},
        {"cdu", "coolant distribution units", {"cdu"}, {"cdus"}},
        {"busway", "busway", {"busway"}, {}},
        {"gpu-racks", "GPU rack systems", {"racks"}, {"racks", "gpu-rack"}},
    };
    return table;
}

std::vector<std::string> slugsOfClass(const std::string& cls) {
    std::string key = cls;
    for (char& c : key) {
        if (c == '_')
            c = '-';
        else if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    std::string names;
    for (const auto& e : ownedClassTable()) {
        if (key == e.name || std::find(e.aliases.begin(), e.aliases.end(), key) != e.aliases.end())
            return e.slugs;
        names += (names.empty() ? "" : "|") + std::string(e.name);
    }
    throw ScheduleError(
        fill(tr("Schedule", "owned equipment class '%1' is not one of %2"), {cls, names}));
}

// The site readiness level's index in siteReadinessLevels(): the options', else the design's.
int readinessIndex(const Design& design, const ScheduleOptions& options) {
    const auto& levels = siteReadinessLevels();
    const std::string r =
        options.readiness.empty() ? toString(design.site.readiness) : options.readiness;
    auto it = std::find(levels.begin(), levels.end(), r);
    if (it == levels.end())
        throw ScheduleError(fill(tr("Schedule", "site readiness '%1' is not one of "
                                                "greenfield|powered-land|powered-shell|ready-hall"),
                                 {r}));
    return static_cast<int>(it - levels.begin());
}

// Owned equipment: the design's, then the options' (later wins), by class slug.
void readOwned(Plan& plan, const Design& design, const ScheduleOptions& options) {
    std::vector<OwnedItem> ownedItems;
    for (const OwnedEquipment& o : design.ownedEquipment)
        ownedItems.push_back({o.equipmentClass, o.onSiteDate});
    ownedItems.insert(ownedItems.end(), options.owned.begin(), options.owned.end());
    for (const OwnedItem& o : ownedItems) {
        const auto slugs = slugsOfClass(o.equipmentClass);
        if (!o.onSiteDate.empty()) {
            try {
                parseIsoDate(o.onSiteDate);
            } catch (const ScheduleError& e) {
                throw ScheduleError(fill(tr("Schedule", "owned equipment '%1': on-site date %2"),
                                         {o.equipmentClass, e.what()}));
            }
        }
        for (const auto& slug : slugs)
            plan.owned[slug] = o.onSiteDate;
    }
    plan.ownedItems = ownedItems;
}

// The programme settings: start, delivery model, calendar, readiness, owned equipment,
// bridging power and supply priority; the options' where given, else the design's.
void readSettings(Plan& plan, const Design& design, const ScheduleOptions& options) {
    plan.start = options.startDate.empty() ? design.settings.scheduleStart : options.startDate;
    try {
        parseIsoDate(plan.start);
    } catch (const ScheduleError& e) {
        throw ScheduleError(fill(tr("Schedule", "schedule start: %1"), {e.what()}));
    }
    plan.model =
        deliveryModel(options.delivery.empty() ? design.settings.delivery : options.delivery);
    plan.workDaysPerWeek = options.calendar.workingDaysPerWeek();
    plan.readiness = readinessIndex(design, options);
    readOwned(plan, design, options);
    const double bridgeMw = options.bridgePowerMw.value_or(design.settings.bridgePowerMw);
    if (!std::isfinite(bridgeMw) || bridgeMw < 0)
        throw ScheduleError(
            fill(tr("Schedule", "bridging power %1 MW: must be a number >= 0"), {fmt(bridgeMw)}));
    plan.bridgeMw = bridgeMw;
    plan.priority = options.supplyPriority.value_or(design.settings.supplyPriority);
}

// The schedule figures: the defaults, the transformer lead time of the catalog entry built from
// reference-data.md 6.2, then the design's overrides.
ScheduleParameters planParameters(const Design& design, const Catalog& catalog) {
    ScheduleParameters params = ScheduleParameters::defaults();
    if (const CatalogEntry* lpt = catalog.find("xfmr-large-power-transformer")) {
        const double weeks = lpt->number("avg_lead_time_power_xfmr", 0.0);
        if (weeks > 0) {
            std::string src = "catalog xfmr-large-power-transformer avg_lead_time_power_xfmr "
                              "(reference-data.md 6.2; range 80-210 weeks, US DOE LPT report)";
            for (const auto& s : lpt->sourcesOf("avg_lead_time_power_xfmr"))
                src += "; " + s;
            params.setDefault("schedule.lead.transformer_weeks", weeks, src);
        }
        // Its range, "80-210" weeks (US DOE LPT report, reference-data.md 6.2).
        if (const CatalogRating* range = lpt->rating("lead_time")) {
            double low = 0.0, high = 0.0;
            char dash = 0;
            std::istringstream in(range->text);
            in.imbue(std::locale::classic());
            if (range->unit == "weeks" && (in >> low >> dash >> high) && dash == '-' && low > 0 &&
                high >= low)
                params.setRange("schedule.lead.transformer_weeks", low, high);
        }
    }
    params.applyOverrides(design.assumptionOverrides);
    return params;
}

// Fills the plan's per-hall loads from the design: racks, equipment, busway, pipes and cables.
class LoadCollector {
public:
    LoadCollector(Plan& plan, const Design& design, const Catalog& catalog)
        : plan_(plan), design_(design), catalog_(catalog) {}

    void collect() {
        indexHalls();
        collectRacks();
        collectEquipment();
        collectRuns();
        assumeMissingRuns();
        noteMissingEquipment();
    }

private:
    std::optional<std::size_t> hallOf(ObjectId id) const {
        auto it = hallIndex_.find(id);
        return it == hallIndex_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }

    void indexHalls() {
        plan_.halls.resize(design_.halls.size());
        for (std::size_t h = 0; h < design_.halls.size(); ++h) {
            const Hall& hall = design_.halls[h];
            plan_.halls[h].hall = &hall;
            plan_.halls[h].label = hall.name.empty()
                                       ? fill(tr("Schedule", "Hall %1"), {std::to_string(h + 1)})
                                       : hall.name;
            hallIndex_[hall.id] = h;
        }
    }

    void collectRacks() {
        for (const Rack& r : design_.racks) {
            const auto h = hallOf(r.hallId);
            if (!h)
                throw ScheduleError(fill(tr("Schedule", "rack %1 \"%2\": hall %3 does not exist"),
                                         {std::to_string(r.id), r.name, std::to_string(r.hallId)}));
            auto it = specs_.find(r.catalogId);
            if (it == specs_.end()) {
                try {
                    it = specs_.emplace(r.catalogId, systemSpec(catalog_, r.catalogId)).first;
                } catch (const CatalogError& e) {
                    throw ScheduleError(fill(tr("Schedule", "rack %1 \"%2\": %3"),
                                             {std::to_string(r.id), r.name, e.what()}));
                }
            }
            HallLoad& load = plan_.halls[*h];
            load.racks += 1;
            load.gpus += it->second.gpusPerRack;
            load.itKw += it->second.rackPowerKw;
            load.rackList.push_back(
                {static_cast<long>(it->second.gpusPerRack), it->second.rackPowerKw});
            ++plan_.racksBySystem[r.catalogId];
            rackHall_[r.id] = *h;
        }
    }

    // Equipment inside a hall belongs to it; yard equipment is shared out in order, so the first
    // hall gets the first units (its chain is complete first).
    void collectEquipment() {
        std::array<std::vector<double>, kEquipCount> yard;
        const auto place = [&](std::size_t e, ObjectId hallId, double kva) {
            if (auto h = hallOf(hallId)) {
                Batch& b = plan_.halls[*h].equip[e];
                b.units += 1;
                b.maxKva = std::max(b.maxKva, kva);
            } else {
                yard[e].push_back(kva);
            }
        };
        for (const PowerNode& p : design_.powerNodes) {
            if (p.kind == PowerNodeKind::Busway) {
                if (auto h = hallOf(p.hallId))
                    plan_.halls[*h].buswayM += polylineLengthM(p.routeM);
                continue;
            }
            if (auto e = equipOf(p.kind))
                place(*e, p.hallId, p.ratingKva > 0 ? p.ratingKva : p.ratingKw);
        }
        for (const CoolingNode& c : design_.coolingNodes) {
            if (auto h = hallOf(c.hallId))
                coolingHall_[c.id] = *h;
            if (auto e = equipOf(c.kind))
                place(*e, c.hallId, 0.0);
        }
        const std::size_t nHalls = plan_.halls.size();
        for (std::size_t e = 0; e < kEquipCount; ++e)
            for (std::size_t j = 0; j < yard[e].size(); ++j) {
                Batch& b = plan_.halls[j * nHalls / yard[e].size()].equip[e];
                b.units += 1;
                b.maxKva = std::max(b.maxKva, yard[e][j]);
            }
    }

    // Busway links, pipes and network cables, each in the hall of the rack (or equipment,
    // switch) it serves; the first hall when none.
    void collectRuns() {
        for (const PowerLink& l : design_.powerLinks)
            if (l.kind == PowerLinkKind::Busway) {
                auto it = rackHall_.find(l.toId);
                if (it != rackHall_.end())
                    plan_.halls[it->second].buswayM += l.lengthM;
            }
        for (const Pipe& p : design_.pipes) {
            std::size_t h = 0;
            if (auto it = rackHall_.find(p.toId); it != rackHall_.end())
                h = it->second;
            else if (auto c = coolingHall_.find(p.toId); c != coolingHall_.end())
                h = c->second;
            else if (auto f = coolingHall_.find(p.fromId); f != coolingHall_.end())
                h = f->second;
            plan_.halls[h].pipeM += p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM);
        }
        std::unordered_map<ObjectId, std::size_t> switchHall;
        for (const NetworkSwitch& s : design_.switches)
            if (auto h = hallOf(s.hallId))
                switchHall[s.id] = *h;
        for (const NetworkLink& l : design_.networkLinks) {
            std::size_t h = 0;
            if (auto it = rackHall_.find(l.fromId); it != rackHall_.end())
                h = it->second;
            else if (auto s = switchHall.find(l.fromId); s != switchHall.end())
                h = s->second;
            plan_.halls[h].cables += std::max(0, l.count);
        }
    }

    // Halls whose racks carry no drawn cables or pipes get the per-rack defaults.
    void assumeMissingRuns() {
        for (auto& load : plan_.halls) {
            if (load.racks == 0)
                continue;
            if (load.cables == 0) {
                long nics = 0;
                for (const Rack& r : design_.racks)
                    if (hallOf(r.hallId) && &plan_.halls[*hallOf(r.hallId)] == &load) {
                        const SystemSpec& s = specs_.at(r.catalogId);
                        nics += static_cast<long>(s.gpusPerRack) * s.nicsPerGpu;
                    }
                load.cables = nics;
                plan_.notes.push_back(fill(tr("Schedule", "%1: no network links drawn; %2 compute "
                                                          "cables assumed (one per NIC, catalog "
                                                          "nics_per_gpu)"),
                                           {load.label, std::to_string(nics)}));
            }
            if (load.pipeM <= 0) {
                load.pipeM = load.racks * plan_.params.value("schedule.quantity.pipe_m_per_rack");
                plan_.notes.push_back(
                    fill(tr("Schedule",
                            "%1: no pipes drawn; %2 m assumed (schedule.quantity.pipe_m_per_rack)"),
                         {load.label, fmt(load.pipeM)}));
            }
            if (load.buswayM <= 0) {
                load.buswayM =
                    load.racks * plan_.params.value("schedule.quantity.busway_m_per_rack");
                plan_.notes.push_back(
                    fill(tr("Schedule", "%1: no busway routes drawn; %2 m assumed "
                                        "(schedule.quantity.busway_m_per_rack)"),
                         {load.label, fmt(load.buswayM)}));
            }
        }
    }

    void noteMissingEquipment() {
        for (std::size_t e = 0; e < kEquipCount; ++e) {
            int total = 0;
            for (const auto& load : plan_.halls)
                total += load.equip[e].units;
            if (total == 0)
                plan_.notes.push_back(fill(tr("Schedule", "the design has no %1: none scheduled"),
                                           {tr("Schedule", kEquip[e].label)}));
        }
    }

    Plan& plan_;
    const Design& design_;
    const Catalog& catalog_;
    std::unordered_map<ObjectId, std::size_t> hallIndex_;
    std::unordered_map<ObjectId, std::size_t> rackHall_;
    std::unordered_map<ObjectId, std::size_t> coolingHall_;
    std::unordered_map<std::string, SystemSpec> specs_;
};

Plan makePlan(const Design& design, const ScheduleOptions& options) {
    Plan plan;
    if (design.halls.empty())
        throw ScheduleError(tr("Schedule", "the design has no halls: nothing to schedule"));
    readSettings(plan, design, options);
    Catalog local;
    const Catalog* catalog = options.catalog;
    if (!catalog) {
        local = Catalog::builtin().withUserEntries(design.userCatalog);
        catalog = &local;
    }
    plan.params = planParameters(design, *catalog);
    LoadCollector(plan, design, *catalog).collect();
    return plan;
}

// The basis of a lead time: "26 weeks (schedule.lead.racks_weeks)".
std::string weeksBasis(double weeks, const std::string& key) {
    return fill(tr("Schedule", "%1 weeks (%2)"), {fmt(weeks), key});
}

class NetworkBuilder {
public:
    explicit NetworkBuilder(const Plan& plan) : plan_(plan) {}

    ScheduleTask& add(std::string id, std::string name, std::string kind, double days, int hall,
                      std::string basis) {
        ScheduleTask t;
        t.id = std::move(id);
        t.name = std::move(name);
        t.kind = std::move(kind);
        t.durationDays = days;
        t.hallIndex = hall;
        t.basis = std::move(basis);
        net_.tasks.push_back(std::move(t));
        return net_.tasks.back();
    }
    void link(const std::string& succ, const std::string& pred,
              LinkType type = LinkType::FinishToStart, double lag = 0.0) {
        for (auto& t : net_.tasks)
            if (t.id == succ) {
                t.dependsOn.push_back({pred, type, lag});
                return;
            }
        throw ScheduleError("internal: no task " + succ);
    }
    bool has(const std::string& id) const { return net_.find(id) != nullptr; }
    const ScheduleTask* find(const std::string& id) const { return net_.find(id); }
    ScheduleNetwork& net() { return net_; }
    double param(const std::string& key) const { return plan_.params.value(key); }
    // Calendar weeks as working days of the programme calendar.
    double weeksToDays(double weeks) const {
        return std::ceil(weeks * plan_.workDaysPerWeek - 1e-9);
    }
    ScheduleNetwork take() { return std::move(net_); }

private:
    const Plan& plan_;
    ScheduleNetwork net_;
};

// Marks the tasks the site readiness level says are done before the start.
void applyReadiness(ScheduleNetwork& net, const Plan& plan) {
    if (plan.readiness == 0)
        return;
    const std::string reason = fill(tr("Schedule", "site readiness: %1"),
                                    {shownScheduleKeyword(siteReadinessLevels()[plan.readiness])});
    const auto starts = [](const std::string& id, const char* prefix) {
        return id.rfind(prefix, 0) == 0;
    };
    for (ScheduleTask& t : net.tasks) {
        const std::string& id = t.id;
        bool done = id == "utility"; // powered-land: grid connection and permits in place
        if (plan.readiness >= 2)     // powered-shell: building and utility power in place
            done = done || id == "site.works" || starts(id, "shell.") ||
                   starts(id, "lead.transformer.") || starts(id, "cx.l1.transformer.") ||
                   starts(id, "install.transformer.") || starts(id, "lead.mv_switchgear.") ||
                   starts(id, "cx.l1.mv_switchgear.") || starts(id, "install.mv_switchgear.");
        if (plan.readiness >= 3) // ready-hall: power, cooling and white space ready
            done = done || starts(id, "fitout.") ||
                   (starts(id, "lead.") && !starts(id, "lead.racks.") && id != "lead.bridge") ||
                   starts(id, "cx.l1.") || starts(id, "cx.l3.") || starts(id, "cx.l4.") ||
                   starts(id, "cx.l5.") || starts(id, "energized.") ||
                   (starts(id, "install.") && !starts(id, "install.su.") && id != "install.bridge");
        if (done && !t.done) {
            t.done = true;
            t.doneReason = reason;
        }
    }
}

// Builds the task network in programme order: the site-wide tasks, bridging power, then hall by
// hall its shell, equipment, trades, commissioning, racks and scalable units.
class ProgrammeNetwork {
public:
    explicit ProgrammeNetwork(const Plan& plan)
        : plan_(plan), m_(plan.model), b_(plan),
          installFactor_(m_.powerSkids ? P("schedule.prefab.install_factor") : 1.0),
          batchLag_(b_.weeksToDays(P("schedule.lead.batch_interval_weeks"))),
          integratedRacks_(m_.kind == DeliveryKind::Prefab), suRacks_(P("schedule.su.racks")),
          bridgedSu_(plan.halls.size()) {}

    ScheduleNetwork build() {
        addSiteTasks();
        if (markBridgedSus())
            addBridgeTasks();
        for (std::size_t h = 0; h < plan_.halls.size(); ++h)
            addHall(h);
        ScheduleNetwork net = b_.take();
        applyReadiness(net, plan_);
        return net;
    }

private:
    // One hall's names: its index, task-id suffix, the previous hall's suffix and its label.
    struct HallStep {
        std::size_t h;
        int hi;
        std::string sfx;
        std::string prev;
        const HallLoad& L;
        const std::string& H;
    };
    // The tasks of a hall the later steps link to.
    struct HallTasks {
        std::vector<std::string> powerInstalls, coolingInstalls;
        std::string bus, pipe, energize;
        bool bridged = false; // bridging power carries the hall's first SU
    };

    double P(const std::string& key) const { return plan_.params.value(key); }
    static double days(double v) { return std::max(1.0, std::ceil(v - 1e-9)); }

    void addSiteTasks() {
        b_.add("start", tr("Schedule", "Programme start (notice to proceed)"), "milestone.start", 0,
               -1, tr("Schedule", "milestone"));
        b_.add("award", tr("Schedule", "Design freeze and purchase orders"), "procurement",
               P("schedule.duration.award_days"), -1, "schedule.duration.award_days");
        b_.link("award", "start");
        b_.add("site.works", tr("Schedule", "Site works: clearing, grading, foundations, yards"),
               "site", P("schedule.duration.site_works_days"), -1,
               "schedule.duration.site_works_days");
        b_.link("site.works", "start");
        const double utilityWeeks = P("schedule.lead.utility_interconnection_weeks");
        b_.add("utility", tr("Schedule", "Utility interconnection and energisation"),
               "lead.utility", b_.weeksToDays(utilityWeeks), -1,
               weeksBasis(utilityWeeks, "schedule.lead.utility_interconnection_weeks"));
        b_.link("utility", "start");
    }

    // Bridging power: which SUs (site order: hall by hall, SU by SU) its capacity carries.
    // Not used when the grid connection is already in place (powered-land or better).
    // True when it carries at least one.
    bool markBridgedSus() {
        const double facilityPerIt = P("schedule.bridge.facility_per_it_mw");
        bool anyBridged = false;
        if (plan_.bridgeMw > 0 && plan_.readiness == 0) {
            double load = 0.0;
            bool full = false;
            for (std::size_t h = 0; h < plan_.halls.size(); ++h) {
                const auto& racks = plan_.halls[h].rackList;
                const std::size_t n = static_cast<std::size_t>(
                    std::ceil(static_cast<double>(racks.size()) / suRacks_ - 1e-9));
                for (std::size_t j = 0; j < n; ++j) {
                    double kw = 0.0;
                    for (std::size_t r = static_cast<std::size_t>(j * suRacks_);
                         r < std::min(racks.size(), static_cast<std::size_t>((j + 1) * suRacks_));
                         ++r)
                        kw += racks[r].kw;
                    const bool fits =
                        !full && load + kw / 1000.0 * facilityPerIt <= plan_.bridgeMw + 1e-9;
                    if (fits)
                        load += kw / 1000.0 * facilityPerIt;
                    else
                        full = true;
                    bridgedSu_[h].push_back(fits);
                    anyBridged = anyBridged || fits;
                }
            }
        }
        return anyBridged;
    }

    void addBridgeTasks() {
        const double lw = P("schedule.bridge.lead_weeks");
        b_.add("lead.bridge",
               fill(tr("Schedule",
                       "Bridging power (mobile gas turbines / BESS, %1 MW): order to delivery"),
                    {fmt(plan_.bridgeMw)}),
               "lead.bridge", b_.weeksToDays(lw), -1,
               weeksBasis(lw, "schedule.bridge.lead_weeks, assumption"));
        b_.link("lead.bridge", "award");
        b_.add(
            "install.bridge",
            fill(tr("Schedule", "Install and test bridging power (%1 MW)"), {fmt(plan_.bridgeMw)}),
            "install.bridge", P("schedule.bridge.install_days"), -1,
            "schedule.bridge.install_days");
        b_.link("install.bridge", "lead.bridge");
        b_.link("install.bridge", "site.works");
        b_.add("switchover",
               tr("Schedule", "Switch bridged SUs over to the grid; bridging power demobilised"),
               "switchover", P("schedule.bridge.switchover_days"), -1,
               "schedule.bridge.switchover_days");
        b_.link("switchover", "utility");
        b_.link("switchover", "install.bridge");
    }

    void addHall(std::size_t h) {
        const HallStep s{h,
                         static_cast<int>(h),
                         ".h" + std::to_string(h + 1),
                         h > 0 ? ".h" + std::to_string(h) : "",
                         plan_.halls[h],
                         plan_.halls[h].label};
        HallTasks t;
        addShell(s);
        addEquipment(s, t);
        addTrades(s, t);
        addCommissioning(s, t);
        if (s.L.racks == 0) {
            const std::string token = "first_token" + s.sfx;
            const std::string full = "full_capacity" + s.sfx;
            b_.add(token, fill(tr("Schedule", "First token: %1 (no racks)"), {s.H}),
                   "milestone.first_token", 0, s.hi, tr("Schedule", "milestone"));
            b_.link(token, t.energize);
            b_.add(full, fill(tr("Schedule", "Full capacity: %1"), {s.H}),
                   "milestone.full_capacity", 0, s.hi, tr("Schedule", "milestone"));
            b_.link(full, token);
            return;
        }
        const std::string* racksOwned = plan_.ownedDate("racks");
        const std::string deliv = addRackSupply(s, racksOwned);
        addScalableUnits(s, t, deliv, racksOwned);
    }

    void addShell(const HallStep& s) {
        const std::size_t h = s.h;
        b_.add("shell" + s.sfx, fill(tr("Schedule", "Building shell: %1"), {s.H}), "shell",
               P(m_.shellKey), s.hi, m_.shellKey);
        b_.link("shell" + s.sfx, "site.works");
        if (h > 0)
            b_.link("shell" + s.sfx, "shell" + s.prev, LinkType::StartToStart,
                    P("schedule.duration.shell_stagger_days"));
        // A shell crew starts its next hall when its previous one is up.
        const std::size_t crewsN =
            static_cast<std::size_t>(std::max(1.0, std::floor(P("schedule.crews.shells"))));
        if (h >= crewsN)
            b_.link("shell" + s.sfx, "shell.h" + std::to_string(h + 1 - crewsN));
        b_.add("fitout" + s.sfx, fill(tr("Schedule", "Hall fit-out: %1"), {s.H}), "fitout",
               P(m_.fitoutKey), s.hi, m_.fitoutKey);
        b_.link("fitout" + s.sfx, "shell" + s.sfx);
    }

    // Prefab: transformers, switchgear and UPS come on one factory-integrated skid, shipped
    // when its longest-lead component is in, less the speed-up of reference-data.md 6.1.
    // Classes the owner already has are not waited for.
    // Classes already in place by site readiness are not on the skid either.
    double skidLongestWeeks(const HallLoad& L) const {
        const auto inPlace = [&](Equip e) {
            return plan_.readiness >= 3 ||
                   (plan_.readiness >= 2 && (e == Equip::Transformer || e == Equip::MvSwitchgear));
        };
        double skidLongest = 0.0;
        for (const EquipInfo& e : kEquip)
            if (skidClass(e.equip) && L.equip[static_cast<std::size_t>(e.equip)].units > 0 &&
                !plan_.ownedDate(e.slug) && !inPlace(e.equip))
                skidLongest = std::max(
                    skidLongest, P(leadKeyOf(e.equip, L.equip[static_cast<std::size_t>(e.equip)])));
        return skidLongest;
    }

    void addEquipment(const HallStep& s, HallTasks& t) {
        const double skidLongest = skidLongestWeeks(s.L);
        const double skidCut =
            std::min(skidLongest, P("schedule.prefab.power_lead_reduction_weeks"));
        for (const EquipInfo& e : kEquip) {
            const Batch& batch = s.L.equip[static_cast<std::size_t>(e.equip)];
            if (batch.units == 0)
                continue;
            const std::string inst = addEquipmentClass(s, e, batch, skidLongest - skidCut, skidCut);
            (e.power ? t.powerInstalls : t.coolingInstalls).push_back(inst);
        }
    }

    // One equipment class of a hall: its lead time (ordered, owned or on a skid), factory test
    // and installation. Returns the installation task's id.
    std::string addEquipmentClass(const HallStep& s, const EquipInfo& e, const Batch& batch,
                                  double skidLeadWeeks, double skidCut) {
        const int hi = s.hi;
        const std::string leadKey = leadKeyOf(e.equip, batch);
        const std::string* owned = plan_.ownedDate(e.slug);
        const bool skid = skidClass(e.equip) && m_.powerSkids && !owned;
        const double leadWeeks = skid ? skidLeadWeeks : P(leadKey);
        const std::string slug = e.slug;
        const std::string lead = "lead." + slug + s.sfx;
        const std::string units =
            batch.units == 1 ? std::string(tr("Schedule", "1 unit"))
                             : fill(tr("Schedule", "%1 units"), {std::to_string(batch.units)});
        std::string details = units;
        if (e.equip == Equip::Transformer && batch.maxKva > 0)
            details = fill(tr("Schedule", "%1, up to %2 kVA"), {details, fmt(batch.maxKva)});
        if (skid)
            details = fill(tr("Schedule", "%1, integrated skids"), {details});
        const std::string what =
            fill(tr("Schedule", "%1, %2 (%3)"), {tr("Schedule", e.label), s.H, details});
        const std::string fat = "cx.l1." + slug + s.sfx;
        if (owned) {
            addOwnedEquipment(s, slug, what, *owned, leadWeeks, leadKey);
        } else {
            const std::string leadBasis =
                skid ? fill(tr("Schedule", "integrated skid: longest component lead %1 weeks - %2 "
                                           "weeks (schedule.prefab.power_lead_reduction_weeks)"),
                            {fmt(skidLeadWeeks + skidCut), fmt(skidCut)})
                     : weeksBasis(leadWeeks, leadKey);
            b_.add(lead, fill(tr("Schedule", "Manufacture and deliver %1"), {what}), "lead." + slug,
                   b_.weeksToDays(leadWeeks), hi, leadBasis);
            b_.link(lead, "award");
            const std::string prevLead = "lead." + slug + s.prev;
            if (s.h > 0 && b_.has(prevLead) && !b_.find(prevLead)->done &&
                !b_.find(prevLead)->startNoEarlierThan)
                b_.link(lead, prevLead, LinkType::StartToStart, batchLag_);
            b_.add(fat, fill(tr("Schedule", "L1 factory acceptance test: %1"), {what}), "cx.l1",
                   P("schedule.duration.fat_days"), hi, "schedule.duration.fat_days");
        }
        b_.link(fat, lead);
        const std::string inst = "install." + slug + s.sfx;
        // Crews scale with the batch: at least the planned crews, and enough that no crew
        // installs more than schedule.crews.units_per_install_crew units.
        const double crews = std::max(
            P(e.crewKey), std::ceil(batch.units / P("schedule.crews.units_per_install_crew")));
        const double effort = batch.units * P(e.installKey) * installFactor_;
        b_.add(inst, fill(tr("Schedule", "L2 receipt and installation: %1"), {what}),
               "install." + slug, days(effort / crews), hi,
               fill(installFactor_ != 1.0
                        ? tr("Schedule", "%1 x %2 crew-days x %3 / %4 crews (%5, %6)")
                        : tr("Schedule", "%1 x %2 crew-days / %4 crews (%5, %6)"),
                    {units, fmt(P(e.installKey)), fmt(installFactor_), fmt(crews), e.installKey,
                     e.crewKey}));
        b_.link(inst, fat);
        b_.link(inst, lead);
        b_.link(inst, e.yard ? "site.works" : "shell" + s.sfx);
        return inst;
    }

    // Owned or reserved: the lead time is the owner's delivery date; the factory test is behind
    // it.
    void addOwnedEquipment(const HallStep& s, const std::string& slug, const std::string& what,
                           const std::string& owned, double leadWeeks, const std::string& leadKey) {
        const std::string lead = "lead." + slug + s.sfx;
        ScheduleTask& t = b_.add(
            lead,
            owned.empty() ? fill(tr("Schedule", "Owned %1: on site"), {what})
                          : fill(tr("Schedule", "Owned %1: on site %2"), {what, owned}),
            "lead." + slug, owned.empty() ? b_.weeksToDays(leadWeeks) : 0, s.hi,
            owned.empty() ? fill(tr("Schedule", "owned equipment: on site at the start (instead of "
                                                "%1 weeks, %2)"),
                                 {fmt(leadWeeks), leadKey})
                          : fill(tr("Schedule", "owned equipment: on site %3 (instead of %1 weeks, "
                                                "%2)"),
                                 {fmt(leadWeeks), leadKey, owned}));
        if (owned.empty()) {
            t.done = true;
            t.doneReason = tr("Schedule", "owned: on site");
        } else {
            t.startNoEarlierThan = owned;
        }
        b_.add("cx.l1." + slug + s.sfx,
               fill(tr("Schedule", "L1 factory acceptance test: %1"), {what}), "cx.l1",
               P("schedule.duration.fat_days"), s.hi, "schedule.duration.fat_days")
            .done = true;
        b_.net().tasks.back().doneReason = tr("Schedule", "owned: factory-tested before delivery");
        b_.link(lead, "start");
    }

    // Busway and pipework.
    void addTrades(const HallStep& s, HallTasks& t) {
        const HallLoad& L = s.L;
        const std::string& H = s.H;
        const std::string busLead = "lead.busway" + s.sfx;
        const std::string* busOwned = plan_.ownedDate("busway");
        const double busWeeks = P("schedule.lead.busway_weeks");
        ScheduleTask& bl =
            b_.add(busLead,
                   !busOwned ? fill(tr("Schedule", "Manufacture and deliver busway: %1"), {H})
                   : busOwned->empty()
                       ? fill(tr("Schedule", "Owned busway: %1, on site"), {H})
                       : fill(tr("Schedule", "Owned busway: %1, on site %2"), {H, *busOwned}),
                   "lead.busway", busOwned && !busOwned->empty() ? 0 : b_.weeksToDays(busWeeks),
                   s.hi, weeksBasis(busWeeks, "schedule.lead.busway_weeks"));
        if (busOwned && busOwned->empty()) {
            bl.done = true;
            bl.doneReason = tr("Schedule", "owned: on site");
        } else if (busOwned) {
            bl.startNoEarlierThan = *busOwned;
        }
        b_.link(busLead, busOwned ? "start" : "award");
        t.bus = "install.busway" + s.sfx;
        addTrade(s, t.bus,
                 fill(tr("Schedule", "Install busway: %1 (%2 m)"), {H, fmt(std::round(L.buswayM))}),
                 "install.busway", L.buswayM, "schedule.crews.busway",
                 "schedule.rate.busway_m_per_crew_day");
        b_.link(t.bus, busLead);
        b_.link(t.bus, "fitout" + s.sfx);
        t.pipe = "install.pipework" + s.sfx;
        addTrade(s, t.pipe,
                 fill(tr("Schedule", "Install pipework: %1 (%2 m)"), {H, fmt(std::round(L.pipeM))}),
                 "install.pipework", L.pipeM, "schedule.crews.pipework",
                 "schedule.rate.pipe_m_per_crew_day");
        b_.link(t.pipe, "fitout" + s.sfx);
    }

    // A trade laying metres: crews scale with the hall, at least the planned crews and enough
    // to finish within schedule.crews.target_trade_days.
    void addTrade(const HallStep& s, const std::string& id, const std::string& name,
                  const std::string& kind, double metres, const char* crewKey,
                  const char* rateKey) {
        const double crews = std::max(
            P(crewKey),
            std::ceil(metres / (P(rateKey) * P("schedule.crews.target_trade_days")) - 1e-9));
        b_.add(id, name, kind, days(metres / (crews * P(rateKey))), s.hi,
               fill(tr("Schedule", "%1 m / (%2 crews x %3 m/crew-day)"),
                    {fmt(std::round(metres)), fmt(crews), fmt(P(rateKey))}));
    }

    // Commissioning L3-L5 (reference-data.md 6.3). The hall's power chain starts up on the
    // grid, or on bridging power when that carries the hall's first SU.
    void addCommissioning(const HallStep& s, HallTasks& t) {
        const std::string& H = s.H;
        const int hi = s.hi;
        t.bridged = !bridgedSu_[s.h].empty() && bridgedSu_[s.h].front();
        const std::string l3p = "cx.l3.power" + s.sfx;
        b_.add(l3p, fill(tr("Schedule", "L3 pre-functional / start-up, power: %1"), {H}), "cx.l3",
               P("schedule.duration.cx_l3_power_days"), hi, "schedule.duration.cx_l3_power_days");
        b_.link(l3p, t.bridged ? "install.bridge" : "utility");
        b_.link(l3p, "fitout" + s.sfx);
        for (const auto& i : t.powerInstalls)
            b_.link(l3p, i);
        const std::string l3c = "cx.l3.cooling" + s.sfx;
        b_.add(l3c, fill(tr("Schedule", "L3 pre-functional / start-up, cooling: %1"), {H}), "cx.l3",
               P("schedule.duration.cx_l3_cooling_days"), hi,
               "schedule.duration.cx_l3_cooling_days");
        b_.link(l3c, t.pipe);
        b_.link(l3c, l3p); // pumps and fans need power
        for (const auto& i : t.coolingInstalls)
            b_.link(l3c, i);
        const std::string l4 = "cx.l4" + s.sfx;
        b_.add(l4, fill(tr("Schedule", "L4 functional performance on load banks: %1"), {H}),
               "cx.l4", P("schedule.duration.cx_l4_days"), hi, "schedule.duration.cx_l4_days");
        b_.link(l4, l3p);
        b_.link(l4, l3c);
        b_.link(l4, t.bus);
        const std::string l5 = "cx.l5" + s.sfx;
        b_.add(l5, fill(tr("Schedule", "L5 integrated systems test: %1"), {H}), "cx.l5",
               P("schedule.duration.cx_l5_days"), hi, "schedule.duration.cx_l5_days");
        b_.link(l5, l4);
        // Commissioning teams run hall L5 tests in parallel, each team hall after hall.
        const std::size_t teams =
            static_cast<std::size_t>(std::max(1.0, std::floor(P("schedule.crews.cx_teams"))));
        if (s.h >= teams)
            b_.link(l5, "cx.l5.h" + std::to_string(s.h + 1 - teams));
        t.energize = "energized" + s.sfx;
        b_.add(t.energize, fill(tr("Schedule", "%1 power and cooling plant commissioned"), {H}),
               "milestone.energized", 0, s.hi, tr("Schedule", "milestone"));
        b_.link(t.energize, l5);
    }

    // The hall's GPU racks: order (or the owner's) and batch deliveries. Returns the delivery
    // task's id.
    std::string addRackSupply(const HallStep& s, const std::string* racksOwned) {
        const std::string& H = s.H;
        const int hi = s.hi;
        const std::string rlead = "lead.racks" + s.sfx;
        const std::string leadKey =
            plan_.priority ? "schedule.lead.racks_priority_weeks" : "schedule.lead.racks_weeks";
        const double rackWeeks = P(leadKey);
        if (racksOwned) {
            ScheduleTask& t =
                b_.add(rlead,
                       racksOwned->empty()
                           ? fill(tr("Schedule", "Owned GPU rack systems, %1: on site"), {H})
                           : fill(tr("Schedule", "Owned GPU rack systems, %1: on site %2"),
                                  {H, *racksOwned}),
                       "lead.racks", racksOwned->empty() ? b_.weeksToDays(rackWeeks) : 0, hi,
                       fill(tr("Schedule", "owned equipment (instead of %1 weeks, %2)"),
                            {fmt(rackWeeks), leadKey}));
            if (racksOwned->empty()) {
                t.done = true;
                t.doneReason = tr("Schedule", "owned: on site");
            } else {
                t.startNoEarlierThan = *racksOwned;
            }
            b_.link(rlead, "start");
        } else {
            b_.add(rlead,
                   plan_.priority
                       ? fill(tr("Schedule", "GPU rack systems: order to first delivery, %1 "
                                             "(priority allocation)"),
                              {H})
                       : fill(tr("Schedule", "GPU rack systems: order to first delivery, %1"), {H}),
                   "lead.racks", b_.weeksToDays(rackWeeks), hi, weeksBasis(rackWeeks, leadKey));
            b_.link(rlead, "award");
            if (s.h > 0)
                b_.link(rlead, "lead.racks" + s.prev, LinkType::StartToStart, batchLag_);
        }
        const std::string deliv = "delivery.racks" + s.sfx;
        const double rate = P("schedule.rate.rack_deliveries_per_week");
        const double delivDays = days(b_.weeksToDays(s.L.racks / rate));
        ScheduleTask& dt = b_.add(
            deliv,
            fill(tr("Schedule", "Rack deliveries in batches: %1 (%2 racks)"),
                 {H, std::to_string(s.L.racks)}),
            "delivery.racks", racksOwned ? 0 : delivDays, hi,
            racksOwned ? std::string(tr("Schedule", "owned: delivered with the owner's racks"))
                       : fill(tr("Schedule", "%1 racks / %2 racks per week "
                                             "(schedule.rate.rack_deliveries_per_week)"),
                              {std::to_string(s.L.racks), fmt(rate)}));
        if (racksOwned && racksOwned->empty()) {
            dt.durationDays = delivDays;
            dt.done = true;
            dt.doneReason = tr("Schedule", "owned: on site");
        }
        b_.link(deliv, rlead);
        return deliv;
    }

    // Scalable units: racks placed, connected and cabled by parallel teams (one rack crew
    // and one cabling crew each), then energised, brought up and burnt in by bring-up teams.
    // Each SU's racks arrive with the delivery batches (SU j waits for racks 1..j*S). Then the
    // hall's first-token and full-capacity milestones.
    void addScalableUnits(const HallStep& s, const HallTasks& t, const std::string& deliv,
                          const std::string* racksOwned) {
        const HallLoad& L = s.L;
        const std::string& H = s.H;
        const int hi = s.hi;
        const long nSu = static_cast<long>(std::ceil(L.racks / suRacks_ - 1e-9));
        const double rackRate = P(m_.rackRateKey);
        const double cabRate = P("schedule.rate.cables_per_crew_day");
        const double rate = P("schedule.rate.rack_deliveries_per_week");
        // Crews scale with the hall: at least the planned crews, and enough that no team has
        // more than schedule.crews.sus_per_team SUs to do.
        const double scaled =
            std::ceil(static_cast<double>(nSu) / P("schedule.crews.sus_per_team"));
        const std::size_t installTeams = static_cast<std::size_t>(std::max(
            {1.0, std::floor(std::min(P("schedule.crews.racks"), P("schedule.crews.cabling"))),
             scaled}));
        const std::size_t bringupTeams = static_cast<std::size_t>(
            std::max({1.0, std::floor(P("schedule.crews.bringup")), scaled}));
        const double bringupDays =
            P(m_.rackTestKey) + P(integratedRacks_ ? "schedule.duration.burn_in_integrated_days"
                                                   : "schedule.duration.burn_in_days");
        const std::string bringupBasis =
            m_.rackTestKey + " + " +
            (integratedRacks_ ? std::string("schedule.duration.burn_in_integrated_days")
                              : fill(tr("Schedule", "%1 (UNVERIFIED -> assumption)"),
                                     {"schedule.duration.burn_in_days"}));
        long rackFrom = 0;
        std::vector<std::string> bringups;
        for (long j = 0; j < nSu; ++j) {
            const long rackTo = std::min(L.racks, static_cast<long>((j + 1) * suRacks_));
            const long n = rackTo - rackFrom;
            const long cables =
                static_cast<long>(std::ceil(static_cast<double>(L.cables) * static_cast<double>(n) /
                                                static_cast<double>(L.racks) -
                                            1e-9));
            const std::string su = s.sfx + ".su" + std::to_string(j + 1);
            const std::string suName =
                fill(tr("Schedule", "SU %1 of %2"), {std::to_string(j + 1), H});
            const double placeDays = days(n / rackRate);
            const double cableDays = days(cables / cabRate);
            const std::string inst = "install.su" + su;
            b_.add(inst,
                   fill(tr("Schedule", "Place, connect and cable %1 (%2 racks, %3 cables)"),
                        {suName, std::to_string(n), std::to_string(cables)}),
                   "install.su", std::max(placeDays, cableDays), hi,
                   fill(tr("Schedule", "max(%1 racks / %2 racks/crew-day, %3 cables / %4 "
                                       "cables/crew-day): one rack crew and one cabling crew per "
                                       "SU (%5, schedule.rate.cables_per_crew_day)"),
                        {std::to_string(n), fmt(rackRate), std::to_string(cables), fmt(cabRate),
                         m_.rackRateKey}));
            b_.link(inst, t.bus);
            b_.link(inst, deliv, LinkType::StartToStart,
                    racksOwned ? 0 : b_.weeksToDays(rackTo / rate));
            if (static_cast<std::size_t>(j) >= installTeams)
                b_.link(inst, "install.su" + s.sfx + ".su" +
                                  std::to_string(j + 1 - static_cast<long>(installTeams)));
            const bool bridged = static_cast<std::size_t>(j) < bridgedSu_[s.h].size() &&
                                 bridgedSu_[s.h][static_cast<std::size_t>(j)];
            bringups.push_back(
                addBringUp(s, t, su, suName, j, bridged, bringupTeams, bringupDays, bringupBasis));
            rackFrom = rackTo;
        }
        const std::string token = "first_token" + s.sfx;
        const std::string full = "full_capacity" + s.sfx;
        b_.add(token, fill(tr("Schedule", "First token: %1 (SU 1 serving)"), {H}),
               "milestone.first_token", 0, hi, tr("Schedule", "milestone"));
        b_.link(token, bringups.front());
        b_.add(full,
               fill(tr("Schedule", "Full capacity: %1 (%2 SUs serving)"), {H, std::to_string(nSu)}),
               "milestone.full_capacity", 0, hi, tr("Schedule", "milestone"));
        for (const auto& up : bringups)
            b_.link(full, up);
    }

    // One SU's energise, bring-up and burn-in. Returns its task's id.
    std::string addBringUp(const HallStep& s, const HallTasks& t, const std::string& su,
                           const std::string& suName, long j, bool bridged,
                           std::size_t bringupTeams, double bringupDays,
                           const std::string& bringupBasis) {
        const std::string up = "bringup" + su;
        b_.add(
            up,
            fill(bridged && integratedRacks_
                     ? tr("Schedule", "Energise, bring up and burn in %1 (on bridging "
                                      "power): factory-integrated racks")
                 : bridged ? tr("Schedule", "Energise, bring up and burn in %1 (on bridging power)")
                 : integratedRacks_
                     ? tr("Schedule", "Energise, bring up and burn in %1: factory-integrated racks")
                     : tr("Schedule", "Energise, bring up and burn in %1"),
                 {suName}),
            "bringup", bringupDays, s.hi, bringupBasis);
        b_.link(up, "install.su" + su);
        b_.link(up, t.energize);
        if (!bridged && t.bridged)
            b_.link(up, "utility"); // beyond the bridging capacity: waits for the grid
        // A bring-up team is busy for the rack test, then moves on while the burn-in runs.
        if (static_cast<std::size_t>(j) >= bringupTeams)
            b_.link(up,
                    "bringup" + s.sfx + ".su" +
                        std::to_string(j + 1 - static_cast<long>(bringupTeams)),
                    LinkType::StartToStart, P(m_.rackTestKey));
        return up;
    }

    const Plan& plan_;
    const DeliveryModel& m_;
    NetworkBuilder b_;
    const double installFactor_;
    const double batchLag_;
    const bool integratedRacks_;
    const double suRacks_;
    std::vector<std::vector<bool>> bridgedSu_;
};

ScheduleNetwork buildNetwork(const Plan& plan) {
    return ProgrammeNetwork(plan).build();
}

} // namespace

ScheduleGenerator::ScheduleGenerator(const Design& design, ScheduleOptions options)
    : design_(design), options_(std::move(options)) {}

ScheduleNetwork ScheduleGenerator::network() const {
    return buildNetwork(makePlan(design_, options_));
}

namespace {

std::string weeksText(double weeks) {
    const double r = std::round(weeks * 10.0) / 10.0;
    return r == 1.0 ? std::string(tr("Schedule", "1 week"))
                    : fill(tr("Schedule", "%1 weeks"), {fmt(r)});
}

// The equipment label of a task kind's class slug ("lead.cdu" -> "CDUs"), in the language shown.
std::string equipmentLabel(const std::string& slug) {
    for (const auto& e : kEquip)
        if (slug == e.slug)
            return tr("Schedule", e.label);
    return slug == "busway" ? std::string(tr("Schedule", "busway")) : slug;
}

// How a lead-time task's equipment comes, from the plan that built the task (never from its
// basis text, which is in the user's language): the lead-time key and whether it is on an
// integrated power skid, decided as buildNetwork decides them.
struct LeadFacts {
    std::string key;
    bool skid = false;
};
LeadFacts leadFacts(const ScheduleTask& t, const Plan& plan) {
    LeadFacts f;
    const std::string slug = t.kind.rfind("lead.", 0) == 0 ? t.kind.substr(5) : std::string();
    if (slug == "racks") {
        f.key = plan.priority ? "schedule.lead.racks_priority_weeks" : "schedule.lead.racks_weeks";
        return f;
    }
    if (t.hallIndex < 0 || t.hallIndex >= static_cast<int>(plan.halls.size()))
        return f;
    for (const EquipInfo& e : kEquip)
        if (slug == e.slug) {
            const Batch& batch = plan.halls[static_cast<std::size_t>(t.hallIndex)]
                                     .equip[static_cast<std::size_t>(e.equip)];
            f.key = leadKeyOf(e.equip, batch);
            f.skid = skidClass(e.equip) && plan.model.powerSkids && !plan.ownedDate(e.slug);
        }
    return f;
}

// What a task is, in the words a construction manager uses for a schedule driver.
std::string driverWords(const ScheduleTask& t, const Plan& plan) {
    const double weeks = t.durationDays / std::max(1, plan.workDaysPerWeek);
    const std::string& k = t.kind;
    const LeadFacts lead = leadFacts(t, plan);
    std::string what;
    if (k == "lead.transformer")
        what = lead.skid ? tr("Schedule", "integrated power skid lead time")
               : lead.key == "schedule.lead.transformer_distribution_weeks"
                   ? tr("Schedule", "distribution transformer lead time")
                   : tr("Schedule", "power transformer lead time");
    else if (k == "lead.utility")
        what = tr("Schedule", "utility interconnection");
    else if (k == "lead.racks")
        // The lead-time key says whether the racks come with priority allocation.
        what = lead.key == "schedule.lead.racks_priority_weeks"
                   ? tr("Schedule", "GPU rack lead time (priority allocation)")
                   : tr("Schedule", "GPU rack lead time");
    else if (k == "lead.bridge")
        what = tr("Schedule", "bridging power lead time");
    else if (k.rfind("lead.", 0) == 0)
        what = lead.skid ? std::string(tr("Schedule", "integrated power skid lead time"))
                         : fill(tr("Schedule", "%1 lead time"), {equipmentLabel(k.substr(5))});
    else if (k == "shell")
        what = tr("Schedule", "building shell");
    else if (k == "fitout")
        what = tr("Schedule", "hall fit-out");
    else if (k == "site")
        what = tr("Schedule", "site works");
    else if (k == "procurement")
        what = tr("Schedule", "design freeze and purchase orders");
    else if (k == "install.su")
        what = tr("Schedule", "rack placement and cabling");
    else if (k == "bringup")
        what = tr("Schedule", "SU bring-up and burn-in");
    else if (k.rfind("cx.", 0) == 0)
        what = tr("Schedule", "commissioning");
    else if (k.rfind("install.", 0) == 0)
        what = fill(tr("Schedule", "installation of %1"), {equipmentLabel(k.substr(8))});
    else
        what = t.name;
    return fill(tr("Schedule", "%1, %2"), {what, weeksText(weeks)});
}

// Whether an SU's bring-up runs on bridging power: its hall's power chain starts up on bridging
// power (L3 power follows install.bridge) and the SU does not wait for the grid (buildNetwork
// links only the SUs beyond the bridging capacity of such a hall to the utility task).
bool bridgedUnit(const ScheduleNetwork& net, std::size_t hall, const std::string& bringupId) {
    const auto dependsOn = [](const ScheduleTask* t, const char* predecessor) {
        return t && std::any_of(t->dependsOn.begin(), t->dependsOn.end(), [&](const Dependency& d) {
                   return d.predecessorId == predecessor;
               });
    };
    return dependsOn(net.find("cx.l3.power.h" + std::to_string(hall + 1)), "install.bridge") &&
           !dependsOn(net.find(bringupId), "utility");
}

// A hall's SUs, in bring-up order, with the racks, GPUs and IT load each one brings.
void addUnitMilestones(ScheduleResult& r, const Plan& plan, std::size_t h,
                       const WorkCalendar& calendar) {
    const HallLoad& L = plan.halls[h];
    const std::string sfx = ".h" + std::to_string(h + 1);
    const double suRacks = plan.params.value("schedule.su.racks");
    long rackFrom = 0;
    for (int j = 1;; ++j) {
        const std::string id = "bringup" + sfx + ".su" + std::to_string(j);
        const TaskTiming* tm = r.timing(id);
        if (!tm)
            break;
        const long rackTo = std::min(L.racks, static_cast<long>(j * suRacks));
        UnitMilestone u;
        u.hallIndex = static_cast<int>(h);
        u.unit = j;
        u.taskId = id;
        u.racks = rackTo - rackFrom;
        for (long k = rackFrom; k < rackTo; ++k) {
            u.gpus += L.rackList[static_cast<std::size_t>(k)].gpus;
            u.itMw += L.rackList[static_cast<std::size_t>(k)].kw / 1000.0;
        }
        u.bridged = bridgedUnit(r.network, h, id);
        u.energized = tm->start;
        u.serving = calendar.dateOfOffset(plan.start, tm->earlyFinish);
        r.units.push_back(u);
        rackFrom = rackTo;
    }
}

// Each hall's milestones and SUs, and the site's first token (the first hall with GPUs, else
// the first hall) and full capacity.
void addMilestones(ScheduleResult& r, const Plan& plan, const WorkCalendar& calendar) {
    std::string first, last, firstAny, firstTask, firstAnyTask;
    for (std::size_t h = 0; h < plan.halls.size(); ++h) {
        const HallLoad& L = plan.halls[h];
        const std::string sfx = ".h" + std::to_string(h + 1);
        HallMilestone ms;
        ms.hallId = L.hall->id;
        ms.hallName = L.label;
        ms.itMw = L.itKw / 1000.0;
        ms.gpus = L.gpus;
        ms.racks = L.racks;
        ms.energized = r.timing("energized" + sfx)->start;
        ms.firstToken = r.timing("first_token" + sfx)->start;
        ms.fullCapacity = r.timing("full_capacity" + sfx)->start;
        // ISO dates compare correctly as strings.
        if (L.gpus > 0 && (first.empty() || ms.firstToken < first)) {
            first = ms.firstToken;
            firstTask = "first_token" + sfx;
        }
        if (firstAny.empty() || ms.firstToken < firstAny) {
            firstAny = ms.firstToken;
            firstAnyTask = "first_token" + sfx;
        }
        if (last.empty() || ms.fullCapacity > last)
            last = ms.fullCapacity;
        addUnitMilestones(r, plan, h, calendar);
        r.halls.push_back(ms);
    }
    r.firstToken = first.empty() ? firstAny : first;
    r.firstTokenTask = first.empty() ? firstAnyTask : firstTask;
    r.fullCapacity = last;
    const CivilDay start = parseIsoDate(r.startDate);
    r.firstTokenWeeks = (parseIsoDate(r.firstToken) - start) / 7.0;
    r.fullCapacityWeeks = (parseIsoDate(r.fullCapacity) - start) / 7.0;
}

// Serving order; site GPUs and tokens/s online as each SU comes up.
void rampUnits(ScheduleResult& r, const std::function<double(int)>& tokensPerSecond) {
    std::stable_sort(
        r.units.begin(), r.units.end(),
        [](const UnitMilestone& a, const UnitMilestone& b) { return a.serving < b.serving; });
    long online = 0;
    for (auto& u : r.units) {
        online += u.gpus;
        u.gpusOnline = online;
    }
    for (auto& u : r.units) {
        // SUs serving the same day share the day's total.
        for (const auto& v : r.units)
            if (v.serving == u.serving)
                u.gpusOnline = std::max(u.gpusOnline, v.gpusOnline);
        if (tokensPerSecond) {
            const double v = tokensPerSecond(static_cast<int>(u.gpusOnline));
            u.tokensPerSecond = std::isfinite(v) ? v : 0.0;
        }
    }
    r.ramp = capacityRamp(r.units, r.startDate, tokensPerSecond);
}

// What drives first token: the longest task on its driving chain.
void findDriver(ScheduleResult& r, const Plan& plan) {
    r.firstTokenChain = drivingChain(r.network, r.cpm, r.firstTokenTask);
    double longest = -1.0;
    for (const auto& id : r.firstTokenChain) {
        const ScheduleTask* t = r.network.find(id);
        if (t && !t->done && t->durationDays > longest) {
            longest = t->durationDays;
            r.driverTask = id;
        }
    }
    if (const ScheduleTask* t = r.network.find(r.driverTask))
        r.driver = driverWords(*t, plan);
}

// Bridging power: in service, switchover, cost and emissions.
void summariseBridge(ScheduleResult& r, const Plan& plan, const WorkCalendar& calendar) {
    if (plan.bridgeMw > 0 && plan.readiness > 0)
        r.notes.push_back(fill(tr("Schedule", "bridging power %1 MW not used: the grid "
                                              "connection is in place (site readiness %2)"),
                               {fmt(plan.bridgeMw), shownScheduleKeyword(r.readiness)}));
    else if (plan.bridgeMw > 0 && !r.timing("install.bridge"))
        r.notes.push_back(fill(tr("Schedule", "bridging power %1 MW not used: it cannot carry the "
                                              "first SU (its IT load x "
                                              "schedule.bridge.facility_per_it_mw)"),
                               {fmt(plan.bridgeMw)}));
    const TaskTiming* inst = r.timing("install.bridge");
    if (!inst)
        return;
    BridgeSummary bs;
    bs.capacityMw = plan.bridgeMw;
    bs.inService = calendar.dateOfOffset(plan.start, inst->earlyFinish);
    const TaskTiming* sw = r.timing("switchover");
    bs.switchover = calendar.dateOfOffset(plan.start, sw->earlyFinish);
    const CivilDay swDay = parseIsoDate(bs.switchover);
    // Hired from when the first bridged hall starts up its power chain (L3), not earlier.
    bs.neededFrom = bs.switchover;
    for (std::size_t h = 0; h < plan.halls.size(); ++h)
        for (const auto& dep : r.network.find("cx.l3.power.h" + std::to_string(h + 1))->dependsOn)
            if (dep.predecessorId == "install.bridge")
                bs.neededFrom = std::min(bs.neededFrom,
                                         r.timing("cx.l3.power.h" + std::to_string(h + 1))->start);
    bs.neededFrom = std::max(bs.neededFrom, bs.inService);
    bs.months = std::max(0L, swDay - parseIsoDate(bs.neededFrom)) / 30.44;
    bs.costUsd =
        bs.capacityMw * bs.months * plan.params.value("schedule.bridge.cost_usd_per_mw_month");
    const double ratio = plan.params.value("schedule.bridge.facility_per_it_mw");
    for (const auto& u : r.units)
        if (u.bridged) {
            ++bs.unitsBridged;
            bs.bridgedItMw += u.itMw;
            const long servedDays = std::max(0L, swDay - parseIsoDate(u.serving));
            bs.energyMwh += u.itMw * ratio * 24.0 * static_cast<double>(servedDays);
        }
    bs.emissionsT = bs.energyMwh * plan.params.value("schedule.bridge.emissions_t_per_mwh");
    r.bridge = bs;
    r.notes.push_back(
        fill(tr("Schedule", "bridging power %1 MW carries %2 SUs (%3 MW IT) from %4 to the "
                            "switchover on %5: %6 months, %7 M USD, %8 t CO2 (schedule.bridge.* "
                            "assumptions)"),
             {fmt(bs.capacityMw), std::to_string(bs.unitsBridged),
              fmt(std::round(bs.bridgedItMw * 10) / 10), bs.inService, bs.switchover,
              fmt(std::round(bs.months * 10) / 10), fmt(std::round(bs.costUsd / 1e5) / 10),
              fmt(std::round(bs.emissionsT))}));
}

// Priority allocation premium, priced with the cost estimate's rack system prices.
void pricePriority(ScheduleResult& r, const Plan& plan, const Design& design) {
    if (!plan.priority)
        return;
    try {
        const UnitPrices prices = UnitPrices::defaults().withOverrides(design.assumptionOverrides);
        for (const auto& [id, n] : plan.racksBySystem)
            r.priorityCostUsd += static_cast<double>(n) *
                                 prices.get(UnitPrices::systemKey(id)).value *
                                 plan.params.value("schedule.priority.premium_fraction");
    } catch (const UnitPriceError& e) {
        r.priorityCostKnown = false;
        r.notes.push_back(fill(tr("Schedule", "priority premium not priced: %1"), {e.what()}));
    }
}

// The closing notes: readiness, the headline dates, the delivery model, the assumptions and
// overrides, then the plan's own notes.
void addSummaryNotes(ScheduleResult& r, Plan& plan, bool hasThroughput) {
    r.notes.push_back(
        fill(tr("Schedule", "site readiness %1: %2 tasks already done at the start"),
             {shownScheduleKeyword(r.readiness),
              std::to_string(std::count_if(r.network.tasks.begin(), r.network.tasks.end(),
                                           [](const ScheduleTask& t) { return t.done; }))}));
    r.notes.push_back(fill(tr("Schedule", "first token in %1 (%2), driven by %3; full capacity in "
                                          "%4 (%5)"),
                           {weeksText(r.firstTokenWeeks), r.firstToken, r.driver,
                            weeksText(r.fullCapacityWeeks), r.fullCapacity}));
    r.notes.push_back(fill(tr("Schedule", "delivery model %1: %2"),
                           {shownScheduleKeyword(plan.model.name), plan.model.summary}));
    for (const auto& c : plan.model.citations)
        r.notes.push_back("  " + c);
    if (!hasThroughput)
        r.notes.push_back(tr("Schedule", "ramp: GPU count only (no throughput estimator given)"));
    int assumed = 0;
    for (const auto& p : r.parameters)
        assumed += p.assumption ? 1 : 0;
    r.notes.push_back(fill(tr("Schedule", "%1 of %2 schedule figures are labelled assumptions "
                                          "(see docs/schedule.md); lead times of generators, "
                                          "chillers and CDUs and burn-in are UNVERIFIED in the "
                                          "reference pack"),
                           {std::to_string(assumed), std::to_string(r.parameters.size())}));
    for (const auto& p : r.parameters)
        if (p.overridden)
            r.notes.push_back(fill(tr("Schedule", "override %1 = %2 (default %3)"),
                                   {p.key, fmt(p.value), fmt(p.defaultValue)}));
    for (auto& n : plan.notes)
        r.notes.push_back(std::move(n));
}

} // namespace

ScheduleResult ScheduleGenerator::run() const {
    Plan plan = makePlan(design_, options_);
    ScheduleResult r;
    r.delivery = plan.model.name;
    r.startDate = plan.start;
    r.readiness = siteReadinessLevels()[plan.readiness];
    r.supplyPriority = plan.priority;
    for (const auto& o : plan.ownedItems)
        r.owned.emplace_back(o.equipmentClass, o.onSiteDate);
    r.network = buildNetwork(plan);
    r.cpm = computeCriticalPath(r.network, options_.calendar, plan.start);
    r.parameters = plan.params.all();
    addMilestones(r, plan, options_.calendar);
    rampUnits(r, options_.tokensPerSecond);
    findDriver(r, plan);
    summariseBridge(r, plan, options_.calendar);
    pricePriority(r, plan, design_);
    addSummaryNotes(r, plan, static_cast<bool>(options_.tokensPerSecond));
    return r;
}

ScheduleResult generateSchedule(const Design& design, const ScheduleOptions& options) {
    return ScheduleGenerator(design, options).run();
}

DeliveryComparison compareDeliveryModels(const Design& design, const ScheduleOptions& options) {
    DeliveryComparison c;
    ScheduleOptions o = options;
    o.delivery = "traditional";
    c.traditional = generateSchedule(design, o);
    o.delivery = "prefab";
    c.prefab = generateSchedule(design, o);
    c.firstTokenGainDays =
        parseIsoDate(c.traditional.firstToken) - parseIsoDate(c.prefab.firstToken);
    c.fullCapacityGainDays =
        parseIsoDate(c.traditional.fullCapacity) - parseIsoDate(c.prefab.fullCapacity);
    return c;
}

const std::vector<std::pair<std::string, std::string>>& ownedEquipmentClasses() {
    static const std::vector<std::pair<std::string, std::string>> list = [] {
        std::vector<std::pair<std::string, std::string>> v;
        for (const auto& e : ownedClassTable())
            v.emplace_back(e.name, e.covers);
        return v;
    }();
    return list;
}

const std::vector<std::string>& siteReadinessLevels() {
    static const std::vector<std::string> levels = {"greenfield", "powered-land", "powered-shell",
                                                    "ready-hall"};
    return levels;
}

std::string shownScheduleKeyword(const std::string& keyword) {
    static const char* const kWords[] = {
        AIFP_TRANSLATE_NOOP("Schedule", "greenfield"),
        AIFP_TRANSLATE_NOOP("Schedule", "powered-land"),
        AIFP_TRANSLATE_NOOP("Schedule", "powered-shell"),
        AIFP_TRANSLATE_NOOP("Schedule", "ready-hall"),
        AIFP_TRANSLATE_NOOP("Schedule", "traditional"),
        AIFP_TRANSLATE_NOOP("Schedule", "prefab"),
        AIFP_TRANSLATE_NOOP("Schedule", "transformer"),
        AIFP_TRANSLATE_NOOP("Schedule", "mv-switchgear"),
        AIFP_TRANSLATE_NOOP("Schedule", "lv-switchgear"),
        AIFP_TRANSLATE_NOOP("Schedule", "switchgear"),
        AIFP_TRANSLATE_NOOP("Schedule", "ups"),
        AIFP_TRANSLATE_NOOP("Schedule", "generator"),
        AIFP_TRANSLATE_NOOP("Schedule", "chiller"),
        AIFP_TRANSLATE_NOOP("Schedule", "dry-cooler"),
        AIFP_TRANSLATE_NOOP("Schedule", "cdu"),
        AIFP_TRANSLATE_NOOP("Schedule", "busway"),
        AIFP_TRANSLATE_NOOP("Schedule", "gpu-racks"),
    };
    for (const char* w : kWords)
        if (keyword == w)
            return tr("Schedule", w);
    return keyword;
}

FastTrackSummary fastTrackSummary(const ScheduleResult& r) {
    // The base path's dates; the options are added by the caller.
    const std::vector<FastTrackOption> options;
    return FastTrackSummary{r.startDate,         r.firstToken, r.fullCapacity, r.firstTokenWeeks,
                            r.fullCapacityWeeks, r.driver,     options};
}

namespace {

double addedCost(const ScheduleResult& r) {
    return (r.bridge ? r.bridge->costUsd : 0.0) + r.priorityCostUsd;
}

FastTrackOption pathOf(const std::string& id, const std::string& name, const ScheduleOptions& o,
                       const ScheduleResult& r, const ScheduleResult* base) {
    FastTrackOption p;
    p.id = id;
    p.name = name;
    p.options = o;
    p.options.tokensPerSecond = nullptr;
    p.firstToken = r.firstToken;
    p.fullCapacity = r.fullCapacity;
    p.firstTokenWeeks = r.firstTokenWeeks;
    p.fullCapacityWeeks = r.fullCapacityWeeks;
    p.driver = r.driver;
    p.costKnown = r.priorityCostKnown;
    if (base) {
        p.firstTokenGainWeeks = base->firstTokenWeeks - r.firstTokenWeeks;
        p.fullCapacityGainWeeks = base->fullCapacityWeeks - r.fullCapacityWeeks;
        p.addedCostUsd = addedCost(r) - addedCost(*base);
        p.costKnown = p.costKnown && base->priorityCostKnown;
    } else {
        p.addedCostUsd = addedCost(r);
    }
    std::vector<std::string> parts;
    if (r.bridge)
        parts.push_back(
            fill(tr("Schedule", "bridging %1 MW for %2 months, %3 t CO2"),
                 {fmt(r.bridge->capacityMw), fmt(std::round(r.bridge->months * 10) / 10),
                  fmt(std::round(r.bridge->emissionsT))}));
    if (r.supplyPriority)
        parts.push_back(
            r.priorityCostKnown
                ? tr("Schedule", "priority premium (schedule.priority.premium_fraction)")
                : tr("Schedule", "priority premium not priced"));
    if (id.find("powered") != std::string::npos || id == "ready-hall")
        parts.push_back(tr("Schedule", "site premium (lease or purchase) not estimated"));
    if (id == "owned")
        parts.push_back(tr("Schedule", "equipment bought earlier, not an added cost"));
    for (const auto& x : parts)
        p.costNote += (p.costNote.empty() ? "" : "; ") + x;
    return p;
}

} // namespace

FastTrackSummary fastTrackSummary(const Design& design, const ScheduleOptions& baseIn) {
    ScheduleOptions base = baseIn;
    base.tokensPerSecond = nullptr;
    const ScheduleResult b = generateSchedule(design, base);
    FastTrackSummary s = fastTrackSummary(b);
    s.options.push_back(pathOf("base", tr("Schedule", "As planned"), base, b, nullptr));
    const auto add = [&](const std::string& id, const std::string& name, const ScheduleOptions& o) {
        s.options.push_back(pathOf(id, name, o, generateSchedule(design, o), &b));
    };
    const auto& levels = siteReadinessLevels();
    const auto at = std::find(levels.begin(), levels.end(), b.readiness);
    for (auto it = at + 1; it < levels.end(); ++it) {
        ScheduleOptions o = base;
        o.readiness = *it;
        add(*it, fill(tr("Schedule", "Site %1"), {shownScheduleKeyword(*it)}), o);
    }
    ScheduleOptions all = base;
    const std::string delivery = base.delivery.empty() ? design.settings.delivery : base.delivery;
    if (delivery != "prefab") {
        ScheduleOptions o = base;
        o.delivery = "prefab";
        add("prefab",
            tr("Schedule", "Prefab delivery (modular halls, power skids, integrated racks)"), o);
        all.delivery = "prefab";
    }
    const bool gridInPlace = at != levels.begin();
    if (base.bridgePowerMw.value_or(design.settings.bridgePowerMw) <= 0 && !gridInPlace &&
        !b.units.empty()) {
        // Sized to carry the first hall at its facility load.
        double itMw = 0.0;
        for (const auto& u : b.units)
            if (u.hallIndex == b.units.front().hallIndex)
                itMw += u.itMw;
        double ratio = 1.25;
        for (const auto& p : b.parameters)
            if (p.key == "schedule.bridge.facility_per_it_mw")
                ratio = p.value;
        const double mw = std::ceil(itMw * ratio);
        ScheduleOptions o = base;
        o.bridgePowerMw = mw;
        add("bridge", fill(tr("Schedule", "Bridging power %1 MW (first hall)"), {fmt(mw)}), o);
        all.bridgePowerMw = mw;
    }
    if (!b.supplyPriority) {
        ScheduleOptions o = base;
        o.supplyPriority = true;
        add("priority", tr("Schedule", "Supply priority for GPU racks"), o);
        all.supplyPriority = true;
    }
    // Own the equipment that drives first token, if it is equipment.
    if (const ScheduleTask* t = b.network.find(b.driverTask)) {
        std::string cls;
        for (const auto& e : ownedClassTable())
            for (const auto& slug : e.slugs)
                if (e.slugs.size() == 1 && t->kind == "lead." + slug)
                    cls = e.name;
        if (!cls.empty()) {
            ScheduleOptions o = base;
            o.owned.push_back({cls, ""});
            add("owned",
                fill(tr("Schedule", "Own or reserve %1 (on site at the start)"),
                     {shownScheduleKeyword(cls)}),
                o);
            all.owned.push_back({cls, ""});
        }
    }
    if (s.options.size() > 2)
        add("all", tr("Schedule", "All of the above on this site"), all);
    return s;
}

} // namespace aifp
