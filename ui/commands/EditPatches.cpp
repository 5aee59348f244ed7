#include "ui/commands/EditPatches.hpp"
#include "ui/commands/SelectionContents.hpp"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace aifp::ui {

namespace {

bool contains(const std::set<ObjectId>& s, ObjectId id) {
    return s.count(id) != 0;
}

void shiftRouteEnd(std::vector<PointM>& route, bool atStart, double dxM, double dyM) {
    if (route.empty())
        return;
    PointM& p = atStart ? route.front() : route.back();
    p.xM += dxM;
    p.yM += dyM;
}

} // namespace

DesignPatch removeObjectsPatch(const Design& d, const std::vector<ObjectId>& ids) {
    std::set<ObjectId> gone = withContents(d, ids);
    // Connections to anything removed.
    for (const auto& l : d.powerLinks)
        if (contains(gone, l.fromId) || contains(gone, l.toId))
            gone.insert(l.id);
    for (const auto& p : d.pipes)
        if (contains(gone, p.fromId) || contains(gone, p.toId))
            gone.insert(p.id);
    for (const auto& l : d.networkLinks)
        if (contains(gone, l.fromId) || contains(gone, l.toId))
            gone.insert(l.id);
    DesignPatch patch;
    for (ObjectId id : gone)
        if (snapshotOf(d, id))
            patch.set(d, id, std::nullopt);
    return patch;
}

DesignPatch moveObjectsPatch(const Design& d, const std::vector<ObjectId>& ids, double dxM,
                             double dyM) {
    if (!std::isfinite(dxM) || !std::isfinite(dyM))
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "move distance is not a number")
                .toStdString());
    const std::set<ObjectId> moved = withHallContents(d, ids);
    DesignPatch patch;
    const auto shift = [dxM, dyM](auto& point) {
        point.xM += dxM;
        point.yM += dyM;
    };
    // Each moved object of a list, shifted by its own rule, into the patch.
    const auto moveEach = [&](const auto& objects, const auto& shiftObject) {
        for (auto o : objects)
            if (contains(moved, o.id)) {
                shiftObject(o);
                patch.set(d, o.id, o);
            }
    };
    moveEach(d.halls, [&](auto& h) {
        h.originXM += dxM;
        h.originYM += dyM;
    });
    moveEach(d.racks, [&](auto& r) { shift(r.centerM); });
    moveEach(d.powerNodes, [&](auto& n) {
        shift(n.positionM);
        for (auto& p : n.routeM)
            shift(p);
    });
    moveEach(d.coolingNodes, [&](auto& n) { shift(n.positionM); });
    moveEach(d.switches, [&](auto& s) { shift(s.positionM); });
    for (auto l : d.powerLinks) {
        const bool a = contains(moved, l.fromId), b = contains(moved, l.toId);
        if (!(a || b) || l.routeM.empty())
            continue;
        shiftRouteEnd(l.routeM, true, a ? dxM : 0.0, a ? dyM : 0.0);
        shiftRouteEnd(l.routeM, false, b ? dxM : 0.0, b ? dyM : 0.0);
        l.lengthM = polylineLengthM(l.routeM);
        patch.set(d, l.id, l);
    }
    for (auto p : d.pipes) {
        const bool a = contains(moved, p.fromId), b = contains(moved, p.toId);
        if (!(a || b) || p.routeM.empty())
            continue;
        shiftRouteEnd(p.routeM, true, a ? dxM : 0.0, a ? dyM : 0.0);
        shiftRouteEnd(p.routeM, false, b ? dxM : 0.0, b ? dyM : 0.0);
        p.lengthM = polylineLengthM(p.routeM);
        patch.set(d, p.id, p);
    }
    return patch;
}

DesignPatch rotateObjectsPatch(const Design& d, const std::vector<ObjectId>& ids, double deltaDeg) {
    const std::set<ObjectId> turned(ids.begin(), ids.end());
    auto turn = [deltaDeg](double deg) {
        double r = std::fmod(deg + deltaDeg, 360.0);
        return r < 0 ? r + 360.0 : r;
    };
    DesignPatch patch;
    for (auto r : d.racks)
        if (contains(turned, r.id)) {
            r.rotationDeg = turn(r.rotationDeg);
            patch.set(d, r.id, r);
        }
    for (auto r : d.rows)
        if (contains(turned, r.id)) {
            r.rotationDeg = turn(r.rotationDeg);
            patch.set(d, r.id, r);
        }
    return patch;
}

DesignPatch duplicateObjectsPatch(const Design& d, const std::vector<ObjectId>& ids, double dxM,
                                  double dyM, std::vector<ObjectId>* newIds) {
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    ObjectId next = d.nextId;
    for (ObjectId id : ids) {
        auto s = snapshotOf(d, id);
        if (!s)
            continue;
        ObjectId copyId = kNoId;
        std::visit(
            [&](auto o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, Rack>) {
                    o.centerM.xM += dxM;
                    o.centerM.yM += dyM;
                } else if constexpr (std::is_same_v<T, PowerNode>) {
                    o.positionM.xM += dxM;
                    o.positionM.yM += dyM;
                    for (auto& p : o.routeM) {
                        p.xM += dxM;
                        p.yM += dyM;
                    }
                } else if constexpr (std::is_same_v<T, CoolingNode> ||
                                     std::is_same_v<T, NetworkSwitch>) {
                    o.positionM.xM += dxM;
                    o.positionM.yM += dyM;
                } else {
                    return; // halls, rows and connections are not duplicated
                }
                o.id = next++;
                if constexpr (requires { o.name; })
                    if (!o.name.empty())
                        o.name = QCoreApplication::translate("aifp::ui::DefaultName", "%1 copy")
                                     .arg(QString::fromStdString(o.name))
                                     .toStdString();
                copyId = o.id;
                patch.add(o);
            },
            *s);
        if (copyId != kNoId && newIds)
            newIds->push_back(copyId);
    }
    patch.nextIdAfter = next;
    return patch;
}

DesignPatch resizeHallPatch(const Design& d, ObjectId hallId, double widthM, double depthM) {
    auto s = snapshotOf(d, hallId);
    if (!s || !std::holds_alternative<Hall>(*s))
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "object %1 is not a hall")
                .arg(hallId)
                .toStdString());
    if (!std::isfinite(widthM) || widthM <= 0)
        throw EditError(QCoreApplication::translate(
                            "aifp::ui::EditError", "hall width must be a positive number of metres")
                            .toStdString());
    if (!std::isfinite(depthM) || depthM <= 0)
        throw EditError(QCoreApplication::translate(
                            "aifp::ui::EditError", "hall depth must be a positive number of metres")
                            .toStdString());
    Hall h = std::get<Hall>(*s);
    h.widthM = widthM;
    h.depthM = depthM;
    DesignPatch patch;
    patch.set(d, hallId, h);
    return patch;
}

ObjectId hallAt(const Design& d, double xM, double yM) {
    for (const auto& h : d.halls) {
        const RectM f = h.footprint();
        if (xM >= f.minXM && xM <= f.maxXM && yM >= f.minYM && yM <= f.maxYM)
            return h.id;
    }
    return kNoId;
}

RectM rackFootprint(const Catalog& catalog, const Rack& rack) {
    double wM = 0.6, dM = 1.2; // catalog assumption: standard 600 mm x 1200 mm GPU rack
    if (const CatalogEntry* e = catalog.find(rack.catalogId)) {
        wM = e->number("footprint_width_m", wM);
        dM = e->number("footprint_depth_m", dM);
    }
    const long quarter = std::lround(rack.rotationDeg / 90.0);
    if (quarter % 2 != 0)
        std::swap(wM, dM);
    return {rack.centerM.xM - wM / 2, rack.centerM.yM - dM / 2, rack.centerM.xM + wM / 2,
            rack.centerM.yM + dM / 2};
}

} // namespace aifp::ui
