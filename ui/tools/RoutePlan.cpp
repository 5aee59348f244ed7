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

namespace {

// Builds the objects of one drawn route into a patch, with fresh ids from the design's next id.
class RouteBuilder {
public:
    RouteBuilder(const Design& d, const Catalog& catalog, const RouteParams& params,
                 const std::vector<PointM>& routeM, ObjectId fromId, ObjectId toId,
                 std::vector<ObjectId>* newIds)
        : d_(d), catalog_(catalog), params_(params), routeM_(routeM), fromId_(fromId), toId_(toId),
          newIds_(newIds), index_(d), fromKind_(index_.kindOf(fromId)),
          toKind_(index_.kindOf(toId)), lengthM_(polylineLengthM(routeM)), next_(d.nextId) {
        patch_.nextIdBefore = d.nextId;
    }

    DesignPatch finish() {
        patch_.nextIdAfter = next_;
        return std::move(patch_);
    }

    // Refuses a route that does not start on a `kind` object, ends on neither one nor a rack, or
    // starts and ends on one object; the messages (context aifp::ui::EditError) say what to do.
    void checkEnds(ObjectKind kind, const char* badStart, const char* badEnd,
                   const char* sameObject) const {
        auto refuse = [](const char* message) {
            return EditError(
                QCoreApplication::translate("aifp::ui::EditError", message).toStdString());
        };
        if (fromKind_ != kind)
            throw refuse(badStart);
        if (toKind_ != kind && toKind_ != ObjectKind::Rack)
            throw refuse(badEnd);
        if (fromId_ == toId_)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError", sameObject)
                                .arg(QString::fromStdString(idText(fromId_)))
                                .toStdString());
    }

    // A pipe between cooling equipment, or from it to a rack.
    void addPipe() {
        checkEnds(
            ObjectKind::CoolingNode,
            QT_TRANSLATE_NOOP("aifp::ui::EditError",
                              "a pipe must start on cooling equipment (CDU, manifold, "
                              "chiller, dry cooler); click on one to start"),
            QT_TRANSLATE_NOOP("aifp::ui::EditError", "a pipe must end on cooling equipment "
                                                     "or a rack; double-click on one to finish"),
            QT_TRANSLATE_NOOP("aifp::ui::EditError", "a pipe cannot start and end on object %1"));
        // The facility loop runs between heat-rejection plant and CDUs; everything downstream
        // of a CDU is the technology loop.
        auto isPlant = [&](ObjectId id) {
            const CoolingNode* n = index_.coolingNode(id);
            return n &&
                   (n->kind == CoolingNodeKind::Chiller || n->kind == CoolingNodeKind::DryCooler);
        };
        Pipe pipe;
        pipe.id = next_++;
        pipe.fromId = fromId_;
        pipe.toId = toId_;
        pipe.loop =
            isPlant(fromId_) || isPlant(toId_) ? CoolantLoop::Facility : CoolantLoop::Technology;
        pipe.innerDiameterMm = pipe.loop == CoolantLoop::Technology
                                   ? params_.branchPipeInnerDiameterMm
                                   : params_.facilityPipeInnerDiameterMm;
        pipe.routeM = routeM_;
        pipe.lengthM = lengthM_;
        created(pipe.id);
        patch_.add(pipe);
    }

    // A cable from power equipment to power equipment or a rack.
    void addFeed() {
        checkEnds(
            ObjectKind::PowerNode,
            QT_TRANSLATE_NOOP("aifp::ui::EditError",
                              "a feed must start on power equipment; click on one to start"),
            QT_TRANSLATE_NOOP("aifp::ui::EditError", "a feed must end on power equipment or "
                                                     "a rack; double-click on one to finish"),
            QT_TRANSLATE_NOOP("aifp::ui::EditError", "a feed cannot start and end on object %1"));
        PowerLink link;
        link.id = next_++;
        link.fromId = fromId_;
        link.toId = toId_;
        link.kind = PowerLinkKind::Cable;
        link.routeM = routeM_;
        link.lengthM = lengthM_;
        created(link.id);
        patch_.add(link);
    }

    // A busway along the route, fed from its first object, tapped by the racks within reach.
    void addBusway() {
        if (fromId_ != kNoId && fromKind_ != ObjectKind::PowerNode)
            throw EditError(QCoreApplication::translate("aifp::ui::EditError",
                                                        "a busway is fed from power equipment; the "
                                                        "first point is on object %1, which is not")
                                .arg(QString::fromStdString(idText(fromId_)))
                                .toStdString());
        PowerNode busway;
        busway.id = next_++;
        busway.kind = PowerNodeKind::Busway;
        busway.catalogId = params_.buswayCatalogId;
        busway.name = QCoreApplication::translate("aifp::ui::DefaultName", "Busway %1")
                          .arg(QString::fromStdString(idText(busway.id)))
                          .toStdString();
        busway.hallId = hallAt(d_, routeM_.front().xM, routeM_.front().yM);
        busway.positionM = routeM_.front();
        busway.routeM = routeM_;
        if (const CatalogEntry* e = catalog_.find(params_.buswayCatalogId))
            busway.currentRatingA = e->number("rating_max", 0.0); // catalog: track busway max A
        if (const PowerNode* src = index_.powerNode(fromId_)) {
            busway.voltageV = src->voltageV;
            busway.path = src->path;
        }
        created(busway.id);
        patch_.add(busway);
        if (fromId_ != kNoId) {
            PowerLink feed;
            feed.id = next_++;
            feed.fromId = fromId_;
            feed.toId = busway.id;
            feed.kind = PowerLinkKind::Busway;
            feed.lengthM = 0.0; // the busway's own route carries the length
            created(feed.id);
            patch_.add(feed);
        }
        addBuswayTaps(busway.id);
    }

private:
    void created(ObjectId id) {
        if (newIds_)
            newIds_->push_back(id);
    }

    void addBuswayTaps(ObjectId buswayId) {
        for (const auto& r : d_.racks) {
            double nearestM = std::numeric_limits<double>::infinity();
            for (std::size_t i = 1; i < routeM_.size(); ++i)
                nearestM = std::min(nearestM,
                                    planDistanceToSegmentM(r.centerM, routeM_[i - 1], routeM_[i]));
            if (nearestM <= params_.buswayTapReachM || r.id == toId_) {
                PowerLink tap;
                tap.id = next_++;
                tap.fromId = buswayId;
                tap.toId = r.id;
                tap.kind = PowerLinkKind::Tap;
                tap.lengthM = nearestM <= params_.buswayTapReachM ? nearestM : 0.0;
                created(tap.id);
                patch_.add(tap);
            }
        }
        if (toKind_ == ObjectKind::PowerNode && toId_ != fromId_) {
            PowerLink out;
            out.id = next_++;
            out.fromId = buswayId;
            out.toId = toId_;
            out.kind = PowerLinkKind::Tap;
            created(out.id);
            patch_.add(out);
        }
    }

    const Design& d_;
    const Catalog& catalog_;
    const RouteParams& params_;
    const std::vector<PointM>& routeM_;
    const ObjectId fromId_, toId_;
    std::vector<ObjectId>* newIds_;
    const DesignIndex index_;
    const ObjectKind fromKind_, toKind_;
    const double lengthM_;
    ObjectId next_;
    DesignPatch patch_;
};

} // namespace

DesignPatch routePatch(const Design& d, const Catalog& catalog, const RouteParams& params,
                       const std::vector<PointM>& routeM, ObjectId fromId, ObjectId toId,
                       std::vector<ObjectId>* newIds) {
    if (routeM.size() < 2)
        throw EditError(
            QCoreApplication::translate("aifp::ui::EditError", "a route needs at least two points")
                .toStdString());
    RouteBuilder route(d, catalog, params, routeM, fromId, toId, newIds);
    if (params.kind == RouteKind::Pipe)
        route.addPipe();
    else if (params.kind == RouteKind::Feed)
        route.addFeed();
    else
        route.addBusway();
    return route.finish();
}

} // namespace aifp::ui
