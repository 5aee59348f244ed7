#include "core/model/DesignPatch.hpp"
#include "core/model/ObjectLists.hpp"
#include <algorithm>
#include <array>
#include <type_traits>

namespace aifp {

namespace {

// Objects set() finds by scanning the design before it indexes the design's ids (assumption:
// scanning a few objects costs less than indexing a 1 GW design's 650,000).
constexpr std::size_t kScansBeforeIndex = 16;

// Where objects of one list are now: at the position a patch expects (checked by id), else
// through a map of that list's ids, built on the first miss.
template <class T> class ListPositions {
public:
    explicit ListPositions(const std::vector<T>& list) : list_(list) {}
    std::optional<std::size_t> find(ObjectId id, std::size_t expected) {
        if (expected < list_.size() && list_[expected].id == id)
            return expected;
        if (!mapped_) {
            mapped_ = true;
            at_.reserve(list_.size());
            for (std::size_t i = 0; i < list_.size(); ++i)
                at_.emplace(list_[i].id, i); // the first object with an id, as a scan finds it
        }
        const auto it = at_.find(id);
        return it == at_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }

private:
    const std::vector<T>& list_;
    bool mapped_ = false;
    std::unordered_map<ObjectId, std::size_t> at_;
};

// Erases the objects at these positions (ascending, unique), moving the list's tail once.
template <class T> void eraseAt(std::vector<T>& list, const std::vector<std::size_t>& gone) {
    if (gone.empty())
        return;
    std::size_t write = gone.front(), next = 0;
    for (std::size_t read = gone.front(); read < list.size(); ++read) {
        if (next < gone.size() && gone[next] == read) {
            ++next;
            continue;
        }
        if (write != read)
            list[write] = std::move(list[read]);
        ++write;
    }
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(write), list.end());
}

// Inserts objects at positions, as inserting them one by one in ascending order of position
// would (a position past the end appends), moving the list's tail once.
template <class T>
void insertAt(std::vector<T>& list, std::vector<std::pair<std::size_t, const T*>> items) {
    if (items.empty())
        return;
    std::stable_sort(items.begin(), items.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::size_t n = list.size(), m = items.size();
    // Final positions: strictly ascending, none past the end of the list at its insertion.
    std::vector<std::size_t> at(m);
    for (std::size_t i = 0; i < m; ++i) {
        at[i] = std::min(items[i].first, n + i);
        if (i > 0)
            at[i] = std::max(at[i], at[i - 1] + 1);
    }
    list.resize(n + m);
    std::size_t read = n, write = n + m;
    for (std::size_t i = m; i-- > 0;) {
        while (write > at[i] + 1)
            list[--write] = std::move(list[--read]);
        list[--write] = *items[i].second;
    }
}

// The entries of one object type applied to its list: replacements in place, then removals,
// then restorations at their original positions and additions at the end.
template <class T>
void applyToList(std::vector<T>& list, const std::vector<const DesignPatch::Entry*>& entries,
                 bool forward) {
    if (entries.empty())
        return;
    // (An entry whose states are of two types counts as a removal from the first's list.)
    auto stateOf = [](const std::optional<ObjectSnapshot>& s) -> const T* {
        return s ? std::get_if<T>(&*s) : nullptr;
    };
    // Where each entry's object is now. Forward the list is as before the edit: indexBefore.
    // Backward it is as after: indexBefore less the removals before it, and the additions at
    // the end in the order of the entries.
    std::vector<std::size_t> removedBefore; // the edit's removals, by position before it
    std::size_t added = 0;
    for (const DesignPatch::Entry* e : entries) {
        if (e->before && !e->after)
            removedBefore.push_back(e->indexBefore);
        else if (!e->before && e->after)
            ++added;
    }
    std::sort(removedBefore.begin(), removedBefore.end());
    const std::size_t firstAdded = list.size() >= added ? list.size() - added : 0;
    std::size_t addedRank = 0;
    ListPositions<T> positions(list);
    std::vector<std::size_t> gone;
    std::vector<std::pair<std::size_t, const T*>> inserted;
    std::vector<const T*> appended;
    for (const DesignPatch::Entry* e : entries) {
        const T* from = stateOf(forward ? e->before : e->after);
        const T* to = stateOf(forward ? e->after : e->before);
        std::size_t expected = e->indexBefore;
        if (!forward && e->before)
            expected -= static_cast<std::size_t>(
                std::lower_bound(removedBefore.begin(), removedBefore.end(), e->indexBefore) -
                removedBefore.begin());
        else if (!forward)
            expected = firstAdded + addedRank++;
        const std::optional<std::size_t> at = from ? positions.find(e->id, expected) : std::nullopt;
        if (at && to)
            list[*at] = *to;
        else if (at)
            gone.push_back(*at);
        else if (to && !forward && e->before && !e->after)
            inserted.emplace_back(e->indexBefore, to); // a removal undone: back where it was
        else if (to)
            appended.push_back(to);
    }
    std::sort(gone.begin(), gone.end());
    gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
    eraseAt(list, gone);
    insertAt(list, std::move(inserted));
    for (const T* o : appended)
        list.push_back(*o);
}

} // namespace

ObjectId idOf(const ObjectSnapshot& s) {
    return std::visit([](const auto& o) { return o.id; }, s);
}

ObjectKind kindOf(const ObjectSnapshot& s) {
    return std::visit([](const auto& o) { return objectKindOf<std::decay_t<decltype(o)>>(); }, s);
}

namespace {
// The first object with the id in the order of the design's lists, and its position.
std::optional<std::pair<ObjectSnapshot, std::size_t>> scanFor(const Design& design, ObjectId id) {
    std::optional<std::pair<ObjectSnapshot, std::size_t>> out;
    if (id == kNoId)
        return out;
    forEachObjectList(design, [&](const auto& list, ObjectKind) {
        for (std::size_t i = 0; i < list.size() && !out; ++i)
            if (list[i].id == id)
                out.emplace(list[i], i);
    });
    return out;
}

std::vector<std::size_t> signatureOf(const Design& design) {
    std::vector<std::size_t> s;
    forEachObjectList(design, [&](const auto& list, ObjectKind) { s.push_back(list.size()); });
    s.push_back(static_cast<std::size_t>(design.nextId));
    return s;
}

// The object at position i of the list of that kind, when it has the id.
std::optional<ObjectSnapshot> objectAt(const Design& design, ObjectKind kind, std::size_t i,
                                       ObjectId id) {
    std::optional<ObjectSnapshot> out;
    forEachObjectList(design, [&](const auto& list, ObjectKind k) {
        if (k == kind && i < list.size() && list[i].id == id)
            out.emplace(list[i]);
    });
    return out;
}
} // namespace

std::optional<ObjectSnapshot> snapshotOf(const Design& design, ObjectId id) {
    auto found = scanFor(design, id);
    return found ? std::optional<ObjectSnapshot>(std::move(found->first)) : std::nullopt;
}

DesignPatch::Entry* DesignPatch::findEntry(ObjectId id) {
    Lookup& l = lookup_;
    if (l.entriesMapped > entries.size()) { // cannot happen through set(); start again
        l.entryAt.clear();
        l.entriesMapped = 0;
    }
    for (; l.entriesMapped < entries.size(); ++l.entriesMapped)
        l.entryAt[entries[l.entriesMapped].id] = l.entriesMapped;
    const auto it = l.entryAt.find(id);
    if (it == l.entryAt.end() || entries[it->second].id != id)
        return nullptr;
    return &entries[it->second];
}

std::optional<std::pair<ObjectSnapshot, std::size_t>> DesignPatch::locate(const Design& design,
                                                                          ObjectId id) {
    Lookup& l = lookup_;
    if (id == kNoId)
        return std::nullopt;
    if (l.scans < kScansBeforeIndex) {
        ++l.scans;
        return scanFor(design, id);
    }
    // The index is kept while the design has the same lists and next id (a patch is made
    // against one design); a found object is checked by id, so a stale index cannot mislead.
    std::vector<std::size_t> signature = signatureOf(design);
    if (!l.index || signature != l.signature) {
        l.index = std::make_unique<DesignIndex>(design);
        l.signature = std::move(signature);
    }
    const DesignIndex::Entry at = l.index->find(id);
    if (at.kind == ObjectKind::None)
        return std::nullopt;
    if (auto o = objectAt(design, at.kind, at.index, id))
        return std::make_pair(std::move(*o), at.index);
    l.index = std::make_unique<DesignIndex>(design); // the design changed under the same sizes
    const DesignIndex::Entry again = l.index->find(id);
    if (auto o = objectAt(design, again.kind, again.index, id))
        return std::make_pair(std::move(*o), again.index);
    return std::nullopt;
}

void DesignPatch::set(const Design& design, ObjectId id, std::optional<ObjectSnapshot> newState) {
    if (Entry* e = findEntry(id)) {
        e->after = std::move(newState);
        return;
    }
    Entry e;
    e.id = id;
    if (auto found = locate(design, id)) {
        e.before = std::move(found->first);
        e.indexBefore = found->second;
    }
    e.after = std::move(newState);
    entries.push_back(std::move(e));
}

void DesignPatch::add(ObjectSnapshot s) {
    const ObjectId id = idOf(s);
    if (Entry* e = findEntry(id)) {
        e->after = std::move(s);
        return;
    }
    Entry e;
    e.id = id;
    e.after = std::move(s);
    entries.push_back(std::move(e));
}

namespace {

// A whole-member change of the patch (site, settings, ...): the state after the edit forward,
// before it backward; nothing when the patch does not record both.
template <class T>
void setMember(T& member, const std::optional<T>& before, const std::optional<T>& after,
               bool forward) {
    if (after && before)
        member = forward ? *after : *before;
}

} // namespace

void DesignPatch::apply(Design& design, bool forward) const {
    // Per list of the design: replacements in place, removals, then removed objects restored
    // at their original positions and additions at the end, so an undone design equals the one
    // before the edit.
    std::array<std::vector<const Entry*>, 10> byKind; // by ObjectKind
    for (const Entry& e : entries)
        if (e.before || e.after)
            byKind[static_cast<std::size_t>(kindOf(e.before ? *e.before : *e.after))].push_back(&e);
    forEachObjectList(design, [&](auto& list, ObjectKind kind) {
        applyToList(list, byKind[static_cast<std::size_t>(kind)], forward);
    });
    if (nextIdAfter != 0)
        design.nextId = forward ? nextIdAfter : nextIdBefore;
    setMember(design.site, siteBefore, siteAfter, forward);
    setMember(design.settings, settingsBefore, settingsAfter, forward);
    setMember(design.assumptionOverrides, overridesBefore, overridesAfter, forward);
    setMember(design.ownedEquipment, ownedBefore, ownedAfter, forward);
    setMember(design.document, documentBefore, documentAfter, forward);
    setMember(design.userModels, userModelsBefore, userModelsAfter, forward);
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
    // Owned equipment, document control and project models are project data like the settings.
    c.settingsChanged = settingsAfter.has_value() || ownedAfter.has_value() ||
                        documentAfter.has_value() || userModelsAfter.has_value();
    c.catalogChanged = overridesAfter.has_value(); // assumption overrides count as catalog data
    return c;
}

} // namespace aifp
