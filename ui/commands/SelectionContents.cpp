#include "ui/commands/SelectionContents.hpp"

namespace aifp::ui {

std::set<ObjectId> withHallContents(const Design& d, const std::vector<ObjectId>& ids) {
    std::set<ObjectId> out(ids.begin(), ids.end());
    for (const Hall& h : d.halls)
        if (out.count(h.id)) {
            for (const Row& r : d.rows)
                if (r.hallId == h.id)
                    out.insert(r.id);
            for (const Rack& r : d.racks)
                if (r.hallId == h.id)
                    out.insert(r.id);
            for (const PowerNode& n : d.powerNodes)
                if (n.hallId == h.id)
                    out.insert(n.id);
            for (const CoolingNode& n : d.coolingNodes)
                if (n.hallId == h.id)
                    out.insert(n.id);
            for (const NetworkSwitch& s : d.switches)
                if (s.hallId == h.id)
                    out.insert(s.id);
        }
    return out;
}

std::set<ObjectId> withContents(const Design& d, const std::vector<ObjectId>& ids) {
    std::set<ObjectId> out = withHallContents(d, ids);
    for (const Rack& r : d.racks)
        if (r.rowId != kNoId && out.count(r.rowId))
            out.insert(r.id);
    return out;
}

} // namespace aifp::ui
