#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/schedule/MsProjectXml.hpp"
#include "core/schedule/ScheduleCsv.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/ScheduleJson.hpp"
#include "core/util/Json.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

// tokens/s of the factory with n GPUs online, from the inference estimator (core/estimate),
// for the design's serving settings and its most common GPU system. Empty when the design has
// no racks or the estimator rejects the settings (the reason goes to note).
std::function<double(int)> throughputOf(const Design& design, std::string& note) {
    std::map<std::string, long> racksBySystem;
    for (const Rack& r : design.racks)
        ++racksBySystem[r.catalogId];
    if (racksBySystem.empty())
        return {};
    std::string systemId;
    long most = 0;
    for (const auto& [id, n] : racksBySystem)
        if (n > most) {
            most = n;
            systemId = id;
        }
    const DesignSettings& s = design.settings;
    const auto estimate = [=](int gpus) {
        InferenceRequest q;
        q.systemId = systemId;
        q.gpus = gpus;
        q.modelId = s.modelId;
        q.precision = s.precision;
        q.scenario = s.scenario;
        return estimateInference(q).tokensPerSecond;
    };
    try {
        long gpus = 0;
        const Catalog catalog = Catalog::builtin().withUserEntries(design.userCatalog);
        gpus = static_cast<long>(most) * systemSpec(catalog, systemId).gpusPerRack;
        estimate(static_cast<int>(gpus)); // probe once: settings the estimator rejects
    } catch (const std::exception& e) {
        note = std::string("tokens/s not estimated (GPU count only): ") + e.what();
        return {};
    }
    if (racksBySystem.size() > 1)
        note =
            "tokens/s estimated as if every GPU were " + systemId + " (the design mixes systems)";
    else
        note = "tokens/s from the inference estimator: " + systemId + ", " + s.modelId + ", " +
               s.precision + ", " + s.scenario + " scenario (docs/estimation.md)";
    return estimate;
}

std::string weeks(double w) {
    return fixed(w, 1) + " weeks";
}

std::string money(double usd) {
    if (usd == 0)
        return "0";
    return fixed(usd / 1e6, 1) + " M USD";
}

void printText(const ScheduleResult& r, std::ostream& out) {
    out << "Build schedule (" << r.delivery << " delivery, site " << r.readiness
        << (r.supplyPriority ? ", supply priority" : "")
        << (r.bridge ? ", bridging power " + fixed(r.bridge->capacityMw, 0) + " MW" : "")
        << "), start " << r.startDate << "\n"
        << "  first token:   " << r.firstToken << " (in " << weeks(r.firstTokenWeeks) << ")\n"
        << "  full capacity: " << r.fullCapacity << " (in " << weeks(r.fullCapacityWeeks) << ")\n"
        << "  first token driven by: " << r.driver << "\n";
    for (const auto& [cls, date] : r.owned)
        out << "  owned: " << cls << (date.empty() ? " on site" : " on site " + date) << "\n";
    if (r.bridge)
        out << "  bridging power: " << fixed(r.bridge->capacityMw, 0) << " MW carries "
            << r.bridge->unitsBridged << " SUs (" << fixed(r.bridge->bridgedItMw, 1)
            << " MW IT) from " << r.bridge->inService << ", switchover to the grid "
            << r.bridge->switchover << "; " << fixed(r.bridge->months, 1) << " months, "
            << money(r.bridge->costUsd) << ", " << fixed(r.bridge->emissionsT, 0)
            << " t CO2 (assumptions)\n";
    if (r.supplyPriority)
        out << "  supply priority premium: "
            << (r.priorityCostKnown ? money(r.priorityCostUsd) : std::string("not priced"))
            << " (assumption)\n";
    out << "\nHalls:\n";
    for (const auto& h : r.halls)
        out << "  " << h.hallName << ": " << fixed(h.itMw, 1) << " MW IT, " << h.gpus
            << " GPUs; plant commissioned " << h.energized << ", first SU serving " << h.firstToken
            << ", full " << h.fullCapacity << "\n";
    out << "\nRamp by scalable unit (" << r.units.size() << " SUs):\n";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < r.units.size(); ++i) {
        const UnitMilestone& u = r.units[i];
        // One line per serving date (SUs of the same day together); long ramps shortened.
        if (i + 1 < r.units.size() && r.units[i + 1].serving == u.serving)
            continue;
        if (++shown > 40 && i + 1 < r.units.size())
            continue;
        out << "  " << u.serving << "  " << u.gpusOnline << " GPUs online";
        if (u.tokensPerSecond)
            out << ", " << display::formatScaled(*u.tokensPerSecond, "tokens/s", 3);
        out << " (hall " << u.hallIndex + 1 << " SU " << u.unit << (u.bridged ? ", bridged" : "")
            << ")\n";
    }
    if (shown > 40)
        out << "  (" << shown - 40 << " more serving dates in --format json)\n";
    out << "\nCritical path:\n";
    for (const auto& id : r.cpm.criticalPath) {
        const ScheduleTask* t = r.network.find(id);
        const TaskTiming* tm = r.timing(id);
        out << "  " << tm->start << " .. " << tm->finish << "  " << (t ? t->name : id) << "\n";
    }
    out << "\nTasks (" << r.network.tasks.size() << "):\n";
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        if (t.done) {
            out << "  done                      " << t.name << " (" << t.doneReason << ")\n";
            continue;
        }
        out << "  " << (tm.critical ? "* " : "  ") << tm.start << " .. " << tm.finish << "  "
            << t.durationDays << " d, float " << tm.totalFloat << " d  " << t.name << "\n";
    }
    out << "\nNotes:\n";
    for (const auto& n : r.notes)
        out << "  " << n << "\n";
    out << "\nAssumed figures (override with assumptionOverrides; see docs/schedule.md):\n";
    for (const auto& p : r.parameters)
        if (p.assumption || p.overridden)
            out << "  " << p.key << " = " << p.value << " " << p.unit
                << (p.overridden ? " (overridden)" : "") << "\n";
}

void printFastTrack(const FastTrackSummary& s, std::ostream& out) {
    out << "Fast-track paths from " << s.startDate << " (weeks from the start):\n\n";
    out << "  path                                                    first token   full "
           "capacity  added cost   driver of first token\n";
    for (const auto& p : s.options) {
        std::string name = p.name;
        if (name.size() > 54)
            name = name.substr(0, 53) + "~";
        name.resize(56, ' ');
        std::string ft = fixed(p.firstTokenWeeks, 1) + " wk";
        std::string fc = fixed(p.fullCapacityWeeks, 1) + " wk";
        ft.resize(14, ' ');
        fc.resize(15, ' ');
        std::string cost = p.id == "base" ? "-" : p.costKnown ? money(p.addedCostUsd) : "n/a";
        cost.resize(13, ' ');
        out << "  " << name << ft << fc << cost << p.driver << "\n";
    }
    out << "\n";
    for (const auto& p : s.options)
        if (p.id != "base")
            out << "  " << p.name << ": first token " << p.firstToken << " ("
                << fixed(p.firstTokenGainWeeks, 1) << " weeks earlier), full capacity "
                << p.fullCapacity << " (" << fixed(p.fullCapacityGainWeeks, 1) << " weeks earlier)"
                << (p.costNote.empty() ? "" : "; " + p.costNote) << "\n";
}

int runSchedule(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string format = args.format({"text", "json", "csv"});
    const std::string& path = args.positional().at(0);
    Design design;
    design = openDesign(args, path);

    ScheduleOptions options;
    options.startDate = args.value("start", design.settings.scheduleStart);
    try {
        parseIsoDate(options.startDate);
    } catch (const ScheduleError& e) {
        throw UsageError(std::string(args.has("start") ? "--start: " : "design schedule start: ") +
                         e.what());
    }
    options.delivery = args.value("delivery", design.settings.delivery);
    if (options.delivery != "traditional" && options.delivery != "prefab")
        throw UsageError("--delivery: '" + options.delivery + "' is not one of traditional|prefab");
    try {
        std::vector<std::string> holidays = args.values("holiday");
        options.calendar =
            args.has("six-day-week")
                ? WorkCalendar::sixDayWeek(holidays)
                : WorkCalendar({true, true, true, true, true, false, false}, holidays);
    } catch (const ScheduleError& e) {
        throw UsageError(std::string("--holiday: ") + e.what());
    }
    // Fast-track inputs: the design's (schema 2), flags override them.
    options.readiness = args.value("site");
    if (args.has("site")) {
        const auto& levels = siteReadinessLevels();
        if (std::find(levels.begin(), levels.end(), options.readiness) == levels.end())
            throw UsageError("--site: '" + options.readiness +
                             "' is not one of greenfield|powered-land|powered-shell|ready-hall");
    }
    if (args.has("bridge-power")) {
        options.bridgePowerMw = args.number("bridge-power", 0.0);
        if (*options.bridgePowerMw < 0)
            throw UsageError("--bridge-power: " + args.value("bridge-power") + " MW is negative");
    }
    if (args.has("supply-priority"))
        options.supplyPriority = true;
    for (const std::string& item : args.values("on-site")) {
        const auto eq = item.find('=');
        OwnedItem o{item.substr(0, eq), eq == std::string::npos ? "" : item.substr(eq + 1)};
        if (eq != std::string::npos && !isValidIsoDate(o.onSiteDate))
            throw UsageError("--on-site " + item + ": '" + o.onSiteDate +
                             "' is not a date YYYY-MM-DD");
        options.owned.push_back(o);
    }
    std::string throughputNote;
    options.tokensPerSecond = throughputOf(design, throughputNote);

    ScheduleResult result;
    DeliveryComparison comparison;
    FastTrackSummary fastTrack;
    const bool compare = args.has("compare");
    try {
        if (compare) {
            comparison = compareDeliveryModels(design, options);
            result = options.delivery == "prefab" ? comparison.prefab : comparison.traditional;
            fastTrack = fastTrackSummary(design, options);
        } else {
            result = generateSchedule(design, options);
        }
    } catch (const ScheduleError& e) {
        throw UsageError(path + ": " + e.what());
    }
    if (!throughputNote.empty()) {
        result.notes.push_back(throughputNote);
        comparison.traditional.notes.push_back(throughputNote);
        comparison.prefab.notes.push_back(throughputNote);
    }

    if (args.has("export-msproject")) {
        const std::string xmlPath = args.value("export-msproject");
        std::ofstream f(xmlPath, std::ios::binary);
        if (f)
            f << scheduleToMsProjectXml(result, options.calendar,
                                        design.site.name + " build programme (" + result.delivery +
                                            ")");
        if (!f)
            throw UsageError("--export-msproject: cannot write '" + xmlPath +
                             "': " + std::strerror(errno));
        if (format == "text")
            err << "wrote " << xmlPath << "\n";
    }

    if (format == "json") {
        if (compare) {
            json::Value root = json::Value::object();
            root.set("traditional", scheduleToJson(comparison.traditional))
                .set("prefab", scheduleToJson(comparison.prefab))
                .set("first_token_gain_days", comparison.firstTokenGainDays)
                .set("full_capacity_gain_days", comparison.fullCapacityGainDays)
                .set("fast_track", fastTrackToJson(fastTrack));
            out << json::write(root) << "\n";
        } else {
            out << json::write(scheduleToJson(result)) << "\n";
        }
    } else if (format == "csv") {
        out << scheduleToCsv(result);
    } else {
        printText(result, out);
        if (compare) {
            const ScheduleResult& other =
                result.delivery == "prefab" ? comparison.traditional : comparison.prefab;
            out << "\nCompared with " << other.delivery << " delivery: first token "
                << other.firstToken << ", full capacity " << other.fullCapacity
                << ".\nPrefab first token " << comparison.firstTokenGainDays
                << " calendar days earlier, full capacity " << comparison.fullCapacityGainDays
                << " days earlier (reference-data.md 6.1: prefab buys 6-12 months).\n\n";
            printFastTrack(fastTrack, out);
        }
    }
    return kExitOk;
}

} // namespace

Command scheduleCommand() {
    Command c;
    c.name = "schedule";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "build timeline: critical path, first token, capacity ramp by week");
    c.usage = "aifp-cli schedule FILE [--start YYYY-MM-DD] [--delivery traditional|prefab] "
              "[--site greenfield|powered-land|powered-shell|ready-hall] [--bridge-power MW] "
              "[--on-site CLASS[=YYYY-MM-DD]]... [--supply-priority] [--compare] "
              "[--format text|json|csv] [--export-msproject OUT.xml]";
    c.description = AIFP_TRANSLATE_NOOP(
        "Cli",
        "Generates the build programme of the design (site works, utility, long-lead power and\n"
        "cooling equipment per hall, shells, fit-out, installation, commissioning L1-L5, racks,\n"
        "burn-in) and schedules it with the critical path method on a working-day calendar.\n"
        "Halls are phased: each hall's plant is commissioned (L3-L5), then its racks come up\n"
        "scalable unit by scalable unit (SU: 8 racks with their power path, CDU and leaf\n"
        "switches); first token is the first SU serving, full capacity the last.\n"
        "Fast track: --site says what is already done (powered-land: grid connection and\n"
        "permits; powered-shell: + site works, shells, MV switchgear and transformers;\n"
        "ready-hall: + all power and cooling plant commissioned); --on-site gives equipment\n"
        "owned or reserved (on site now, or on a date); --bridge-power energises SUs from\n"
        "temporary generation or batteries before the grid; --supply-priority shortens the\n"
        "GPU rack lead time. --compare puts the fast-track paths side by side.\n"
        "Lead times and durations are sourced defaults or labelled assumptions; change them with\n"
        "the design's assumptionOverrides (keys in docs/schedule.md).\n"
        "json: {tasks, critical_path, first_token, full_capacity, first_token_weeks,\n"
        "full_capacity_weeks, first_token_driver, units, ramp (with date), ...}; csv: one row per\n"
        "task with predecessors like 3FS+5, importable by schedulers.");
    c.options = {
        {"start", "YYYY-MM-DD",
         AIFP_TRANSLATE_NOOP("Cli", "programme start (default: the design's schedule start)")},
        {"delivery", "MODEL",
         AIFP_TRANSLATE_NOOP("Cli", "traditional or prefab (default: the design's setting)")},
        {"format", "FORMAT", AIFP_TRANSLATE_NOOP("Cli", "text (default), json or csv")},
        {"export-msproject", "OUT.xml",
         AIFP_TRANSLATE_NOOP("Cli", "also write Microsoft Project XML (MSPDI)")},
        {"site", "READINESS",
         AIFP_TRANSLATE_NOOP("Cli",
                             "greenfield (default), powered-land, powered-shell or ready-hall")},
        {"bridge-power", "MW",
         AIFP_TRANSLATE_NOOP("Cli",
                             "temporary on-site generation / BESS before the grid (default 0)")},
        {"on-site", "CLASS[=DATE]",
         AIFP_TRANSLATE_NOOP(
             "Cli",
             "equipment owned or reserved: transformer, mv-switchgear, lv-switchgear, switchgear, "
             "ups, generator, chiller, dry-cooler, cdu, busway, gpu-racks; on site now or on DATE "
             "(added to the design's owned equipment)"),
         true},
        {"supply-priority", "",
         AIFP_TRANSLATE_NOOP("Cli", "vendor priority allocation of GPU racks (shorter lead time)")},
        {"compare", "",
         AIFP_TRANSLATE_NOOP(
             "Cli", "both delivery models and the fast-track paths side by side (first token, full "
                    "capacity, driver, added cost)")},
        {"six-day-week", "", AIFP_TRANSLATE_NOOP("Cli", "crews work Monday to Saturday")},
        {"holiday", "YYYY-MM-DD", AIFP_TRANSLATE_NOOP("Cli", "a non-working day"), true},
    };
    c.minPositional = 1;
    c.maxPositional = 1;
    c.readsProject = true;
    c.run = runSchedule;
    return c;
}

} // namespace aifp::cli
