#include "core/catalog/Catalog.hpp"
#include "core/cli/Commands.hpp"
#include "core/estimate/InferenceEstimator.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/schedule/MsProjectXml.hpp"
#include "core/schedule/ScheduleCsv.hpp"
#include "core/schedule/ScheduleGenerator.hpp"
#include "core/schedule/ScheduleJson.hpp"
#include "core/util/Json.hpp"
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

namespace aifp::cli {

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
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

void printText(const ScheduleResult& r, std::ostream& out) {
    out << "Build schedule (" << r.delivery << " delivery), start " << r.startDate << "\n"
        << "  first token:   " << r.firstToken << "\n"
        << "  full capacity: " << r.fullCapacity << "\n\nHalls:\n";
    for (const auto& h : r.halls)
        out << "  " << h.hallName << ": " << fixed(h.itMw, 1) << " MW IT, " << h.gpus
            << " GPUs; energised " << h.energized << ", first token " << h.firstToken << "\n";
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

int runSchedule(const Args& args, std::ostream& out, std::ostream& err) {
    const std::string format = args.format({"text", "json", "csv"});
    const std::string& path = args.positional().at(0);
    Design design;
    try {
        design = openProject(path);
    } catch (const ProjectFileError& e) {
        throw UsageError(e.what());
    }

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
    std::string throughputNote;
    options.tokensPerSecond = throughputOf(design, throughputNote);

    ScheduleResult result;
    DeliveryComparison comparison;
    const bool compare = args.has("compare");
    try {
        if (compare) {
            comparison = compareDeliveryModels(design, options);
            result = options.delivery == "prefab" ? comparison.prefab : comparison.traditional;
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
                .set("full_capacity_gain_days", comparison.fullCapacityGainDays);
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
                << " days earlier (reference-data.md 6.1: prefab buys 6-12 months).\n";
        }
    }
    return kExitOk;
}

} // namespace

Command scheduleCommand() {
    Command c;
    c.name = "schedule";
    c.summary = "build timeline: critical path, first token, capacity ramp by week";
    c.usage = "aifp-cli schedule FILE [--start YYYY-MM-DD] [--delivery traditional|prefab] "
              "[--format text|json|csv] [--export-msproject OUT.xml]";
    c.description =
        "Generates the build programme of the design (site works, utility, long-lead power and\n"
        "cooling equipment per hall, shells, fit-out, installation, commissioning L1-L5, racks,\n"
        "burn-in) and schedules it with the critical path method on a working-day calendar.\n"
        "Halls are phased: each is energised when its own power and cooling chain passes L5.\n"
        "Lead times and durations are sourced defaults or labelled assumptions; change them with\n"
        "the design's assumptionOverrides (keys in docs/schedule.md).\n"
        "json: {tasks, critical_path, first_token, full_capacity, ramp, ...}; csv: one row per\n"
        "task with predecessors like 3FS+5, importable by schedulers.";
    c.options = {
        {"start", "YYYY-MM-DD", "programme start (default: the design's schedule start)"},
        {"delivery", "MODEL", "traditional or prefab (default: the design's setting)"},
        {"format", "FORMAT", "text (default), json or csv"},
        {"export-msproject", "OUT.xml", "also write Microsoft Project XML (MSPDI)"},
        {"compare", "", "schedule both delivery models and report the difference"},
        {"six-day-week", "", "crews work Monday to Saturday"},
        {"holiday", "YYYY-MM-DD", "a non-working day", true},
    };
    c.minPositional = 1;
    c.maxPositional = 1;
    c.run = runSchedule;
    return c;
}

} // namespace aifp::cli
