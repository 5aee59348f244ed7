#include "core/validation/ObjectTable.hpp"
#include <algorithm>

namespace aifp {

ObjectTable::ObjectTable(const Design& design) : design_(design) {
    const std::size_t count = design.halls.size() + design.rows.size() + design.racks.size() +
                              design.powerNodes.size() + design.powerLinks.size() +
                              design.coolingNodes.size() + design.pipes.size() +
                              design.switches.size() + design.networkLinks.size();
    ObjectId maxId = 0;
    auto scan = [&maxId](const auto& items) {
        for (const auto& x : items)
            maxId = std::max(maxId, x.id);
    };
    scan(design.halls);
    scan(design.rows);
    scan(design.racks);
    scan(design.powerNodes);
    scan(design.powerLinks);
    scan(design.coolingNodes);
    scan(design.pipes);
    scan(design.switches);
    scan(design.networkLinks);
    // Implementation choice: an array while it costs at most 16 bytes per object (+ 16 KiB).
    dense_ = maxId <= 4 * static_cast<ObjectId>(count) + 4096;
    if (dense_)
        denseSlots_.assign(static_cast<std::size_t>(maxId) + 1, 0);
    else
        sparseSlots_.reserve(count);
    auto add = [this](const auto& items, ObjectKind kind) {
        for (std::size_t i = 0; i < items.size(); ++i)
            set(items[i].id, kind, i);
    };
    // The order of DesignIndex: a later kind hides an earlier one with the same id.
    add(design.halls, ObjectKind::Hall);
    add(design.rows, ObjectKind::Row);
    add(design.racks, ObjectKind::Rack);
    add(design.powerNodes, ObjectKind::PowerNode);
    add(design.powerLinks, ObjectKind::PowerLink);
    add(design.coolingNodes, ObjectKind::CoolingNode);
    add(design.pipes, ObjectKind::Pipe);
    add(design.switches, ObjectKind::NetworkSwitch);
    add(design.networkLinks, ObjectKind::NetworkLink);
}

void ObjectTable::set(ObjectId id, ObjectKind kind, std::size_t index) {
    std::uint32_t& s = dense_ ? denseSlots_[static_cast<std::size_t>(id)] : sparseSlots_[id];
    if (s != 0 && unpack(s).kind != kind) {
        // Keep the last object of the earlier kind for indexOf; kinds are added one after the
        // other, so it is final.
        std::vector<std::uint32_t>& hidden = shadowed_[id];
        const ObjectKind was = unpack(s).kind;
        auto same = std::find_if(hidden.begin(), hidden.end(),
                                 [was](std::uint32_t h) { return unpack(h).kind == was; });
        if (same != hidden.end())
            *same = s;
        else
            hidden.push_back(s);
    }
    s = pack(kind, index);
}

std::uint32_t ObjectTable::slot(ObjectId id) const {
    if (dense_)
        return id < denseSlots_.size() ? denseSlots_[static_cast<std::size_t>(id)] : 0;
    auto it = sparseSlots_.find(id);
    return it == sparseSlots_.end() ? 0 : it->second;
}

DesignIndex::Entry ObjectTable::find(ObjectId id) const {
    return unpack(slot(id));
}

std::int64_t ObjectTable::indexOf(ObjectId id, ObjectKind kind) const {
    const DesignIndex::Entry e = unpack(slot(id));
    if (e.kind == kind)
        return static_cast<std::int64_t>(e.index);
    if (e.kind == ObjectKind::None || shadowed_.empty())
        return -1;
    auto it = shadowed_.find(id);
    if (it == shadowed_.end())
        return -1;
    for (std::uint32_t h : it->second)
        if (unpack(h).kind == kind)
            return static_cast<std::int64_t>(unpack(h).index);
    return -1;
}

DesignIndex::Entry ObjectTable::findAs(ObjectId id, ObjectKind first, ObjectKind second) const {
    if (shadowed_.empty()) {
        const DesignIndex::Entry e = unpack(slot(id));
        return e.kind == first || e.kind == second ? e : DesignIndex::Entry{};
    }
    for (ObjectKind k : {first, second})
        if (const std::int64_t i = indexOf(id, k); i >= 0)
            return {k, static_cast<std::size_t>(i)};
    return {};
}

namespace {
template <class T>
const T* lookup(const std::vector<T>& items, DesignIndex::Entry e, ObjectKind want) {
    return e.kind == want ? &items[e.index] : nullptr;
}
} // namespace

const Hall* ObjectTable::hall(ObjectId id) const {
    return lookup(design_.halls, find(id), ObjectKind::Hall);
}
const Rack* ObjectTable::rack(ObjectId id) const {
    return lookup(design_.racks, find(id), ObjectKind::Rack);
}
const PowerNode* ObjectTable::powerNode(ObjectId id) const {
    return lookup(design_.powerNodes, find(id), ObjectKind::PowerNode);
}
const CoolingNode* ObjectTable::coolingNode(ObjectId id) const {
    return lookup(design_.coolingNodes, find(id), ObjectKind::CoolingNode);
}
const NetworkSwitch* ObjectTable::networkSwitch(ObjectId id) const {
    return lookup(design_.switches, find(id), ObjectKind::NetworkSwitch);
}

} // namespace aifp
