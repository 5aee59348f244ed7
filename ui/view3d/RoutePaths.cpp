#include "ui/view3d/RoutePaths.hpp"
#include "ui/view3d/EquipmentShapes.hpp"
#include <algorithm>
#include <cmath>

namespace aifp::ui {

std::optional<Endpoint> endpointOf(const SceneInputs& in, ObjectId id) {
    const DesignIndex& ix = *in.index;
    if (const Rack* r = ix.rack(id))
        return Endpoint{r->centerM, r->centerM.zM + rackHeightM()};
    if (const PowerNode* p = ix.powerNode(id)) {
        if (p->kind == PowerNodeKind::Busway && !p->routeM.empty()) {
            PointM a = p->routeM.front();
            if (a.zM == 0.0)
                a.zM = buswayHeightM();
            return Endpoint{a, a.zM};
        }
        return Endpoint{p->positionM, p->positionM.zM + shapeOf(p->kind).heightM};
    }
    if (const CoolingNode* c = ix.coolingNode(id))
        return Endpoint{c->positionM, c->positionM.zM + shapeOf(c->kind).heightM};
    if (const NetworkSwitch* s = ix.networkSwitch(id))
        return Endpoint{s->positionM, s->positionM.zM + switchRackShape().heightM};
    return std::nullopt;
}

std::vector<PointM> connectionPath(const std::vector<PointM>& route, const Endpoint* from,
                                   const Endpoint* to, double runHeightM) {
    if (route.size() >= 2) {
        const bool flat =
            std::all_of(route.begin(), route.end(), [](const PointM& p) { return p.zM == 0.0; });
        std::vector<PointM> out = route;
        if (flat)
            for (PointM& p : out)
                p.zM = runHeightM;
        return out;
    }
    if (!from || !to)
        return {};
    const double run = std::max({runHeightM, from->topM, to->topM});
    return {{from->baseM.xM, from->baseM.yM, from->topM},
            {from->baseM.xM, from->baseM.yM, run},
            {to->baseM.xM, to->baseM.yM, run},
            {to->baseM.xM, to->baseM.yM, to->topM}};
}

std::vector<PointM> offsetPolyline(const std::vector<PointM>& pts, double offsetM) {
    const std::size_t n = pts.size();
    std::vector<PointM> out = pts;
    if (n < 2)
        return out;
    // Plan-view left normal of each segment; vertical segments borrow a neighbour's.
    std::vector<std::optional<std::pair<double, double>>> normals(n - 1);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double dx = pts[i + 1].xM - pts[i].xM, dy = pts[i + 1].yM - pts[i].yM;
        const double len = std::hypot(dx, dy);
        if (len > 1e-9)
            normals[i] = std::make_pair(-dy / len, dx / len);
    }
    for (std::size_t i = 1; i < normals.size(); ++i)
        if (!normals[i])
            normals[i] = normals[i - 1];
    for (std::size_t i = normals.size(); i-- > 1;)
        if (!normals[i - 1])
            normals[i - 1] = normals[i];
    if (!normals[0])
        return out; // a purely vertical run: no plan direction to offset along
    for (std::size_t i = 0; i < n; ++i) {
        const auto& a = normals[i == 0 ? 0 : i - 1];
        const auto& b = normals[std::min(i, n - 2)];
        double nx = a->first + b->first, ny = a->second + b->second;
        const double len = std::hypot(nx, ny);
        if (len < 1e-9) {
            nx = b->first;
            ny = b->second;
        } else {
            // Mitre: keep the perpendicular distance to both segments equal to offsetM.
            nx /= len;
            ny /= len;
            const double cosHalf = nx * b->first + ny * b->second;
            const double scale = cosHalf > 0.3 ? 1.0 / cosHalf : 1.0;
            nx *= scale;
            ny *= scale;
        }
        out[i].xM += nx * offsetM;
        out[i].yM += ny * offsetM;
    }
    return out;
}

void appendSegments(std::vector<PickSegment>& out, ObjectId id, const std::vector<PointM>& pts,
                    double radiusM) {
    for (std::size_t i = 1; i < pts.size(); ++i)
        out.push_back({id, pts[i - 1], pts[i], radiusM});
}

} // namespace aifp::ui
