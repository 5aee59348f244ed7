#include "core/schedule/ScheduleGenerator.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/schedule/CapacityRamp.hpp"
#include <algorithm>
#include <array>
#include <cmath>
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
    const char* label;
    bool power;
    bool yard; // installed outdoors / in the plant yard (after site works, not the hall shell)
    const char* leadKey;
    const char* installKey;
    const char* crewKey;
};

const std::array<EquipInfo, kEquipCount> kEquip = {{
    {Equip::MvSwitchgear, "mv_switchgear", "MV switchgear", true, false,
     "schedule.lead.mv_switchgear_weeks", "schedule.duration.install_mv_switchgear_days",
     "schedule.crews.power"},
    {Equip::Transformer, "transformer", "transformers", true, true,
     "schedule.lead.transformer_weeks", "schedule.duration.install_transformer_days",
     "schedule.crews.power"},
    {Equip::LvSwitchgear, "lv_switchgear", "LV switchboards", true, false,
     "schedule.lead.lv_switchgear_weeks", "schedule.duration.install_lv_switchgear_days",
     "schedule.crews.power"},
    {Equip::Ups, "ups", "UPS", true, false, "schedule.lead.ups_weeks",
     "schedule.duration.install_ups_days", "schedule.crews.power"},
    {Equip::Generator, "generator", "generators", true, true, "schedule.lead.generator_weeks",
     "schedule.duration.install_generator_days", "schedule.crews.power"},
    {Equip::Chiller, "chiller", "chillers", false, true, "schedule.lead.chiller_weeks",
     "schedule.duration.install_chiller_days", "schedule.crews.cooling"},
    {Equip::DryCooler, "dry_cooler", "dry coolers", false, true, "schedule.lead.dry_cooler_weeks",
     "schedule.duration.install_dry_cooler_days", "schedule.crews.cooling"},
    {Equip::Cdu, "cdu", "CDUs", false, false, "schedule.lead.cdu_weeks",
     "schedule.duration.install_cdu_days", "schedule.crews.cooling"},
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

struct HallLoad {
    const Hall* hall = nullptr;
    std::string label;
    long racks = 0;
    long gpus = 0;
    double itKw = 0.0;
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
    std::vector<std::string> notes;
};

std::string fmt(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

Plan makePlan(const Design& design, const ScheduleOptions& options) {
    Plan plan;
    if (design.halls.empty())
        throw ScheduleError("the design has no halls: nothing to schedule");
    plan.start = options.startDate.empty() ? design.settings.scheduleStart : options.startDate;
    try {
        parseIsoDate(plan.start);
    } catch (const ScheduleError& e) {
        throw ScheduleError(std::string("schedule start: ") + e.what());
    }
    plan.model =
        deliveryModel(options.delivery.empty() ? design.settings.delivery : options.delivery);
    plan.workDaysPerWeek = options.calendar.workingDaysPerWeek();

    Catalog local;
    const Catalog* catalog = options.catalog;
    if (!catalog) {
        local = Catalog::builtin().withUserEntries(design.userCatalog);
        catalog = &local;
    }

    plan.params = ScheduleParameters::defaults();
    // The transformer lead time of the catalog entry built from reference-data.md 6.2.
    if (const CatalogEntry* lpt = catalog->find("xfmr-large-power-transformer")) {
        const double weeks = lpt->number("avg_lead_time_power_xfmr", 0.0);
        if (weeks > 0) {
            std::string src = "catalog xfmr-large-power-transformer avg_lead_time_power_xfmr "
                              "(reference-data.md 6.2; range 80-210 weeks, US DOE LPT report)";
            for (const auto& s : lpt->sourcesOf("avg_lead_time_power_xfmr"))
                src += "; " + s;
            plan.params.setDefault("schedule.lead.transformer_weeks", weeks, src);
        }
    }
    plan.params.applyOverrides(design.assumptionOverrides);

    std::unordered_map<ObjectId, std::size_t> hallIndex;
    plan.halls.resize(design.halls.size());
    for (std::size_t h = 0; h < design.halls.size(); ++h) {
        const Hall& hall = design.halls[h];
        plan.halls[h].hall = &hall;
        plan.halls[h].label = hall.name.empty() ? "Hall " + std::to_string(h + 1) : hall.name;
        hallIndex[hall.id] = h;
    }
    const auto hallOf = [&](ObjectId id) -> std::optional<std::size_t> {
        auto it = hallIndex.find(id);
        return it == hallIndex.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };

    std::unordered_map<ObjectId, std::size_t> rackHall;
    std::unordered_map<std::string, SystemSpec> specs;
    for (const Rack& r : design.racks) {
        const auto h = hallOf(r.hallId);
        if (!h)
            throw ScheduleError("rack " + std::to_string(r.id) + " \"" + r.name + "\": hall " +
                                std::to_string(r.hallId) + " does not exist");
        auto it = specs.find(r.catalogId);
        if (it == specs.end()) {
            try {
                it = specs.emplace(r.catalogId, systemSpec(*catalog, r.catalogId)).first;
            } catch (const CatalogError& e) {
                throw ScheduleError("rack " + std::to_string(r.id) + " \"" + r.name +
                                    "\": " + e.what());
            }
        }
        HallLoad& load = plan.halls[*h];
        load.racks += 1;
        load.gpus += it->second.gpusPerRack;
        load.itKw += it->second.rackPowerKw;
        rackHall[r.id] = *h;
    }

    // Equipment inside a hall belongs to it; yard equipment is shared out in order, so the first
    // hall gets the first units (its chain is complete first).
    std::array<std::vector<double>, kEquipCount> yard;
    const auto place = [&](std::size_t e, ObjectId hallId, double kva) {
        if (auto h = hallOf(hallId)) {
            Batch& b = plan.halls[*h].equip[e];
            b.units += 1;
            b.maxKva = std::max(b.maxKva, kva);
        } else {
            yard[e].push_back(kva);
        }
    };
    std::unordered_map<ObjectId, std::size_t> coolingHall;
    for (const PowerNode& p : design.powerNodes) {
        if (p.kind == PowerNodeKind::Busway) {
            if (auto h = hallOf(p.hallId))
                plan.halls[*h].buswayM += polylineLengthM(p.routeM);
            continue;
        }
        if (auto e = equipOf(p.kind))
            place(*e, p.hallId, p.ratingKva > 0 ? p.ratingKva : p.ratingKw);
    }
    for (const CoolingNode& c : design.coolingNodes) {
        if (auto h = hallOf(c.hallId))
            coolingHall[c.id] = *h;
        if (auto e = equipOf(c.kind))
            place(*e, c.hallId, 0.0);
    }
    const std::size_t nHalls = plan.halls.size();
    for (std::size_t e = 0; e < kEquipCount; ++e)
        for (std::size_t j = 0; j < yard[e].size(); ++j) {
            Batch& b = plan.halls[j * nHalls / yard[e].size()].equip[e];
            b.units += 1;
            b.maxKva = std::max(b.maxKva, yard[e][j]);
        }
    for (const PowerLink& l : design.powerLinks)
        if (l.kind == PowerLinkKind::Busway) {
            auto it = rackHall.find(l.toId);
            if (it != rackHall.end())
                plan.halls[it->second].buswayM += l.lengthM;
        }
    for (const Pipe& p : design.pipes) {
        std::size_t h = 0;
        if (auto it = rackHall.find(p.toId); it != rackHall.end())
            h = it->second;
        else if (auto c = coolingHall.find(p.toId); c != coolingHall.end())
            h = c->second;
        else if (auto f = coolingHall.find(p.fromId); f != coolingHall.end())
            h = f->second;
        plan.halls[h].pipeM += p.lengthM > 0 ? p.lengthM : polylineLengthM(p.routeM);
    }
    std::unordered_map<ObjectId, std::size_t> switchHall;
    for (const NetworkSwitch& s : design.switches)
        if (auto h = hallOf(s.hallId))
            switchHall[s.id] = *h;
    for (const NetworkLink& l : design.networkLinks) {
        std::size_t h = 0;
        if (auto it = rackHall.find(l.fromId); it != rackHall.end())
            h = it->second;
        else if (auto s = switchHall.find(l.fromId); s != switchHall.end())
            h = s->second;
        plan.halls[h].cables += std::max(0, l.count);
    }
    // Halls whose racks carry no drawn cables or pipes get the per-rack defaults.
    for (auto& load : plan.halls) {
        if (load.racks == 0)
            continue;
        if (load.cables == 0) {
            long nics = 0;
            for (const Rack& r : design.racks)
                if (hallOf(r.hallId) && &plan.halls[*hallOf(r.hallId)] == &load) {
                    const SystemSpec& s = specs.at(r.catalogId);
                    nics += static_cast<long>(s.gpusPerRack) * s.nicsPerGpu;
                }
            load.cables = nics;
            plan.notes.push_back(load.label + ": no network links drawn; " + std::to_string(nics) +
                                 " compute cables assumed (one per NIC, catalog nics_per_gpu)");
        }
        if (load.pipeM <= 0) {
            load.pipeM = load.racks * plan.params.value("schedule.quantity.pipe_m_per_rack");
            plan.notes.push_back(load.label + ": no pipes drawn; " + fmt(load.pipeM) +
                                 " m assumed (schedule.quantity.pipe_m_per_rack)");
        }
        if (load.buswayM <= 0) {
            load.buswayM = load.racks * plan.params.value("schedule.quantity.busway_m_per_rack");
            plan.notes.push_back(load.label + ": no busway routes drawn; " + fmt(load.buswayM) +
                                 " m assumed (schedule.quantity.busway_m_per_rack)");
        }
    }
    for (std::size_t e = 0; e < kEquipCount; ++e) {
        int total = 0;
        for (const auto& load : plan.halls)
            total += load.equip[e].units;
        if (total == 0)
            plan.notes.push_back(std::string("the design has no ") + kEquip[e].label +
                                 ": none scheduled");
    }
    return plan;
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

ScheduleNetwork buildNetwork(const Plan& plan) {
    NetworkBuilder b(plan);
    const DeliveryModel& m = plan.model;
    const auto P = [&](const std::string& key) { return plan.params.value(key); };
    const auto days = [](double v) { return std::max(1.0, std::ceil(v - 1e-9)); };
    const double installFactor = m.powerSkids ? P("schedule.prefab.install_factor") : 1.0;
    const double batchLag = b.weeksToDays(P("schedule.lead.batch_interval_weeks"));

    b.add("start", "Programme start (notice to proceed)", "milestone.start", 0, -1, "milestone");
    b.add("award", "Design freeze and purchase orders", "procurement",
          P("schedule.duration.award_days"), -1, "schedule.duration.award_days");
    b.link("award", "start");
    b.add("site.works", "Site works: clearing, grading, foundations, yards", "site",
          P("schedule.duration.site_works_days"), -1, "schedule.duration.site_works_days");
    b.link("site.works", "start");
    const double utilityWeeks = P("schedule.lead.utility_interconnection_weeks");
    b.add("utility", "Utility interconnection and energisation", "lead.utility",
          b.weeksToDays(utilityWeeks), -1,
          fmt(utilityWeeks) + " weeks (schedule.lead.utility_interconnection_weeks)");
    b.link("utility", "start");

    for (std::size_t h = 0; h < plan.halls.size(); ++h) {
        const HallLoad& L = plan.halls[h];
        const int hi = static_cast<int>(h);
        const std::string sfx = ".h" + std::to_string(h + 1);
        const std::string prev = h > 0 ? ".h" + std::to_string(h) : "";
        const std::string& H = L.label;

        b.add("shell" + sfx, "Building shell: " + H, "shell", P(m.shellKey), hi, m.shellKey);
        b.link("shell" + sfx, "site.works");
        if (h > 0)
            b.link("shell" + sfx, "shell" + prev, LinkType::StartToStart,
                   P("schedule.duration.shell_stagger_days"));
        b.add("fitout" + sfx, "Hall fit-out: " + H, "fitout", P(m.fitoutKey), hi, m.fitoutKey);
        b.link("fitout" + sfx, "shell" + sfx);

        std::vector<std::string> powerInstalls, coolingInstalls;
        // Prefab: transformers, switchgear and UPS come on one factory-integrated skid, shipped
        // when its longest-lead component is in, less the speed-up of reference-data.md 6.1.
        double skidLongest = 0.0;
        for (const EquipInfo& e : kEquip)
            if (skidClass(e.equip) && L.equip[static_cast<std::size_t>(e.equip)].units > 0)
                skidLongest = std::max(
                    skidLongest, P(leadKeyOf(e.equip, L.equip[static_cast<std::size_t>(e.equip)])));
        const double skidCut =
            std::min(skidLongest, P("schedule.prefab.power_lead_reduction_weeks"));
        const double skidLeadWeeks = skidLongest - skidCut;
        for (const EquipInfo& e : kEquip) {
            const Batch& batch = L.equip[static_cast<std::size_t>(e.equip)];
            if (batch.units == 0)
                continue;
            const std::string leadKey = leadKeyOf(e.equip, batch);
            const bool skid = skidClass(e.equip) && m.powerSkids;
            const double leadWeeks = skid ? skidLeadWeeks : P(leadKey);
            const std::string leadBasis =
                skid ? "integrated skid: longest component lead " + fmt(skidLeadWeeks + skidCut) +
                           " weeks - " + fmt(skidCut) +
                           " weeks (schedule.prefab.power_lead_reduction_weeks)"
                     : fmt(leadWeeks) + " weeks (" + leadKey + ")";
            const std::string slug = e.slug;
            const std::string lead = "lead." + slug + sfx;
            const std::string units =
                std::to_string(batch.units) + " unit" + (batch.units == 1 ? "" : "s");
            std::string what = std::string(e.label) + ", " + H + " (" + units +
                               (e.equip == Equip::Transformer && batch.maxKva > 0
                                    ? ", up to " + fmt(batch.maxKva) + " kVA"
                                    : "") +
                               (skid ? ", integrated skids" : "") + ")";
            b.add(lead, "Manufacture and deliver " + what, "lead." + slug, b.weeksToDays(leadWeeks),
                  hi, leadBasis);
            b.link(lead, "award");
            if (h > 0 && b.has("lead." + slug + prev))
                b.link(lead, "lead." + slug + prev, LinkType::StartToStart, batchLag);
            const std::string fat = "cx.l1." + slug + sfx;
            b.add(fat, "L1 factory acceptance test: " + what, "cx.l1",
                  P("schedule.duration.fat_days"), hi, "schedule.duration.fat_days");
            b.link(fat, lead);
            const std::string inst = "install." + slug + sfx;
            const double crews = P(e.crewKey);
            const double effort = batch.units * P(e.installKey) * installFactor;
            b.add(inst, "L2 receipt and installation: " + what, "install." + slug,
                  days(effort / crews), hi,
                  units + " x " + fmt(P(e.installKey)) + " crew-days" +
                      (installFactor != 1.0 ? " x " + fmt(installFactor) : "") + " / " +
                      fmt(crews) + " crews (" + e.installKey + ", " + e.crewKey + ")");
            b.link(inst, fat);
            b.link(inst, e.yard ? "site.works" : "shell" + sfx);
            (e.power ? powerInstalls : coolingInstalls).push_back(inst);
        }

        // Busway, pipework
        const std::string busLead = "lead.busway" + sfx;
        b.add(busLead, "Manufacture and deliver busway: " + H, "lead.busway",
              b.weeksToDays(P("schedule.lead.busway_weeks")), hi,
              fmt(P("schedule.lead.busway_weeks")) + " weeks (schedule.lead.busway_weeks)");
        b.link(busLead, "award");
        const std::string bus = "install.busway" + sfx;
        b.add(bus, "Install busway: " + H + " (" + fmt(std::round(L.buswayM)) + " m)",
              "install.busway",
              days(L.buswayM /
                   (P("schedule.crews.busway") * P("schedule.rate.busway_m_per_crew_day"))),
              hi,
              fmt(std::round(L.buswayM)) + " m / (" + fmt(P("schedule.crews.busway")) +
                  " crews x " + fmt(P("schedule.rate.busway_m_per_crew_day")) + " m/crew-day)");
        b.link(bus, busLead);
        b.link(bus, "fitout" + sfx);
        const std::string pipe = "install.pipework" + sfx;
        b.add(
            pipe, "Install pipework: " + H + " (" + fmt(std::round(L.pipeM)) + " m)",
            "install.pipework",
            days(L.pipeM / (P("schedule.crews.pipework") * P("schedule.rate.pipe_m_per_crew_day"))),
            hi,
            fmt(std::round(L.pipeM)) + " m / (" + fmt(P("schedule.crews.pipework")) + " crews x " +
                fmt(P("schedule.rate.pipe_m_per_crew_day")) + " m/crew-day)");
        b.link(pipe, "fitout" + sfx);

        // Commissioning L3-L5 (reference-data.md 6.3)
        const std::string l3p = "cx.l3.power" + sfx;
        b.add(l3p, "L3 pre-functional / start-up, power: " + H, "cx.l3",
              P("schedule.duration.cx_l3_power_days"), hi, "schedule.duration.cx_l3_power_days");
        b.link(l3p, "utility");
        b.link(l3p, "fitout" + sfx);
        for (const auto& i : powerInstalls)
            b.link(l3p, i);
        const std::string l3c = "cx.l3.cooling" + sfx;
        b.add(l3c, "L3 pre-functional / start-up, cooling: " + H, "cx.l3",
              P("schedule.duration.cx_l3_cooling_days"), hi,
              "schedule.duration.cx_l3_cooling_days");
        b.link(l3c, pipe);
        b.link(l3c, l3p); // pumps and fans need power
        for (const auto& i : coolingInstalls)
            b.link(l3c, i);
        const std::string l4 = "cx.l4" + sfx;
        b.add(l4, "L4 functional performance on load banks: " + H, "cx.l4",
              P("schedule.duration.cx_l4_days"), hi, "schedule.duration.cx_l4_days");
        b.link(l4, l3p);
        b.link(l4, l3c);
        b.link(l4, bus);
        const std::string l5 = "cx.l5" + sfx;
        b.add(l5, "L5 integrated systems test: " + H, "cx.l5", P("schedule.duration.cx_l5_days"),
              hi, "schedule.duration.cx_l5_days");
        b.link(l5, l4);
        if (h > 0)
            b.link(l5, "cx.l5" + prev); // one commissioning authority, hall after hall
        const std::string energize = "energized" + sfx;
        b.add(energize, H + " energised", "milestone.energized", 0, hi, "milestone");
        b.link(energize, l5);

        std::string ready = energize;
        if (L.racks > 0) {
            const std::string rlead = "lead.racks" + sfx;
            b.add(rlead, "GPU rack systems: order to first delivery, " + H, "lead.racks",
                  b.weeksToDays(P("schedule.lead.racks_weeks")), hi,
                  fmt(P("schedule.lead.racks_weeks")) + " weeks (schedule.lead.racks_weeks)");
            b.link(rlead, "award");
            if (h > 0)
                b.link(rlead, "lead.racks" + prev, LinkType::StartToStart, batchLag);
            const std::string deliv = "delivery.racks" + sfx;
            const double rate = P("schedule.rate.rack_deliveries_per_week");
            const double delivDays = days(b.weeksToDays(L.racks / rate));
            b.add(deliv,
                  "Rack deliveries in batches: " + H + " (" + std::to_string(L.racks) + " racks)",
                  "delivery.racks", delivDays, hi,
                  std::to_string(L.racks) + " racks / " + fmt(rate) +
                      " racks per week (schedule.rate.rack_deliveries_per_week)");
            b.link(deliv, rlead);
            b.link(deliv, "fitout" + sfx);
            const std::string inst = "install.racks" + sfx;
            const double crews = P("schedule.crews.racks");
            const double rackRate = P(m.rackRateKey);
            const double instDays = days(L.racks / (crews * rackRate));
            b.add(inst, "Install racks: " + H + " (" + std::to_string(L.racks) + " racks)",
                  "install.racks", instDays, hi,
                  std::to_string(L.racks) + " racks / (" + fmt(crews) + " crews x " +
                      fmt(rackRate) + " racks/crew-day) (schedule.crews.racks, " + m.rackRateKey +
                      ")");
            // Installation follows the batches: starts with the first, ends after the last.
            b.link(inst, deliv, LinkType::StartToStart, std::min(2.0, delivDays));
            b.link(inst, deliv, LinkType::FinishToFinish, 2);
            b.link(inst, bus);
            const std::string cab = "install.cabling" + sfx;
            const double cabCrews = P("schedule.crews.cabling");
            const double cabRate = P("schedule.rate.cables_per_crew_day");
            const double cabDays = days(L.cables / (cabCrews * cabRate));
            b.add(cab, "Network cabling: " + H + " (" + std::to_string(L.cables) + " cables)",
                  "install.cabling", cabDays, hi,
                  std::to_string(L.cables) + " cables / (" + fmt(cabCrews) + " crews x " +
                      fmt(cabRate) + " cables/crew-day)");
            b.link(cab, inst, LinkType::StartToStart, std::min(5.0, instDays));
            b.link(cab, inst, LinkType::FinishToFinish, 2);
            const std::string test = "cx.racks" + sfx;
            b.add(test, "Rack bring-up and acceptance on IT load: " + H, "cx.racks",
                  P(m.rackTestKey), hi, m.rackTestKey);
            b.link(test, energize);
            b.link(test, cab);
            b.link(test, l3c);
            const std::string burn = "burnin" + sfx;
            b.add(burn, "Burn-in / acceptance run: " + H, "burnin",
                  P("schedule.duration.burn_in_days"), hi,
                  "schedule.duration.burn_in_days (UNVERIFIED -> assumption)");
            b.link(burn, test);
            ready = burn;
        }
        const std::string token = "first_token" + sfx;
        b.add(token, "First token: " + H, "milestone.first_token", 0, hi, "milestone");
        b.link(token, ready);
    }
    return b.take();
}

} // namespace

ScheduleGenerator::ScheduleGenerator(const Design& design, ScheduleOptions options)
    : design_(design), options_(std::move(options)) {}

ScheduleNetwork ScheduleGenerator::network() const {
    return buildNetwork(makePlan(design_, options_));
}

ScheduleResult ScheduleGenerator::run() const {
    Plan plan = makePlan(design_, options_);
    ScheduleResult r;
    r.delivery = plan.model.name;
    r.startDate = plan.start;
    r.network = buildNetwork(plan);
    r.cpm = computeCriticalPath(r.network, options_.calendar, plan.start);
    r.parameters = plan.params.all();

    std::string first, last, firstAny;
    for (std::size_t h = 0; h < plan.halls.size(); ++h) {
        const HallLoad& L = plan.halls[h];
        HallMilestone ms;
        ms.hallId = L.hall->id;
        ms.hallName = L.label;
        ms.itMw = L.itKw / 1000.0;
        ms.gpus = L.gpus;
        ms.racks = L.racks;
        ms.energized = r.timing("energized.h" + std::to_string(h + 1))->start;
        ms.firstToken = r.timing("first_token.h" + std::to_string(h + 1))->start;
        // ISO dates compare correctly as strings.
        if (L.gpus > 0 && (first.empty() || ms.firstToken < first))
            first = ms.firstToken;
        if (firstAny.empty() || ms.firstToken < firstAny)
            firstAny = ms.firstToken;
        if (last.empty() || ms.firstToken > last)
            last = ms.firstToken;
        r.halls.push_back(ms);
    }
    r.firstToken = first.empty() ? firstAny : first;
    r.fullCapacity = last;
    r.ramp = capacityRamp(r.halls, r.startDate, options_.tokensPerSecond);

    r.notes.push_back("delivery model " + plan.model.name + ": " + plan.model.summary);
    for (const auto& c : plan.model.citations)
        r.notes.push_back("  " + c);
    if (!options_.tokensPerSecond)
        r.notes.push_back("ramp: GPU count only (no throughput estimator given)");
    int assumed = 0;
    for (const auto& p : r.parameters)
        assumed += p.assumption ? 1 : 0;
    r.notes.push_back(std::to_string(assumed) + " of " + std::to_string(r.parameters.size()) +
                      " schedule figures are labelled assumptions (see docs/schedule.md); lead "
                      "times of generators, chillers and CDUs and burn-in are UNVERIFIED in the "
                      "reference pack");
    for (const auto& p : r.parameters)
        if (p.overridden)
            r.notes.push_back("override " + p.key + " = " + fmt(p.value) + " (default " +
                              fmt(p.defaultValue) + ")");
    for (auto& n : plan.notes)
        r.notes.push_back(std::move(n));
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

} // namespace aifp
