#include "ui/tools/RoutePlan.hpp"
#include "ui/commands/EditPatches.hpp"
#include "ui/tools/ArrayLayout.hpp"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace aifp::ui {

namespace {

std::string idText(ObjectId id) {
    return std::to_string(id);
}

} // namespace

RouteSnap snapRoutePoint(const Design& d, RouteKind kind, PointM rawM,
                         const std::optional<PointM>& previousM, double snapRadiusM) {
    RouteSnap best;
    double bestDistM = snapRadiusM;
    auto consider = [&](ObjectId id, const PointM& p) {
        const double dist = planDistanceM(p, rawM);
        if (dist <= bestDistM) {
            bestDistM = dist;
            best = {PointM{p.xM, p.yM, 0.0}, id};
        }
    };
    if (kind == RouteKind::Pipe) {
        for (const auto& n : d.coolingNodes)
            consider(n.id, n.positionM);
    } else {
        for (const auto& n : d.powerNodes)
            if (n.kind != PowerNodeKind::Busway)
                consider(n.id, n.positionM);
    }
    for (const auto& r : d.racks)
        consider(r.id, r.centerM);
    if (best.objectId != kNoId)
        return best;
    PointM p{snapToGrid(rawM.xM, 0.0, 0.3), snapToGrid(rawM.yM, 0.0, 0.3), 0.0};
    if (previousM) {
        if (std::fabs(p.xM - previousM->xM) >= std::fabs(p.yM - previousM->yM))
            p.yM = previousM->yM;
        else
            p.xM = previousM->xM;
    }
    best.pointM = p;
    return best;
}

void appendOrthogonal(std::vector<PointM>& route, PointM nextM) {
    if (!route.empty()) {
        const PointM& last = route.back();
        if (std::fabs(last.xM - nextM.xM) > 1e-9 && std::fabs(last.yM - nextM.yM) > 1e-9)
            route.push_back({nextM.xM, last.yM, 0.0});
        if (planDistanceM(route.back(), nextM) < 1e-9)
            return; // a repeated click adds nothing
    }
    route.push_back(nextM);
}

DesignPatch routePatch(const Design& d, const Catalog& catalog, const RouteParams& params,
                       const std::vector<PointM>& routeM, ObjectId fromId, ObjectId toId,
                       std::vector<ObjectId>* newIds) {
    if (routeM.size() < 2)
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "a route needs at least two points")
                .toStdString());
    const DesignIndex index(d);
    const ObjectKind fromKind = index.kindOf(fromId), toKind = index.kindOf(toId);
    DesignPatch patch;
    patch.nextIdBefore = d.nextId;
    ObjectId next = d.nextId;
    auto created = [&](ObjectId id) {
        if (newIds)
            newIds->push_back(id);
    };
    const double lengthM = polylineLengthM(routeM);

    if (params.kind == RouteKind::Pipe) {
        if (fromKind != ObjectKind::CoolingNode)
            throw EditError(
                QCoreApplication::translate("aifp::ui::EditError",
                                            "a pipe must start on cooling equipment (CDU, "
                                            "manifold, chiller, dry cooler); click on one to start")
                    .toStdString());
        if (toKind != ObjectKind::CoolingNode && toKind != ObjectKind::Rack)
            throw EditError(
                QCoreApplication::translate(
                    "aifp::ui::EditError",
                    "a pipe must end on cooling equipment or a rack; double-click on one to finish")
                    .toStdString());
        if (fromId == toId)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                        "a pipe cannot start and end on object %1")
                                .arg(QString::fromStdString(idText(fromId)))
                                .toStdString());
        // The facility loop runs between heat-rejection plant and CDUs; everything downstream
        // of a CDU is the technology loop.
        auto isPlant = [&](ObjectId id) {
            const CoolingNode* n = index.coolingNode(id);
            return n &&
                   (n->kind == CoolingNodeKind::Chiller || n->kind == CoolingNodeKind::DryCooler);
        };
        Pipe pipe;
        pipe.id = next++;
        pipe.fromId = fromId;
        pipe.toId = toId;
        pipe.loop =
            isPlant(fromId) || isPlant(toId) ? CoolantLoop::Facility : CoolantLoop::Technology;
        pipe.innerDiameterMm = pipe.loop == CoolantLoop::Technology
                                   ? params.branchPipeInnerDiameterMm
                                   : params.facilityPipeInnerDiameterMm;
        pipe.routeM = routeM;
        pipe.lengthM = lengthM;
        created(pipe.id);
        patch.add(pipe);
    } else if (params.kind == RouteKind::Feed) {
        if (fromKind != ObjectKind::PowerNode)
            throw EditError(QCoreApplication::translate(
                                "aifp::ui::EditError",
                                "a feed must start on power equipment; click on one to start")
                                .toStdString());
        if (toKind != ObjectKind::PowerNode && toKind != ObjectKind::Rack)
            throw EditError(
                QCoreApplication::translate(
                    "aifp::ui::EditError",
                    "a feed must end on power equipment or a rack; double-click on one to finish")
                    .toStdString());
        if (fromId == toId)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                        "a feed cannot start and end on object %1")
                                .arg(QString::fromStdString(idText(fromId)))
                                .toStdString());
        PowerLink link;
        link.id = next++;
        link.fromId = fromId;
        link.toId = toId;
        link.kind = PowerLinkKind::Cable;
        link.routeM = routeM;
        link.lengthM = lengthM;
        created(link.id);
        patch.add(link);
    } else {
        if (fromId != kNoId && fromKind != ObjectKind::PowerNode)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                        "a busway is fed from power equipment; the "
                                                        "first point is on object %1, which is not")
                                .arg(QString::fromStdString(idText(fromId)))
                                .toStdString());
        PowerNode busway;
        busway.id = next++;
        busway.kind = PowerNodeKind::Busway;
        busway.catalogId = params.buswayCatalogId;
        busway.name = QCoreApplication::translate("aifp::ui::DefaultName", "Busway %1")
                          .arg(QString::fromStdString(idText(busway.id)))
                          .toStdString();
        busway.hallId = hallAt(d, routeM.front().xM, routeM.front().yM);
        busway.positionM = routeM.front();
        busway.routeM = routeM;
        if (const CatalogEntry* e = catalog.find(params.buswayCatalogId))
            busway.currentRatingA = e->number("rating_max", 0.0); // catalog: track busway max A
        if (const PowerNode* src = index.powerNode(fromId)) {
            busway.voltageV = src->voltageV;
            busway.path = src->path;
        }
        created(busway.id);
        patch.add(busway);
        if (fromId != kNoId) {
            PowerLink feed;
            feed.id = next++;
            feed.fromId = fromId;
            feed.toId = busway.id;
            feed.kind = PowerLinkKind::Busway;
            feed.lengthM = 0.0; // the busway's own route carries the length
            created(feed.id);
            patch.add(feed);
        }
        for (const auto& r : d.racks) {
            double nearestM = std::numeric_limits<double>::infinity();
            for (std::size_t i = 1; i < routeM.size(); ++i)
                nearestM =
                    std::min(nearestM, planDistanceToSegmentM(r.centerM, routeM[i - 1], routeM[i]));
            if (nearestM <= params.buswayTapReachM || r.id == toId) {
                PowerLink tap;
                tap.id = next++;
                tap.fromId = busway.id;
                tap.toId = r.id;
                tap.kind = PowerLinkKind::Tap;
                tap.lengthM = nearestM <= params.buswayTapReachM ? nearestM : 0.0;
                created(tap.id);
                patch.add(tap);
            }
        }
        if (toKind == ObjectKind::PowerNode && toId != fromId) {
            PowerLink out;
            out.id = next++;
            out.fromId = busway.id;
            out.toId = toId;
            out.kind = PowerLinkKind::Tap;
            created(out.id);
            patch.add(out);
        }
    }
    patch.nextIdAfter = next;
    return patch;
}

} // namespace aifp::ui
