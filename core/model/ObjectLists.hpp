#pragma once
#include "core/model/Design.hpp"
#include <type_traits>
#include <utility>

namespace aifp {

// The design's lists of identified objects, as one visitor: the id index (DesignIndex), the edit
// patches (DesignPatch) and anything else that walks every object read the same table, in the
// order halls, rows, racks, power nodes, power links, cooling nodes, pipes, switches, network
// links (the order in which a later kind hides an earlier one with the same id).

// The kind an object type is.
template <class T> constexpr ObjectKind objectKindOf() {
    if constexpr (std::is_same_v<T, Hall>)
        return ObjectKind::Hall;
    else if constexpr (std::is_same_v<T, Row>)
        return ObjectKind::Row;
    else if constexpr (std::is_same_v<T, Rack>)
        return ObjectKind::Rack;
    else if constexpr (std::is_same_v<T, PowerNode>)
        return ObjectKind::PowerNode;
    else if constexpr (std::is_same_v<T, PowerLink>)
        return ObjectKind::PowerLink;
    else if constexpr (std::is_same_v<T, CoolingNode>)
        return ObjectKind::CoolingNode;
    else if constexpr (std::is_same_v<T, Pipe>)
        return ObjectKind::Pipe;
    else if constexpr (std::is_same_v<T, NetworkSwitch>)
        return ObjectKind::NetworkSwitch;
    else {
        static_assert(std::is_same_v<T, NetworkLink>, "not an object type of a design");
        return ObjectKind::NetworkLink;
    }
}

// The design's list of objects of type T (D: Design or const Design).
template <class T, class D> auto& objectListOf(D& design) {
    if constexpr (std::is_same_v<T, Hall>)
        return design.halls;
    else if constexpr (std::is_same_v<T, Row>)
        return design.rows;
    else if constexpr (std::is_same_v<T, Rack>)
        return design.racks;
    else if constexpr (std::is_same_v<T, PowerNode>)
        return design.powerNodes;
    else if constexpr (std::is_same_v<T, PowerLink>)
        return design.powerLinks;
    else if constexpr (std::is_same_v<T, CoolingNode>)
        return design.coolingNodes;
    else if constexpr (std::is_same_v<T, Pipe>)
        return design.pipes;
    else if constexpr (std::is_same_v<T, NetworkSwitch>)
        return design.switches;
    else
        return design.networkLinks;
}

// Calls f(list, kind) for each of the design's object lists, in the order above.
template <class D, class F> void forEachObjectList(D& design, F&& f) {
    f(design.halls, ObjectKind::Hall);
    f(design.rows, ObjectKind::Row);
    f(design.racks, ObjectKind::Rack);
    f(design.powerNodes, ObjectKind::PowerNode);
    f(design.powerLinks, ObjectKind::PowerLink);
    f(design.coolingNodes, ObjectKind::CoolingNode);
    f(design.pipes, ObjectKind::Pipe);
    f(design.switches, ObjectKind::NetworkSwitch);
    f(design.networkLinks, ObjectKind::NetworkLink);
}

} // namespace aifp
