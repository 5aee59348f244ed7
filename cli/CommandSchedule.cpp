#include "cli/Commands.hpp"
#include "core/catalog/Catalog.hpp"
#include "core/i18n/Language.hpp"
#include "core/i18n/Translate.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/schedule/MsProjectXml.hpp"
#include "core/schedule/ScheduleCsv.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/ScheduleJson.hpp"
#include "core/schedule/ScheduleThroughput.hpp"
#include "core/util/JsonShapes.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/util/TextColumns.hpp"
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace aifp::cli {

namespace {

// Command-line text: English display numbers without separators ("1234.5"), any locale.
std::string fixed(double v, int decimals) {
    return display::formatFixedPlain(v, decimals);
}

std::string weeks(double w) {
    return fill(tr("ScheduleText", "%1 weeks"), {fixed(w, 1)});
}

std::string money(double usd) {
    if (usd == 0)
        return "0";
    return fill(tr("ScheduleText", "%1 M USD"), {fixed(usd / 1e6, 1)});
}

void printText(const ScheduleResult& r, std::ostream& out) {
    std::string conditions =
        fill(tr("ScheduleText", "%1 delivery, site %2"),
             {shownScheduleKeyword(r.delivery), shownScheduleKeyword(r.readiness)});
    if (r.supplyPriority)
        conditions = fill(tr("ScheduleText", "%1, supply priority"), {conditions});
    if (r.bridge)
        conditions = fill(tr("ScheduleText", "%1, bridging power %2 MW"),
                          {conditions, fixed(r.bridge->capacityMw, 0)});
    out << fill(tr("ScheduleText", "Build schedule (%1), start %2"), {conditions, r.startDate})
        << "\n  "
        << fill(tr("ScheduleText", "first token:   %1 (in %2)"),
                {r.firstToken, weeks(r.firstTokenWeeks)})
        << "\n  "
        << fill(tr("ScheduleText", "full capacity: %1 (in %2)"),
                {r.fullCapacity, weeks(r.fullCapacityWeeks)})
        << "\n  " << fill(tr("ScheduleText", "first token driven by: %1"), {r.driver}) << "\n";
    for (const auto& [cls, date] : r.owned)
        out << "  "
            << (date.empty()
                    ? fill(tr("ScheduleText", "owned: %1 on site"), {shownScheduleKeyword(cls)})
                    : fill(tr("ScheduleText", "owned: %1 on site %2"),
                           {shownScheduleKeyword(cls), date}))
            << "\n";
    if (r.bridge)
        out << "  "
            << fill(tr("ScheduleText", "bridging power: %1 MW carries %2 SUs (%3 MW IT) from %4, "
                                       "switchover to the grid %5; %6 months, %7, %8 t CO2 "
                                       "(assumptions)"),
                    {fixed(r.bridge->capacityMw, 0), std::to_string(r.bridge->unitsBridged),
                     fixed(r.bridge->bridgedItMw, 1), r.bridge->inService, r.bridge->switchover,
                     fixed(r.bridge->months, 1), money(r.bridge->costUsd),
                     fixed(r.bridge->emissionsT, 0)})
            << "\n";
    if (r.supplyPriority)
        out << "  "
            << fill(tr("ScheduleText", "supply priority premium: %1 (assumption)"),
                    {r.priorityCostKnown ? money(r.priorityCostUsd)
                                         : std::string(tr("ScheduleText", "not priced"))})
            << "\n";
    out << "\n" << tr("ScheduleText", "Halls:") << "\n";
    for (const auto& h : r.halls)
        out << "  "
            << fill(tr("ScheduleText", "%1: %2 MW IT, %3 GPUs; plant commissioned %4, first SU "
                                       "serving %5, full %6"),
                    {h.hallName, fixed(h.itMw, 1), std::to_string(h.gpus), h.energized,
                     h.firstToken, h.fullCapacity})
            << "\n";
    out << "\n"
        << fill(tr("ScheduleText", "Ramp by scalable unit (%1 SUs):"),
                {std::to_string(r.units.size())})
        << "\n";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < r.units.size(); ++i) {
        const UnitMilestone& u = r.units[i];
        // One line per serving date (SUs of the same day together); long ramps shortened.
        if (i + 1 < r.units.size() && r.units[i + 1].serving == u.serving)
            continue;
        if (++shown > 40 && i + 1 < r.units.size())
            continue;
        std::string online =
            fill(tr("ScheduleText", "%1 GPUs online"), {std::to_string(u.gpusOnline)});
        if (u.tokensPerSecond)
            online += ", " + display::formatScaled(*u.tokensPerSecond, "tokens/s", 3);
        const std::string unit = fill(u.bridged ? tr("ScheduleText", "hall %1 SU %2, bridged")
                                                : tr("ScheduleText", "hall %1 SU %2"),
                                      {std::to_string(u.hallIndex + 1), std::to_string(u.unit)});
        out << "  " << u.serving << "  " << online << " (" << unit << ")\n";
    }
    if (shown > 40)
        out << "  ("
            << fill(tr("ScheduleText", "%1 more serving dates in --format json"),
                    {std::to_string(shown - 40)})
            << ")\n";
    out << "\n" << tr("ScheduleText", "Critical path:") << "\n";
    for (const auto& id : r.cpm.criticalPath) {
        const ScheduleTask* t = r.network.find(id);
        const TaskTiming* tm = r.timing(id);
        out << "  " << tm->start << " .. " << tm->finish << "  " << (t ? t->name : id) << "\n";
    }
    out << "\n"
        << fill(tr("ScheduleText", "Tasks (%1):"), {std::to_string(r.network.tasks.size())})
        << "\n";
    const std::string done = padToWidth(tr("ScheduleText", "done"), 26);
    for (std::size_t i = 0; i < r.network.tasks.size(); ++i) {
        const ScheduleTask& t = r.network.tasks[i];
        const TaskTiming& tm = r.cpm.timings[i];
        if (t.done) {
            out << "  " << done << t.name << " (" << t.doneReason << ")\n";
            continue;
        }
        out << "  " << (tm.critical ? "* " : "  ") << tm.start << " .. " << tm.finish << "  "
            << fill(tr("ScheduleText", "%1 d, float %2 d"),
                    {display::formatPlain(t.durationDays, 2), std::to_string(tm.totalFloat)})
            << "  " << t.name << "\n";
    }
    out << "\n" << tr("ScheduleText", "Notes:") << "\n";
    for (const auto& n : r.notes)
        out << "  " << n << "\n";
    out << "\n"
        << tr("ScheduleText",
              "Assumed figures (override with assumptionOverrides; see docs/schedule.md):")
        << "\n";
    for (const auto& p : r.parameters)
        if (p.assumption || p.overridden)
            out << "  " << p.key << " = " << display::formatSignificantPlain(p.value, 6) << " "
                << shownScheduleUnit(p.unit)
                << (p.overridden ? tr("ScheduleText", " (overridden)") : "") << "\n";
}

void printFastTrack(const FastTrackSummary& s, std::ostream& out) {
    out << fill(tr("ScheduleText", "Fast-track paths from %1 (weeks from the start):"),
                {s.startDate})
        << "\n\n";
    constexpr std::size_t kName = 56, kFirst = 14, kFull = 15, kCost = 13;
    // Each column keeps one space before the next, however long its translated heading.
    const auto cell = [](const std::string& text, std::size_t width) {
        return padToWidth(cutToWidth(text, width - 1), width - 1) + " ";
    };
    out << "  " << cell(tr("ScheduleText", "path"), kName)
        << cell(tr("ScheduleText", "first token"), kFirst)
        << cell(tr("ScheduleText", "full capacity"), kFull)
        << cell(tr("ScheduleText", "added cost"), kCost)
        << tr("ScheduleText", "driver of first token") << "\n";
    const std::string week = tr("ScheduleText", "wk");
    for (const auto& p : s.options) {
        const std::string cost = p.id == "base" ? std::string("-")
                                 : p.costKnown  ? money(p.addedCostUsd)
                                                : std::string(tr("Number", "n/a"));
        out << "  " << cell(p.name, kName - 1) << " "
            << cell(fixed(p.firstTokenWeeks, 1) + " " + week, kFirst)
            << cell(fixed(p.fullCapacityWeeks, 1) + " " + week, kFull) << cell(cost, kCost)
            << p.driver << "\n";
    }
    out << "\n";
    for (const auto& p : s.options)
        if (p.id != "base")
            out << "  "
                << fill(tr("ScheduleText", "%1: first token %2 (%3 weeks earlier), full capacity "
                                           "%4 (%5 weeks earlier)"),
                        {p.name, p.firstToken, fixed(p.firstTokenGainWeeks, 1), p.fullCapacity,
                         fixed(p.fullCapacityGainWeeks, 1)})
                << (p.costNote.empty() ? "" : "; " + p.costNote) << "\n";
}

// The schedule options from the design and the flags (fast-track inputs: the design's, flags
// override them), each checked.
ScheduleOptions scheduleOptionsOf(const Args& args, const Design& design) {
    ScheduleOptions options;
    options.startDate = args.value("start", design.settings.scheduleStart);
    refusalAsUsage<ScheduleError>([&] { parseIsoDate(options.startDate); },
                                  args.has("start") ? "--start: " : "design schedule start: ");
    options.delivery = args.value("delivery", design.settings.delivery);
    if (options.delivery != "traditional" && options.delivery != "prefab")
        throw UsageError("--delivery: '" + options.delivery + "' is not one of traditional|prefab");
    options.calendar = refusalAsUsage<ScheduleError>(
        [&] {
            const std::vector<std::string>& holidays = args.values("holiday");
            return args.has("six-day-week")
                       ? WorkCalendar::sixDayWeek(holidays)
                       : WorkCalendar({true, true, true, true, true, false, false}, holidays);
        },
        "--holiday: ");
    options.readiness = args.value("site");
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
    return options;
}

// --export-msproject: the file is the same bytes in every language (translations/README.md):
// its task names and notes come from a run in English.
void exportMsProject(const std::string& xmlPath, const Design& design,
                     const ScheduleOptions& options, const ScheduleResult& result) {
    ScheduleResult english;
    if (language() == Language::English) {
        english = result;
    } else {
        const LanguageScope englishText(Language::English);
        const display::NumberStyleScope englishNumbers(display::NumberStyle{});
        ScheduleOptions o = options;
        o.tokensPerSecond = nullptr; // the XML holds tasks and links, not the ramp
        english = generateSchedule(design, o);
    }
    std::ofstream f(xmlPath, std::ios::binary);
    if (f)
        f << scheduleToMsProjectXml(english, options.calendar,
                                    design.site.name + " build programme (" + english.delivery +
                                        ")");
    if (!f)
        throw UsageError("--export-msproject: cannot write '" + xmlPath +
                         "': " + std::strerror(errno));
}

// --compare as text: the other delivery model's dates, prefab's gain and the fast-track paths.
void printComparison(const ScheduleResult& result, const DeliveryComparison& comparison,
                     const FastTrackSummary& fastTrack, std::ostream& out) {
    const ScheduleResult& other =
        result.delivery == "prefab" ? comparison.traditional : comparison.prefab;
    out << "\n"
        << fill(tr("ScheduleText", "Compared with %1 delivery: first token %2, full "
                                   "capacity %3."),
                {shownScheduleKeyword(other.delivery), other.firstToken, other.fullCapacity})
        << "\n"
        << fill(tr("ScheduleText", "Prefab first token %1 calendar days earlier, full "
                                   "capacity %2 days earlier (reference-data.md 6.1: "
                                   "prefab buys 6-12 months)."),
                {std::to_string(comparison.firstTokenGainDays),
                 std::to_string(comparison.fullCapacityGainDays)})
        << "\n\n";
    printFastTrack(fastTrack, out);
}

int runSchedule(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string format = args.format();
    const std::string& path = args.positional().at(0);
    Design design;
    design = openDesign(args, path);
    ScheduleOptions options = scheduleOptionsOf(args, design);
    ScheduleThroughput throughput =
        scheduleThroughput(design, Catalog::builtin().withUserEntries(design.userCatalog));
    options.tokensPerSecond = std::move(throughput.tokensPerSecond);
    const std::string& throughputNote = throughput.note;

    ScheduleResult result;
    DeliveryComparison comparison;
    FastTrackSummary fastTrack;
    const bool compare = args.has("compare");
    refusalAsUsage<ScheduleError>(
        [&] {
            if (compare) {
                comparison = compareDeliveryModels(design, options);
                result = options.delivery == "prefab" ? comparison.prefab : comparison.traditional;
                fastTrack = fastTrackSummary(design, options);
            } else {
                result = generateSchedule(design, options);
            }
        },
        path + ": ");
    if (!throughputNote.empty()) {
        result.notes.push_back(throughputNote);
        comparison.traditional.notes.push_back(throughputNote);
        comparison.prefab.notes.push_back(throughputNote);
    }
    if (args.has("export-msproject")) {
        const std::string xmlPath = args.value("export-msproject");
        exportMsProject(xmlPath, design, options, result);
        if (format == "text")
            err << fill(tr("ScheduleText", "wrote %1"), {xmlPath}) << "\n";
    }
    if (format == "json") {
        if (compare) {
            printJson(out,
                      json::object({{"traditional", scheduleToJson(comparison.traditional)},
                                    {"prefab", scheduleToJson(comparison.prefab)},
                                    {"first_token_gain_days", comparison.firstTokenGainDays},
                                    {"full_capacity_gain_days", comparison.fullCapacityGainDays},
                                    {"fast_track", fastTrackToJson(fastTrack)}}));
        } else {
            printJson(out, scheduleToJson(result));
        }
    } else if (format == "csv") {
        out << scheduleToCsv(result);
    } else {
        printText(result, out);
        if (compare)
            printComparison(result, comparison, fastTrack, out);
    }
    return kExitOk;
}

} // namespace

Command scheduleCommand() {
    Command c;
    c.name = "schedule";
    c.summary = AIFP_TRANSLATE_NOOP(
        "Cli", "build timeline: critical path, first token, capacity ramp by week");
    c.synopsis = "FILE";
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
        {"delivery", "traditional|prefab",
         AIFP_TRANSLATE_NOOP("Cli", "delivery model (default: the design's setting)")},
        formatOption({"text", "json", "csv"}),
        {"export-msproject", "OUT.xml",
         AIFP_TRANSLATE_NOOP("Cli", "also write Microsoft Project XML (MSPDI)")},
        choiceOption("site",
                     AIFP_TRANSLATE_NOOP("Cli", "what is already done on the site (default: the "
                                                "design's, greenfield unless set)"),
                     siteReadinessLevels()),
        {"bridge-power", "MW",
         AIFP_TRANSLATE_NOOP("Cli",
                             "temporary on-site generation / BESS before the grid (default: the "
                             "design's)")},
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
