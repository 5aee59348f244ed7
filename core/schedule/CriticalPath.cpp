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

// The critical path method over one network, step by step: read the tasks into a graph, refuse
// cycles, forward pass (early dates), backward pass (late dates), floats, calendar dates, and one
// zero-float chain.
class CpmSolver {
public:
    CpmSolver(const ScheduleNetwork& network, const WorkCalendar& calendar, CivilDay startDay)
        : tasks_(network.tasks), calendar_(calendar), startDay_(startDay), n_(tasks_.size()),
          dur_(n_, 0), lag_(n_), pred_(n_), snet_(n_, 0), g_(n_), es_(n_, 0), ef_(n_, 0),
          lf_(n_, 0) {}

    CriticalPathResult solve() {
        CriticalPathResult result;
        readTasks(indexTasks());
        refuseCycles();
        std::vector<Vertex> reverseTopo;
        boost::topological_sort(g_, std::back_inserter(reverseTopo));
        forwardPass({reverseTopo.rbegin(), reverseTopo.rend()});
        backwardPass(reverseTopo);
        fillTimings(result);
        result.criticalPath = criticalChain(result);
        return result;
    }

private:
    std::unordered_map<std::string, std::size_t> indexTasks() const {
        std::unordered_map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < n_; ++i) {
            if (tasks_[i].id.empty())
                throw ScheduleError("task #" + std::to_string(i + 1) +
                                    (tasks_[i].name.empty() ? "" : " (" + tasks_[i].name + ")") +
                                    ": empty id");
            if (!index.emplace(tasks_[i].id, i).second)
                throw ScheduleError("task id \"" + tasks_[i].id +
                                    "\" is used by more than one task");
        }
        return index;
    }

    // Durations, links (lags, predecessors, graph edges) and start-no-earlier-than offsets.
    void readTasks(const std::unordered_map<std::string, std::size_t>& index) {
        for (std::size_t i = 0; i < n_; ++i) {
            const ScheduleTask& t = tasks_[i];
            dur_[i] = wholeDays(t.durationDays, t, "duration");
            if (dur_[i] < 0)
                throw ScheduleError(label(t) + ": duration " + std::to_string(dur_[i]) +
                                    " days is negative");
            if (t.done)
                dur_[i] = 0; // done before the start: takes no time
            for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
                const Dependency& d = t.dependsOn[k];
                auto it = index.find(d.predecessorId);
                if (it == index.end())
                    throw ScheduleError(label(t) + ": depends on unknown task id \"" +
                                        d.predecessorId + "\"");
                if (it->second == i)
                    throw ScheduleError("dependency cycle: \"" + t.name + "\" -> \"" + t.name +
                                        "\" (task \"" + t.id + "\" depends on itself)");
                lag_[i].push_back(wholeDays(
                    d.lagDays, t, std::string("lag of the link from \"") + d.predecessorId + "\""));
                pred_[i].push_back(it->second);
                boost::add_edge(it->second, i, EdgeInfo{i, k}, g_);
            }
            if (t.startNoEarlierThan) {
                CivilDay day = 0;
                try {
                    day = parseIsoDate(*t.startNoEarlierThan);
                } catch (const ScheduleError& e) {
                    throw ScheduleError(label(t) + ": start-no-earlier-than " + e.what());
                }
                snet_[i] = calendar_.offsetOfDay(startDay_, day);
            }
        }
    }

    // Cycle check first, so the error can name the tasks (topological_sort only says "not a DAG").
    void refuseCycles() {
        std::vector<Vertex> stack;
        try {
            boost::depth_first_search(g_, boost::visitor(CycleVisitor(&stack)));
        } catch (const CycleFound& found) {
            std::string msg = "dependency cycle: ";
            for (std::size_t k = 0; k < found.cycle.size(); ++k) {
                const ScheduleTask& t = tasks_[found.cycle[k]];
                msg += (k ? " -> \"" : "\"") + (t.name.empty() ? t.id : t.name) + "\"";
            }
            throw ScheduleError(msg);
        }
    }

    void forwardPass(const std::vector<Vertex>& topo) {
        for (Vertex v : topo) {
            const ScheduleTask& t = tasks_[v];
            if (t.done) {
                es_[v] = ef_[v] = 0;
                continue;
            }
            long start = std::max(0L, snet_[v]);
            for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
                const std::size_t p = pred_[v][k];
                if (tasks_[p].done)
                    continue;
                start = std::max(
                    start, earliestBy(t.dependsOn[k].type, lag_[v][k], es_[p], ef_[p], dur_[v]));
            }
            es_[v] = start;
            ef_[v] = start + dur_[v];
        }
        for (std::size_t i = 0; i < n_; ++i)
            finish_ = std::max(finish_, ef_[i]);
    }

    // Backward pass: the latest finish each successor link allows its predecessor.
    void backwardPass(const std::vector<Vertex>& reverseTopo) {
        hasSucc_.assign(n_, false);
        for (std::size_t i = 0; i < n_; ++i)
            if (!tasks_[i].done)
                for (std::size_t p : pred_[i])
                    hasSucc_[p] = true;
        std::vector<long> ls(n_, 0);
        for (std::size_t i = 0; i < n_; ++i)
            lf_[i] = finish_;
        for (Vertex v : reverseTopo) {
            ls[v] = lf_[v] - dur_[v];
            const ScheduleTask& t = tasks_[v];
            if (t.done)
                continue;
            for (std::size_t k = 0; k < t.dependsOn.size(); ++k) {
                const std::size_t p = pred_[v][k];
                if (tasks_[p].done)
                    continue;
                const long l = lag_[v][k];
                long latest = finish_;
                switch (t.dependsOn[k].type) {
                case LinkType::FinishToStart:
                    latest = ls[v] - l;
                    break;
                case LinkType::StartToStart:
                    latest = ls[v] - l + dur_[p];
                    break;
                case LinkType::FinishToFinish:
                    latest = lf_[v] - l;
                    break;
                case LinkType::StartToFinish:
                    latest = lf_[v] - l + dur_[p];
                    break;
                }
                lf_[p] = std::min(lf_[p], latest);
            }
        }
    }

    // Slack of one link at the early dates: how far the predecessor could slip along it.
    long linkSlack(std::size_t succ, std::size_t k) const {
        const std::size_t p = pred_[succ][k];
        return es_[succ] - earliestBy(tasks_[succ].dependsOn[k].type, lag_[succ][k], es_[p], ef_[p],
                                      dur_[succ]);
    }

    // Working-day offsets, floats and calendar dates of every task.
    void fillTimings(CriticalPathResult& result) const {
        std::vector<long> freeFloat(n_, std::numeric_limits<long>::max());
        for (std::size_t i = 0; i < n_; ++i)
            for (std::size_t k = 0; k < pred_[i].size(); ++k)
                if (!tasks_[i].done && !tasks_[pred_[i][k]].done)
                    freeFloat[pred_[i][k]] = std::min(freeFloat[pred_[i][k]], linkSlack(i, k));

        // Dates of every working-day offset the schedule uses.
        std::vector<CivilDay> dayAt;
        dayAt.reserve(static_cast<std::size_t>(finish_) + 1);
        for (CivilDay d = calendar_.nextWorkingDay(startDay_);
             static_cast<long>(dayAt.size()) <= finish_; ++d)
            if (calendar_.isWorkingDay(d))
                dayAt.push_back(d);

        result.timings.resize(n_);
        for (std::size_t i = 0; i < n_; ++i) {
            TaskTiming& tm = result.timings[i];
            tm.earlyStart = es_[i];
            tm.earlyFinish = ef_[i];
            tm.lateFinish = lf_[i];
            tm.lateStart = lf_[i] - dur_[i];
            tm.totalFloat = tm.lateStart - tm.earlyStart;
            tm.freeFloat = hasSucc_[i] ? freeFloat[i] : finish_ - ef_[i];
            if (tasks_[i].done) {
                tm.lateStart = tm.lateFinish = 0;
                tm.totalFloat = tm.freeFloat = 0;
            }
            tm.critical = tm.totalFloat == 0 && !tasks_[i].done;
            tm.start = formatIsoDate(dayAt[static_cast<std::size_t>(es_[i])]);
            tm.finish =
                dur_[i] > 0 ? formatIsoDate(dayAt[static_cast<std::size_t>(ef_[i] - 1)]) : tm.start;
        }
        result.projectFinish = finish_;
        for (const auto& tm : result.timings)
            result.finishDate = std::max(result.finishDate, tm.finish); // ISO dates sort as text
    }

    // One zero-float chain: from the critical task that ends the programme, follow driving links
    // (zero slack) through critical predecessors back to the start.
    std::vector<std::string> criticalChain(const CriticalPathResult& result) const {
        std::size_t last = n_;
        for (std::size_t i = 0; i < n_; ++i)
            if (result.timings[i].critical && ef_[i] == finish_ &&
                (last == n_ || (!hasSucc_[i] && hasSucc_[last])))
                last = i;
        std::vector<std::string> chain;
        for (std::size_t cur = last; cur != n_;) {
            chain.push_back(tasks_[cur].id);
            std::size_t next = n_;
            for (std::size_t k = 0; k < pred_[cur].size() && next == n_; ++k)
                if (result.timings[pred_[cur][k]].critical && !tasks_[pred_[cur][k]].done &&
                    linkSlack(cur, k) == 0)
                    next = pred_[cur][k];
            cur = next;
        }
        return {chain.rbegin(), chain.rend()};
    }

    const std::vector<ScheduleTask>& tasks_;
    const WorkCalendar& calendar_;
    const CivilDay startDay_;
    const std::size_t n_;
    std::vector<long> dur_;
    std::vector<std::vector<long>> lag_;
    std::vector<std::vector<std::size_t>> pred_;
    std::vector<long> snet_;
    Graph g_;
    std::vector<long> es_, ef_, lf_;
    long finish_ = 0;
    std::vector<bool> hasSucc_;
};

} // namespace

CriticalPathResult computeCriticalPath(const ScheduleNetwork& network, const WorkCalendar& calendar,
                                       const std::string& startIso) {
    const CivilDay startDay = parseIsoDate(startIso);
    if (network.tasks.empty())
        return {};
    return CpmSolver(network, calendar, startDay).solve();
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
