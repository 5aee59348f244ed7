#pragma once
#include <optional>
#include <string>
#include <vector>

namespace aifp {

// Precedence link types (PMBOK / MS Project): the successor's start or finish is tied to the
// predecessor's start or finish, shifted by a lag in working days (negative = lead).
enum class LinkType { FinishToStart, StartToStart, FinishToFinish, StartToFinish };

const char* toString(LinkType t); // "FS", "SS", "FF", "SF"
bool fromString(const std::string& s, LinkType& out);

struct Dependency {
    std::string predecessorId;
    LinkType type = LinkType::FinishToStart;
    double lagDays = 0.0; // whole working days; may be negative
};

// One activity of a build programme. Durations are whole working days (0 = milestone).
struct ScheduleTask {
    std::string id;
    std::string name;
    std::string kind; // task kind, e.g. "lead.transformer", "install.racks" (reports, ramp)
    double durationDays = 0.0;
    std::vector<Dependency> dependsOn;
    std::optional<std::string> startNoEarlierThan; // ISO date constraint
    int hallIndex = -1; // 0-based hall the task belongs to; -1: site-wide
    std::string basis;  // how the duration was obtained (quantity, rate, source)
    // Already done before the programme start (site readiness, equipment owned and on site).
    // The task keeps its duration for the record (what it would have taken) but takes no time:
    // the critical path method places it at offset 0 with zero duration, ignores its links in
    // both directions and never marks it critical. Views show it as done.
    bool done = false;
    std::string doneReason; // why it is done ("site readiness: powered-shell", "owned: on site")
};

struct ScheduleNetwork {
    std::vector<ScheduleTask> tasks;
    const ScheduleTask* find(const std::string& id) const {
        for (const auto& t : tasks)
            if (t.id == id)
                return &t;
        return nullptr;
    }
};

} // namespace aifp
