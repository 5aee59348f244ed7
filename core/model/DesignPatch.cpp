#include "core/model/DesignPatch.hpp"
#include <algorithm>
#include <type_traits>

namespace aifp {

namespace {

template <class T, class D> auto& vectorOf(D& d) {
    if constexpr (std::is_same_v<T, Hall>)
        return d.halls;
    else if constexpr (std::is_same_v<T, Row>)
        return d.rows;
    else if constexpr (std::is_same_v<T, Rack>)
        return d.racks;
    else if constexpr (std::is_same_v<T, PowerNode>)
        return d.powerNodes;
    else if constexpr (std::is_same_v<T, PowerLink>)
        return d.powerLinks;
    else if constexpr (std::is_same_v<T, CoolingNode>)
        return d.coolingNodes;
    else if constexpr (std::is_same_v<T, Pipe>)
        return d.pipes;
    else if constexpr (std::is_same_v<T, NetworkSwitch>)
        return d.switches;
    else
        return d.networkLinks;
}

template <class T> ObjectKind kindFor();
template <> ObjectKind kindFor<Hall>() {
    return ObjectKind::Hall;
}
template <> ObjectKind kindFor<Row>() {
    return ObjectKind::Row;
}
template <> ObjectKind kindFor<Rack>() {
    return ObjectKind::Rack;
}
template <> ObjectKind kindFor<PowerNode>() {
    return ObjectKind::PowerNode;
}
template <> ObjectKind kindFor<PowerLink>() {
    return ObjectKind::PowerLink;
}
template <> ObjectKind kindFor<CoolingNode>() {
    return ObjectKind::CoolingNode;
}
template <> ObjectKind kindFor<Pipe>() {
    return ObjectKind::Pipe;
}
template <> ObjectKind kindFor<NetworkSwitch>() {
    return ObjectKind::NetworkSwitch;
}
template <> ObjectKind kindFor<NetworkLink>() {
    return ObjectKind::NetworkLink;
}

template <class T> std::optional<std::size_t> indexIn(const std::vector<T>& v, ObjectId id) {
    for (std::size_t i = 0; i < v.size(); ++i)
        if (v[i].id == id)
            return i;
    return std::nullopt;
}

// Where the object lives now: its vector position, found by scanning every vector.
std::optional<std::size_t> currentIndex(const Design& d, const ObjectSnapshot& s) {
    return std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            return indexIn(vectorOf<T>(d), o.id);
        },
        s);
}

void eraseObject(Design& d, const ObjectSnapshot& s) {
    std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            auto& v = vectorOf<T>(d);
            if (auto i = indexIn(v, o.id))
                v.erase(v.begin() + static_cast<std::ptrdiff_t>(*i));
        },
        s);
}

void putObject(Design& d, const ObjectSnapshot& s, std::optional<std::size_t> at) {
    std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            auto& v = vectorOf<T>(d);
            if (auto i = indexIn(v, o.id)) {
                v[*i] = o;
            } else if (at && *at <= v.size()) {
                v.insert(v.begin() + static_cast<std::ptrdiff_t>(*at), o);
            } else {
                v.push_back(o);
            }
        },
        s);
}

} // namespace

ObjectId idOf(const ObjectSnapshot& s) {
    return std::visit([](const auto& o) { return o.id; }, s);
}

ObjectKind kindOf(const ObjectSnapshot& s) {
    return std::visit([](const auto& o) { return kindFor<std::decay_t<decltype(o)>>(); }, s);
}

std::optional<ObjectSnapshot> snapshotOf(const Design& design, ObjectId id) {
    if (id == kNoId)
        return std::nullopt;
    std::optional<ObjectSnapshot> out;
    auto scan = [&](const auto& v) {
        if (out)
            return;
        for (const auto& o : v)
            if (o.id == id) {
                out = o;
                return;
            }
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
    return out;
}

void DesignPatch::set(const Design& design, ObjectId id, std::optional<ObjectSnapshot> newState) {
    for (auto& e : entries)
        if (e.id == id) {
            e.after = std::move(newState);
            return;
        }
    Entry e;
    e.id = id;
    e.before = snapshotOf(design, id);
    if (e.before) {
        e.indexBefore = currentIndex(design, *e.before).value_or(0);
    }
    e.after = std::move(newState);
    entries.push_back(std::move(e));
}

void DesignPatch::apply(Design& design, bool forward) const {
    // Removals first, from the highest original position down, so each index stays valid; then
    // insertions and replacements in ascending original position, so restored objects land where
    // they were.
    std::vector<const Entry*> removals, puts;
    for (const auto& e : entries) {
        const auto& target = forward ? e.after : e.before;
        (target ? puts : removals).push_back(&e);
    }
    for (const Entry* e : removals) {
        const auto& from = forward ? e->before : e->after;
        if (from)
            eraseObject(design, *from);
    }
    std::stable_sort(puts.begin(), puts.end(), [](const Entry* a, const Entry* b) {
        return a->indexBefore < b->indexBefore;
    });
    for (const Entry* e : puts) {
        const auto& target = forward ? e->after : e->before;
        // Restoring a removed object (undo of a removal): back to its original index.
        const bool restoring = !forward && e->before && !e->after;
        putObject(design, *target,
                  restoring ? std::optional<std::size_t>(e->indexBefore) : std::nullopt);
    }
    if (nextIdAfter != 0)
        design.nextId = forward ? nextIdAfter : nextIdBefore;
    if (siteAfter && siteBefore)
        design.site = forward ? *siteAfter : *siteBefore;
    if (settingsAfter && settingsBefore)
        design.settings = forward ? *settingsAfter : *settingsBefore;
    if (overridesAfter && overridesBefore)
        design.assumptionOverrides = forward ? *overridesAfter : *overridesBefore;
    if (ownedAfter && ownedBefore)
        design.ownedEquipment = forward ? *ownedAfter : *ownedBefore;
    if (documentAfter && documentBefore)
        design.document = forward ? *documentAfter : *documentBefore;
}

DesignChange DesignPatch::change(bool forward) const {
    DesignChange c;
    bool anyAdd = false, anyRemove = false, anyModify = false;
    for (const auto& e : entries) {
        const auto& from = forward ? e.before : e.after;
        const auto& to = forward ? e.after : e.before;
        if (!from && to)
            anyAdd = true;
        else if (from && !to)
            anyRemove = true;
        else
            anyModify = true;
        c.ids.push_back(e.id);
        c.objectKinds.insert(kindOf(to ? *to : *from));
    }
    if (anyAdd && !anyRemove && !anyModify)
        c.kind = DesignChange::Kind::Added;
    else if (anyRemove && !anyAdd && !anyModify)
        c.kind = DesignChange::Kind::Removed;
    else
        c.kind = DesignChange::Kind::Modified;
    c.siteChanged = siteAfter.has_value();
    // Owned equipment and document control are project data like the settings.
    c.settingsChanged =
        settingsAfter.has_value() || ownedAfter.has_value() || documentAfter.has_value();
    c.catalogChanged = overridesAfter.has_value(); // assumption overrides count as catalog data
    return c;
}

} // namespace aifp
