#include "core/schedule/CriticalPath.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>
#include <cmath>
#include <iterator>
#include <limits>
#include <unordered_map>

namespace aifp {

const char* toString(LinkType t) {
    switch (t) {
    case LinkType::FinishToStart:
        return "FS";
    case LinkType::StartToStart:
        return "SS";
    case LinkType::FinishToFinish:
        return "FF";
    case LinkType::StartToFinish:
        return "SF";
    }
    return "FS";
}

bool fromString(const std::string& s, LinkType& out) {
    for (LinkType t : {LinkType::FinishToStart, LinkType::StartToStart, LinkType::FinishToFinish,
                       LinkType::StartToFinish})
        if (s == toString(t)) {
            out = t;
            return true;
        }
    return false;
}

namespace {

struct EdgeInfo {
    std::size_t succ = 0; // task index of the successor
    std::size_t dep = 0;  // index into the successor's dependsOn
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

std::string label(const ScheduleTask& t) {
    return "task \"" + t.id + "\"" + (t.name.empty() || t.name == t.id ? "" : " (" + t.name + ")");
}

// In messages: 6 significant digits in the calling thread's display style.
std::string formatNumber(double v) {
    return display::formatSignificantPlain(v, 6);
}

// Whole working days: finite and integral, else a ScheduleError naming the task and field.
long wholeDays(double v, const ScheduleTask& t, const std::string& what) {
    if (!std::isfinite(v))
        throw ScheduleError(label(t) + ": " + what + " is not a number (" + formatNumber(v) + ")");
    if (v != std::floor(v))
        throw ScheduleError(label(t) + ": " + what + " " + formatNumber(v) +
                            " is not a whole number of working days");
    if (std::fabs(v) > 1e6)
        throw ScheduleError(label(t) + ": " + what + " " + formatNumber(v) +
                            " working days is out of range");
    return static_cast<long>(v);
}

// Earliest start a link allows its successor (exclusive finish convention).
long earliestBy(LinkType type, long l, long predEs, long predEf, long succDur) {
    switch (type) {
    case LinkType::FinishToStart:
        return predEf + l;
    case LinkType::StartToStart:
        return predEs + l;
    case LinkType::FinishToFinish:
        return predEf + l - succDur;
    case LinkType::StartToFinish:
        return predEs + l - succDur;
    }
    return predEf + l;
}

struct CycleFound {
    std::vector<Vertex> cycle;
};

// Records the DFS stack; a back edge closes a cycle made of the stack from its target.
struct CycleVisitor : boost::default_dfs_visitor {
    std::vector<Vertex>* stack;
    explicit CycleVisitor(std::vector<Vertex>* s) : stack(s) {}
    void discover_vertex(Vertex v, const Graph&) { stack->push_back(v); }
    void finish_vertex(Vertex, const Graph&) { stack->pop_back(); }
    template <class Edge> void back_edge(Edge e, const Graph& g) {
        const Vertex to = boost::target(e, g);
        auto it = std::find(stack->begin(), stack->end(), to);
        CycleFound found;
        found.cycle.assign(it, stack->end());
        found.cycle.push_back(to);
        throw found;
    }
};

} // namespace

CriticalPathResult computeCriticalPath(const ScheduleNetwork& network, const WorkCalendar& calendar,
                                       const std::string& startIso) {
    const CivilDay startDay = parseIsoDate(startIso);
    const auto& tasks = network.tasks;
    const std::size_t n = tasks.size();
    CriticalPathResult result;
    if (n == 0)
        return result;

    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i) {
        if (tasks[i].id.empty())
            throw ScheduleError("task #" + std::to_string(i + 1) +
                                (tasks[i].name.empty() ? "" : " (" + tasks[i].name + ")") +
                                ": empty id");
        if (!index.emplace(tasks[i].id, i).second)
            throw ScheduleError("task id \"" + tasks[i].id + "\" is used by more than one task");
    }

    std::vector<long> dur(n, 0);
    std::vector<std::vector<long>> lag(n);
    std::vector<std::vector<std::size_t>> pred(n);
    std::vector<long> snet(n, 0);
    Graph g(n);
    for (std::size_t i = 0; i < n; ++i) {
        const ScheduleTask& t = tasks[i];
        dur[i] = wholeDays(t.durationDays, t, "duration");
        if (dur[i] < 0)
            throw ScheduleError(label(t) + ": duration " + std::to_string(dur[i]) +
                                " days is negative");
        if (t.done)
            dur[i] = 0; // done before the start: takes no time
        for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
            const Dependency& d = t.dependsOn[k];
            auto it = index.find(d.predecessorId);
            if (it == index.end())
                throw ScheduleError(label(t) + ": depends on unknown task id \"" + d.predecessorId +
                                    "\"");
            if (it->second == i)
                throw ScheduleError("dependency cycle: \"" + t.name + "\" -> \"" + t.name +
                                    "\" (task \"" + t.id + "\" depends on itself)");
            lag[i].push_back(wholeDays(
                d.lagDays, t, std::string("lag of the link from \"") + d.predecessorId + "\""));
            pred[i].push_back(it->second);
            boost::add_edge(it->second, i, EdgeInfo{i, k}, g);
        }
        if (t.startNoEarlierThan) {
            CivilDay day = 0;
            try {
                day = parseIsoDate(*t.startNoEarlierThan);
            } catch (const ScheduleError& e) {
                throw ScheduleError(label(t) + ": start-no-earlier-than " + e.what());
            }
            snet[i] = calendar.offsetOfDay(startDay, day);
        }
    }

    // Cycle check first, so the error can name the tasks (topological_sort only says "not a DAG").
    {
        std::vector<Vertex> stack;
        try {
            boost::depth_first_search(g, boost::visitor(CycleVisitor(&stack)));
        } catch (const CycleFound& found) {
            std::string msg = "dependency cycle: ";
            for (std::size_t k = 0; k < found.cycle.size(); ++k) {
                const ScheduleTask& t = tasks[found.cycle[k]];
                msg += (k ? " -> \"" : "\"") + (t.name.empty() ? t.id : t.name) + "\"";
            }
            throw ScheduleError(msg);
        }
    }
    std::vector<Vertex> reverseTopo;
    boost::topological_sort(g, std::back_inserter(reverseTopo));
    const std::vector<Vertex> topo(reverseTopo.rbegin(), reverseTopo.rend());

    std::vector<long> es(n, 0), ef(n, 0), ls(n, 0), lf(n, 0);
    for (Vertex v : topo) {
        const ScheduleTask& t = tasks[v];
        if (t.done) {
            es[v] = ef[v] = 0;
            continue;
        }
        long start = std::max(0L, snet[v]);
        for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
            const std::size_t p = pred[v][k];
            if (tasks[p].done)
                continue;
            start =
                std::max(start, earliestBy(t.dependsOn[k].type, lag[v][k], es[p], ef[p], dur[v]));
        }
        es[v] = start;
        ef[v] = start + dur[v];
    }
    long finish = 0;
    for (std::size_t i = 0; i < n; ++i)
        finish = std::max(finish, ef[i]);

    // Backward pass: the latest finish each successor link allows its predecessor.
    std::vector<bool> hasSucc(n, false);
    for (std::size_t i = 0; i < n; ++i)
        if (!tasks[i].done)
            for (std::size_t p : pred[i])
                hasSucc[p] = true;
    for (std::size_t i = 0; i < n; ++i)
        lf[i] = finish;
    for (Vertex v : reverseTopo) {
        ls[v] = lf[v] - dur[v];
        const ScheduleTask& t = tasks[v];
        if (t.done)
            continue;
        for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
            const std::size_t p = pred[v][k];
            if (tasks[p].done)
                continue;
            const long l = lag[v][k];
            long latest = finish;
            switch (t.dependsOn[k].type) {
            case LinkType::FinishToStart:
                latest = ls[v] - l;
                break;
            case LinkType::StartToStart:
                latest = ls[v] - l + dur[p];
                break;
            case LinkType::FinishToFinish:
                latest = lf[v] - l;
                break;
            case LinkType::StartToFinish:
                latest = lf[v] - l + dur[p];
                break;
            }
            lf[p] = std::min(lf[p], latest);
        }
    }

    // Slack of one link at the early dates: how far the predecessor could slip along it.
    const auto linkSlack = [&](std::size_t succ, std::size_t k) {
        const std::size_t p = pred[succ][k];
        return es[succ] -
               earliestBy(tasks[succ].dependsOn[k].type, lag[succ][k], es[p], ef[p], dur[succ]);
    };
    std::vector<long> freeFloat(n, std::numeric_limits<long>::max());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < pred[i].size(); ++k)
            if (!tasks[i].done && !tasks[pred[i][k]].done)
                freeFloat[pred[i][k]] = std::min(freeFloat[pred[i][k]], linkSlack(i, k));

    // Dates of every working-day offset the schedule uses.
    std::vector<CivilDay> dayAt;
    dayAt.reserve(static_cast<std::size_t>(finish) + 1);
    for (CivilDay d = calendar.nextWorkingDay(startDay); static_cast<long>(dayAt.size()) <= finish;
         ++d)
        if (calendar.isWorkingDay(d))
            dayAt.push_back(d);

    result.timings.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        TaskTiming& tm = result.timings[i];
        tm.earlyStart = es[i];
        tm.earlyFinish = ef[i];
        tm.lateFinish = lf[i];
        tm.lateStart = lf[i] - dur[i];
        tm.totalFloat = tm.lateStart - tm.earlyStart;
        tm.freeFloat = hasSucc[i] ? freeFloat[i] : finish - ef[i];
        if (tasks[i].done) {
            tm.lateStart = tm.lateFinish = 0;
            tm.totalFloat = tm.freeFloat = 0;
        }
        tm.critical = tm.totalFloat == 0 && !tasks[i].done;
        tm.start = formatIsoDate(dayAt[static_cast<std::size_t>(es[i])]);
        tm.finish =
            dur[i] > 0 ? formatIsoDate(dayAt[static_cast<std::size_t>(ef[i] - 1)]) : tm.start;
    }
    result.projectFinish = finish;
    for (const auto& tm : result.timings)
        result.finishDate = std::max(result.finishDate, tm.finish); // ISO dates sort as text

    // One zero-float chain: from the critical task that ends the programme, follow driving links
    // (zero slack) through critical predecessors back to the start.
    std::size_t last = n;
    for (std::size_t i = 0; i < n; ++i)
        if (result.timings[i].critical && ef[i] == finish &&
            (last == n || (!hasSucc[i] && hasSucc[last])))
            last = i;
    std::vector<std::string> chain;
    for (std::size_t cur = last; cur != n;) {
        chain.push_back(tasks[cur].id);
        std::size_t next = n;
        for (std::size_t k = 0; k < pred[cur].size() && next == n; ++k)
            if (result.timings[pred[cur][k]].critical && !tasks[pred[cur][k]].done &&
                linkSlack(cur, k) == 0)
                next = pred[cur][k];
        cur = next;
    }
    result.criticalPath.assign(chain.rbegin(), chain.rend());
    return result;
}

std::vector<std::string> drivingChain(const ScheduleNetwork& network, const CriticalPathResult& cpm,
                                      const std::string& id) {
    const auto& tasks = network.tasks;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        index.emplace(tasks[i].id, i);
    auto it = index.find(id);
    if (it == index.end() || cpm.timings.size() != tasks.size())
        return {};
    const auto dur = [&](std::size_t i) {
        return cpm.timings[i].earlyFinish - cpm.timings[i].earlyStart;
    };
    std::vector<std::string> chain;
    std::vector<bool> seen(tasks.size(), false);
    for (std::size_t cur = it->second; !seen[cur];) {
        seen[cur] = true;
        chain.push_back(tasks[cur].id);
        std::size_t next = tasks.size();
        const TaskTiming& ct = cpm.timings[cur];
        for (const Dependency& d : tasks[cur].dependsOn) {
            auto p = index.find(d.predecessorId);
            if (p == index.end() || tasks[p->second].done)
                continue;
            const TaskTiming& pt = cpm.timings[p->second];
            const long lagDays = static_cast<long>(d.lagDays);
            if (earliestBy(d.type, lagDays, pt.earlyStart, pt.earlyFinish, dur(cur)) ==
                ct.earlyStart) {
                // Prefer the longer driver when two links drive equally.
                if (next == tasks.size() || dur(p->second) > dur(next))
                    next = p->second;
            }
        }
        if (next == tasks.size())
            break;
        cur = next;
    }
    return {chain.rbegin(), chain.rend()};
}

} // namespace aifp
