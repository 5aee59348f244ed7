#include "ui/app/SelectionQueries.hpp"
#include "core/model/DesignPatch.hpp"
#include <set>
#include <string>
#include <tuple>

namespace aifp::ui {

namespace {

// What "the same type" means for one object: its kind and a type key.
using TypeKey = std::tuple<ObjectKind, std::string>;

TypeKey typeKey(const ObjectSnapshot& s) {
    return std::visit(
        [](const auto& o) -> TypeKey {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, Rack>)
                return {ObjectKind::Rack, o.catalogId};
            else if constexpr (std::is_same_v<T, PowerNode>)
                return {ObjectKind::PowerNode, std::string(toString(o.kind)) + "/" + o.catalogId};
            else if constexpr (std::is_same_v<T, CoolingNode>)
                return {ObjectKind::CoolingNode, std::string(toString(o.kind)) + "/" + o.catalogId};
            else if constexpr (std::is_same_v<T, PowerLink>)
                return {ObjectKind::PowerLink, toString(o.kind)};
            else if constexpr (std::is_same_v<T, Pipe>)
                return {ObjectKind::Pipe, toString(o.loop)};
            else if constexpr (std::is_same_v<T, NetworkSwitch>)
                return {ObjectKind::NetworkSwitch, std::to_string(o.tier) + "/" + o.catalogId};
            else if constexpr (std::is_same_v<T, NetworkLink>)
                return {ObjectKind::NetworkLink, {}};
            else if constexpr (std::is_same_v<T, Hall>)
                return {ObjectKind::Hall, {}};
            else
                return {ObjectKind::Row, {}};
        },
        s);
}

template <class F> void forEachObject(const Design& d, F&& f) {
    for (const auto& o : d.halls)
        f(ObjectSnapshot(o));
    for (const auto& o : d.rows)
        f(ObjectSnapshot(o));
    for (const auto& o : d.racks)
        f(ObjectSnapshot(o));
    for (const auto& o : d.powerNodes)
        f(ObjectSnapshot(o));
    for (const auto& o : d.powerLinks)
        f(ObjectSnapshot(o));
    for (const auto& o : d.coolingNodes)
        f(ObjectSnapshot(o));
    for (const auto& o : d.pipes)
        f(ObjectSnapshot(o));
    for (const auto& o : d.switches)
        f(ObjectSnapshot(o));
    for (const auto& o : d.networkLinks)
        f(ObjectSnapshot(o));
}

} // namespace

std::vector<ObjectId> similarObjects(const Design& d, const std::vector<ObjectId>& ids) {
    std::set<TypeKey> keys;
    std::set<ObjectKind> kinds;
    for (ObjectId id : ids)
        if (auto s = snapshotOf(d, id)) {
            keys.insert(typeKey(*s));
            kinds.insert(std::get<0>(typeKey(*s)));
        }
    std::vector<ObjectId> out;
    if (keys.empty())
        return out;
    forEachObject(d, [&](const ObjectSnapshot& s) {
        if (kinds.count(kindOf(s)) && keys.count(typeKey(s)))
            out.push_back(idOf(s));
    });
    return out;
}

std::vector<ObjectId> findObjects(const Design& d, const QString& text) {
    std::vector<ObjectId> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    bool isNumber = false;
    const qulonglong id = needle.startsWith('#') ? needle.mid(1).toULongLong(&isNumber)
                                                 : needle.toULongLong(&isNumber);
    if (isNumber) {
        if (snapshotOf(d, static_cast<ObjectId>(id)))
            out.push_back(static_cast<ObjectId>(id));
        if (!out.empty() || needle.startsWith('#'))
            return out;
    }
    forEachObject(d, [&](const ObjectSnapshot& s) {
        std::visit(
            [&](const auto& o) {
                if constexpr (requires { o.name; })
                    if (!o.name.empty() &&
                        QString::fromStdString(o.name).contains(needle, Qt::CaseInsensitive))
                        out.push_back(o.id);
            },
            s);
    });
    return out;
}

} // namespace aifp::ui
