#include "core/validation/GeometryRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
#include "core/validation/FindingText.hpp"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace aifp {

namespace {

constexpr double kTouchToleranceM = 1e-3; // racks standing side by side touch, they do not overlap
// Bounded work for crafted layouts (thousands of racks stacked on one spot): a rack looks at
// most at this many neighbours (a real layout has a few dozen within its clearance), and reports
// at most this many overlaps / blocked service areas one by one, then one "and N more".
constexpr std::size_t kMaxNeighbours = 512;
constexpr std::size_t kMaxPairFindingsPerRack = 3;

double planDistanceToPolylineM(const PointM& p, const std::vector<PointM>& line) {
    if (line.size() == 1)
        return planDistanceM(p, line.front());
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < line.size(); ++i)
        best = std::min(best, planDistanceToSegmentM(p, line[i - 1], line[i]));
    return best;
}

RectM expanded(const RectM& r, double m) {
    return {r.minXM - m, r.minYM - m, r.maxXM + m, r.maxYM + m};
}

std::string rackLabel(const Rack& r) {
    return fill(tr("Validation", "rack '%1' (id %2)"), {r.name, std::to_string(r.id)});
}

std::string rectText(const RectM& r) {
    // Built by appending: GCC 12 reports a false -Wrestrict on const char* + std::string&&.
    // Coordinates written with a decimal comma are separated by semicolons.
    const char* sep = display::currentStyle().decimalPoint == "," ? "; " : ", ";
    std::string s = "[";
    s += formatNumber(r.minXM, 2);
    s += sep;
    s += formatNumber(r.minYM, 2);
    s += "] - [";
    s += formatNumber(r.maxXM, 2);
    s += sep;
    s += formatNumber(r.maxYM, 2);
    s += "] m";
    return s;
}

const char* kClearanceSource = "catalog service_clearance_m (front and rear access)";

} // namespace

RectM GeometryRules::rotatedBox(const PointM& c, double widthM, double depthM, double rotationDeg,
                                double offsetYM) {
    // Local frame: width along x, depth along y, front towards -y; rotate by rotationDeg.
    const double a = rotationDeg * std::numbers::pi / 180.0;
    const double cs = std::cos(a), sn = std::sin(a);
    // Centre of the (possibly offset) rectangle in world coordinates.
    const double cx = c.xM - offsetYM * sn;
    const double cy = c.yM + offsetYM * cs;
    const double hx = std::abs(widthM / 2 * cs) + std::abs(depthM / 2 * sn);
    const double hy = std::abs(widthM / 2 * sn) + std::abs(depthM / 2 * cs);
    return {cx - hx, cy - hy, cx + hx, cy + hy};
}

GeometryRules::RackGeo GeometryRules::geometryOf(const Rack& r) const {
    Dims dm;
    if (auto it = dims_.find(r.catalogId); it != dims_.end())
        dm = it->second;
    RackGeo g;
    g.id = r.id;
    g.hallId = r.hallId;
    g.box = rotatedBox(r.centerM, dm.widthM, dm.depthM, r.rotationDeg);
    const double off = dm.depthM / 2 + dm.clearanceM / 2;
    g.front = rotatedBox(r.centerM, dm.widthM, dm.clearanceM, r.rotationDeg, -off);
    g.back = rotatedBox(r.centerM, dm.widthM, dm.clearanceM, r.rotationDeg, off);
    return g;
}

std::uint64_t GeometryRules::cellKey(ObjectId hallId, long cx, long cy) const {
    // 20 bits per coordinate (cells of 2 m cover +-1000 km), the rest for the hall.
    const std::uint64_t x = static_cast<std::uint64_t>(cx + (1 << 19)) & 0xFFFFF;
    const std::uint64_t y = static_cast<std::uint64_t>(cy + (1 << 19)) & 0xFFFFF;
    return (static_cast<std::uint64_t>(hallId) << 40) ^ (x << 20) ^ y;
}

void GeometryRules::gridInsert(std::size_t i) {
    const RectM& b = racks_[i].box;
    const double s = options_.gridCellM;
    for (long cx = static_cast<long>(std::floor(b.minXM / s));
         cx <= static_cast<long>(std::floor(b.maxXM / s)); ++cx)
        for (long cy = static_cast<long>(std::floor(b.minYM / s));
             cy <= static_cast<long>(std::floor(b.maxYM / s)); ++cy)
            grid_[cellKey(racks_[i].hallId, cx, cy)].push_back(static_cast<std::uint32_t>(i));
}

void GeometryRules::gridRemove(std::size_t i) {
    const RectM& b = racks_[i].box;
    const double s = options_.gridCellM;
    for (long cx = static_cast<long>(std::floor(b.minXM / s));
         cx <= static_cast<long>(std::floor(b.maxXM / s)); ++cx)
        for (long cy = static_cast<long>(std::floor(b.minYM / s));
             cy <= static_cast<long>(std::floor(b.maxYM / s)); ++cy) {
            auto it = grid_.find(cellKey(racks_[i].hallId, cx, cy));
            if (it == grid_.end())
                continue;
            auto& v = it->second;
            v.erase(std::remove(v.begin(), v.end(), static_cast<std::uint32_t>(i)), v.end());
            if (v.empty())
                grid_.erase(it);
        }
}

void GeometryRules::neighbours(ObjectId hallId, const RectM& area, std::vector<std::size_t>& found,
                               std::size_t limit) {
    if (++stampNow_ == 0) {
        std::fill(stamp_.begin(), stamp_.end(), 0);
        stampNow_ = 1;
    }
    const double s = options_.gridCellM;
    for (long cx = static_cast<long>(std::floor(area.minXM / s));
         cx <= static_cast<long>(std::floor(area.maxXM / s)); ++cx)
        for (long cy = static_cast<long>(std::floor(area.minYM / s));
             cy <= static_cast<long>(std::floor(area.maxYM / s)); ++cy) {
            auto it = grid_.find(cellKey(hallId, cx, cy));
            if (it == grid_.end())
                continue;
            for (std::uint32_t j : it->second)
                if (stamp_[j] != stampNow_) {
                    stamp_[j] = stampNow_;
                    found.push_back(j);
                    if (found.size() >= limit)
                        return;
                }
        }
}

double GeometryRules::clearanceM(const std::string& catalogId) const {
    auto it = dims_.find(catalogId);
    return it == dims_.end() ? Dims{}.clearanceM : it->second.clearanceM;
}

std::vector<Finding> GeometryRules::rackFindings(const Design& d, std::size_t i) {
    RackNeighbourhood n;
    n.index = i;
    neighbours(racks_[i].hallId, expanded(racks_[i].box, maxClearanceM_ + kTouchToleranceM), n.near,
               kMaxNeighbours + 1);
    n.crowded = n.near.size() > kMaxNeighbours;
    std::sort(n.near.begin(), n.near.end());
    std::vector<Finding> out;
    for (const GeometryRule& rule : ruleTable())
        if (rule.rack)
            (this->*rule.rack)(d, n, out);
    return out;
}

void GeometryRules::rackInHall(const Design& d, const RackNeighbourhood& n,
                               std::vector<Finding>& out) const {
    const Rack& r = d.racks[n.index];
    auto hall = halls_.find(r.hallId);
    if (hall == halls_.end()) {
        out.push_back(makeFinding("geometry.outside_hall", Severity::Error, {r.id},
                                  fill(tr("Validation", "%1 refers to hall id %2, which does not "
                                                        "exist"),
                                       {rackLabel(r), std::to_string(r.hallId)}),
                                  tr("Validation", "Assign the rack to an existing hall."),
                                  "design halls"));
        return;
    }
    const RectM& box = racks_[n.index].box;
    if (!hall->second.contains(box))
        out.push_back(
            makeFinding("geometry.outside_hall", Severity::Error, {r.id, r.hallId},
                        fill(tr("Validation", "%1 occupies %2, not inside %3 %4"),
                             {rackLabel(r), rectText(box),
                              fill(tr("Validation", "hall '%1'"), {hallNames_.at(r.hallId)}),
                              rectText(hall->second)}),
                        tr("Validation", "Move the rack inside the hall."),
                        "hall footprint; catalog rack footprint"));
}

void GeometryRules::rackOverlaps(const Design& d, const RackNeighbourhood& n,
                                 std::vector<Finding>& out) const {
    const Rack& r = d.racks[n.index];
    const RackGeo& g = racks_[n.index];
    std::size_t overlaps = 0;
    for (std::size_t j : n.near) {
        const RackGeo& o = racks_[j];
        if (j == n.index || o.id <= g.id || !g.box.overlaps(o.box, kTouchToleranceM) ||
            ++overlaps > kMaxPairFindingsPerRack)
            continue;
        const Rack& other = d.racks[j];
        out.push_back(makeFinding(
            "geometry.overlap", Severity::Error, {r.id, other.id},
            fill(tr("Validation", "%1 %2 overlaps %3 %4"),
                 {rackLabel(r), rectText(g.box), rackLabel(other), rectText(o.box)}),
            tr("Validation", "Move one of the racks."), "catalog rack footprint (width x depth)"));
    }
    if (overlaps > kMaxPairFindingsPerRack || n.crowded)
        out.push_back(makeFinding(
            "geometry.overlap", Severity::Error, {r.id},
            n.crowded ? fill(tr("Validation", "%1 overlaps more than %2 other racks (over %3 racks "
                                              "stand within its clearance; not all were checked)"),
                             {rackLabel(r), std::to_string(kMaxPairFindingsPerRack),
                              std::to_string(kMaxNeighbours)})
                      : fill(tr("Validation", "%1 overlaps %2 more racks than listed"),
                             {rackLabel(r), std::to_string(overlaps - kMaxPairFindingsPerRack)}),
            tr("Validation", "Move the racks apart: they stand on the same floor space."),
            "catalog rack footprint (width x depth)"));
}

// The service areas in front of and behind the rack: inside its hall and free of other racks
// (facing racks may share an aisle: clearance zones may overlap each other).
void GeometryRules::rackServiceAreas(const Design& d, const RackNeighbourhood& n,
                                     std::vector<Finding>& out) const {
    const Rack& r = d.racks[n.index];
    const RackGeo& g = racks_[n.index];
    if (auto hall = halls_.find(r.hallId); hall != halls_.end()) {
        for (const RectM* zone : {&g.front, &g.back})
            if (!hall->second.contains(*zone))
                out.push_back(makeFinding(
                    "geometry.aisle", Severity::Error, {r.id, r.hallId},
                    fill(zone == &g.front
                             ? tr("Validation", "%1 has its front service area %2 outside %3")
                             : tr("Validation", "%1 has its rear service area %2 outside %3"),
                         {rackLabel(r), rectText(*zone),
                          fill(tr("Validation", "hall '%1'"), {hallNames_.at(r.hallId)})}),
                    tr("Validation",
                       "Leave the catalog's service clearance between the rack and the wall."),
                    kClearanceSource));
    }
    std::size_t blocked = 0;
    for (std::size_t j : n.near) {
        const RackGeo& o = racks_[j];
        if (j == n.index || g.box.overlaps(o.box, kTouchToleranceM))
            continue; // an overlap, not a blocked aisle (geometry.overlap)
        for (const RectM* zone : {&g.front, &g.back}) {
            if (!zone->overlaps(o.box, kTouchToleranceM) || ++blocked > kMaxPairFindingsPerRack)
                continue;
            const double clearance = clearanceM(r.catalogId);
            out.push_back(makeFinding(
                "geometry.aisle", Severity::Error, {r.id, d.racks[j].id},
                fill(zone == &g.front ? tr("Validation", "%1 needs %2 m of clear front service "
                                                         "space, but %3 stands in it")
                                      : tr("Validation", "%1 needs %2 m of clear rear service "
                                                         "space, but %3 stands in it"),
                     {rackLabel(r), formatNumber(clearance, 2), rackLabel(d.racks[j])}),
                fill(tr("Validation", "Widen the aisle to at least %1 m or move the other rack."),
                     {formatNumber(clearance, 2)}),
                kClearanceSource));
        }
    }
    if (blocked > kMaxPairFindingsPerRack)
        out.push_back(makeFinding(
            "geometry.aisle", Severity::Error, {r.id},
            fill(tr("Validation", "%1 has its service space blocked by %2 "
                                  "more racks than listed"),
                 {rackLabel(r), std::to_string(blocked - kMaxPairFindingsPerRack)}),
            tr("Validation", "Widen the aisles or move the other racks."), kClearanceSource));
}

// Racks fed by an overhead busway must be within tap-off reach of its route.
void GeometryRules::rackBuswayReach(const Design& d, const RackNeighbourhood& n,
                                    std::vector<Finding>& out) const {
    const Rack& r = d.racks[n.index];
    for (std::size_t b : rackBusways_[n.index]) {
        const auto& route = buswayRoutes_.at(b);
        if (route.empty())
            continue;
        const double dist = planDistanceToPolylineM(r.centerM, route);
        if (dist > options_.buswayTapReachM + 1e-9)
            out.push_back(makeFinding(
                "geometry.unconnected", Severity::Error, {r.id, d.powerNodes[b].id},
                fill(tr("Validation", "%1 is fed by busway '%2' (id %3) but stands %4 m (plan) "
                                      "from its route, beyond the %5 m tap-off reach"),
                     {rackLabel(r), buswayNames_.at(b), std::to_string(d.powerNodes[b].id),
                      formatNumber(dist, 2), formatNumber(options_.buswayTapReachM, 1)}),
                tr("Validation", "Route the busway over the rack's row or feed the rack from a "
                                 "nearer busway."),
                "ASSUMPTION: tap-off boxes reach ~2 m from the busway route"));
    }
}

PointM GeometryRules::endPosition(const Design& d, const PipeEnd& end) const {
    return end.rack >= 0 ? d.racks[static_cast<std::size_t>(end.rack)].centerM : end.positionM;
}

std::vector<Finding> GeometryRules::pipeFindings(const Design& d, std::size_t p) const {
    std::vector<Finding> out;
    for (const GeometryRule& rule : ruleTable())
        if (rule.pipe)
            (this->*rule.pipe)(d, p, out);
    return out;
}

// Pipe routes start and end within the connection tolerance (plan) of their endpoints.
void GeometryRules::pipeEndsAtObjects(const Design& d, std::size_t p,
                                      std::vector<Finding>& out) const {
    const Pipe& pipe = d.pipes[p];
    if (pipe.routeM.empty())
        return;
    const auto& [fromEnd, toEnd] = pipeEnds_[p];
    const double tol = options_.connectionToleranceM;
    // message: "%1" the pipe's id, "%2" the distance, "%3" the end object's id, "%4" the
    // tolerance (one whole sentence per end for the translator).
    struct End {
        const PipeEnd& end;
        const PointM& routePoint;
        ObjectId id;
        const char* message;
        const char* fix;
    };
    const End ends[] = {
        {fromEnd, pipe.routeM.front(), pipe.fromId,
         AIFP_TRANSLATE_NOOP("Validation", "pipe id %1 starts %2 m (plan) from its "
                                           "source object id %3, beyond the %4 m "
                                           "connection tolerance"),
         AIFP_TRANSLATE_NOOP("Validation",
                             "Start the pipe route at the source's connection point.")},
        {toEnd, pipe.routeM.back(), pipe.toId,
         AIFP_TRANSLATE_NOOP("Validation", "pipe id %1 ends %2 m (plan) from its "
                                           "target object id %3, beyond the %4 m "
                                           "connection tolerance"),
         AIFP_TRANSLATE_NOOP("Validation", "End the pipe route at the target's connection point.")},
    };
    for (const End& e : ends) {
        const double distM = planDistanceM(e.routePoint, endPosition(d, e.end));
        if (e.end.found && distM > tol + 1e-9)
            out.push_back(makeFinding(
                "geometry.unconnected", Severity::Error, {pipe.id, e.id},
                fill(tr("Validation", e.message), {std::to_string(pipe.id), formatNumber(distM, 2),
                                                   std::to_string(e.id), formatNumber(tol, 1)}),
                tr("Validation", e.fix),
                "ASSUMPTION: pipe ends within 1 m of their connection points"));
    }
}

void GeometryRules::prepare(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    options_ = ctx.options();
    halls_.clear();
    hallNames_.clear();
    dims_.clear();
    grid_.clear();
    rackIndex_.clear();
    for (const Hall& h : d.halls) {
        halls_[h.id] = h.footprint();
        hallNames_[h.id] = h.name;
    }
    maxClearanceM_ = 0.0;
    for (const Rack& r : d.racks) {
        if (dims_.count(r.catalogId))
            continue;
        Dims dm;
        if (const SystemSpec* s = ctx.specFor(r.catalogId))
            dm = Dims{s->footprintWidthM, s->footprintDepthM, s->serviceClearanceM};
        dims_[r.catalogId] = dm;
        maxClearanceM_ = std::max(maxClearanceM_, dm.clearanceM);
    }
    racks_.clear();
    racks_.reserve(d.racks.size());
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        rackIndex_[d.racks[i].id] = i;
        racks_.push_back(geometryOf(d.racks[i]));
        gridInsert(i);
    }
    stamp_.assign(d.racks.size(), 0);
    stampNow_ = 0;
    // Pipe ends: a rack, else a switch, cooling node or power node (the later kind first, as
    // one map of their positions filled power, cooling, switches would answer).
    const DesignIndex& objects = ctx.index();
    auto resolve = [&](ObjectId id) {
        PipeEnd e;
        e.found = true;
        if ((e.rack = objects.indexOf(id, ObjectKind::Rack)) >= 0)
            return e;
        if (const std::int64_t i = objects.indexOf(id, ObjectKind::NetworkSwitch); i >= 0)
            e.positionM = d.switches[static_cast<std::size_t>(i)].positionM;
        else if (const std::int64_t c = objects.indexOf(id, ObjectKind::CoolingNode); c >= 0)
            e.positionM = d.coolingNodes[static_cast<std::size_t>(c)].positionM;
        else if (const std::int64_t n = objects.indexOf(id, ObjectKind::PowerNode); n >= 0)
            e.positionM = d.powerNodes[static_cast<std::size_t>(n)].positionM;
        else
            e.found = false;
        return e;
    };
    pipeEnds_.assign(d.pipes.size(), {});
    for (std::size_t p = 0; p < d.pipes.size(); ++p)
        pipeEnds_[p] = {resolve(d.pipes[p].fromId), resolve(d.pipes[p].toId)};
    indexConnections(ctx);
}

// The busways (routes, names) and the racks they feed; the pipes ending at each rack.
void GeometryRules::indexConnections(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    const DesignIndex& index = ctx.index();
    buswayRoutes_.clear();
    buswayNames_.clear();
    for (std::size_t i = 0; i < d.powerNodes.size(); ++i)
        if (d.powerNodes[i].kind == PowerNodeKind::Busway) {
            buswayRoutes_[i] = d.powerNodes[i].routeM;
            buswayNames_[i] = d.powerNodes[i].name;
        }
    // The rack of an end the id table names a rack (its index in the design, as rackIndex_).
    auto rackAt = [&](ObjectId id) {
        return static_cast<std::size_t>(index.indexOf(id, ObjectKind::Rack));
    };
    // The kind of each power link's and pipe's ends, looked up once for the checks.
    auto kinds = [&](ObjectId from, ObjectId to) {
        return std::array<ObjectKind, 2>{index.kindOf(from), index.kindOf(to)};
    };
    powerLinkEndKinds_.resize(d.powerLinks.size());
    rackBusways_.assign(d.racks.size(), {});
    for (std::size_t i = 0; i < d.powerLinks.size(); ++i) {
        const PowerLink& l = d.powerLinks[i];
        const auto [fk, tk] = powerLinkEndKinds_[i] = kinds(l.fromId, l.toId);
        if (fk != ObjectKind::PowerNode || tk != ObjectKind::Rack)
            continue;
        const auto from = static_cast<std::size_t>(index.indexOf(l.fromId, ObjectKind::PowerNode));
        if (d.powerNodes[from].kind == PowerNodeKind::Busway)
            rackBusways_[rackAt(l.toId)].push_back(from);
    }
    pipeEndKinds_.resize(d.pipes.size());
    rackPipes_.assign(d.racks.size(), {});
    for (std::size_t p = 0; p < d.pipes.size(); ++p) {
        const Pipe& pipe = d.pipes[p];
        const auto [fk, tk] = pipeEndKinds_[p] = kinds(pipe.fromId, pipe.toId);
        if (tk == ObjectKind::Rack)
            rackPipes_[rackAt(pipe.toId)].push_back(p);
        if (fk == ObjectKind::Rack)
            rackPipes_[rackAt(pipe.fromId)].push_back(p);
    }
}

// Equipment placed in a hall must stand inside it.
void GeometryRules::equipmentInHalls(const ValidationContext& ctx,
                                     std::vector<Finding>& out) const {
    auto check = [&](ObjectId id, ObjectId hallId, const PointM& p, const std::string& what) {
        if (hallId == kNoId)
            return;
        auto h = halls_.find(hallId);
        if (h == halls_.end()) {
            out.push_back(makeFinding(
                "geometry.outside_hall", Severity::Error, {id},
                fill(tr("Validation", "%1 refers to hall id %2, which does not exist"),
                     {what, std::to_string(hallId)}),
                tr("Validation", "Assign it to an existing hall or to the yard (no hall)."),
                "design halls"));
            return;
        }
        const RectM pt{p.xM, p.yM, p.xM, p.yM};
        if (!h->second.contains(pt))
            out.push_back(
                makeFinding("geometry.outside_hall", Severity::Error, {id, hallId},
                            fill(tr("Validation", "%1 at (%2, %3) m is outside hall '%4' %5"),
                                 {what, formatNumber(p.xM, 2), formatNumber(p.yM, 2),
                                  hallNames_.at(hallId), rectText(h->second)}),
                            tr("Validation", "Move it inside the hall."), "hall footprint"));
    };
    const Design& d = ctx.design();
    for (const PowerNode& n : d.powerNodes)
        check(n.id, n.hallId, n.positionM,
              std::string(toString(n.kind)) + " '" + n.name + "' (id " + std::to_string(n.id) +
                  ")");
    for (const CoolingNode& n : d.coolingNodes)
        check(n.id, n.hallId, n.positionM,
              std::string(toString(n.kind)) + " '" + n.name + "' (id " + std::to_string(n.id) +
                  ")");
    for (const NetworkSwitch& s : d.switches)
        check(s.id, s.hallId, s.positionM,
              "switch '" + s.name + "' (id " + std::to_string(s.id) + ")");
}

void GeometryRules::connections(const ValidationContext& ctx, std::vector<Finding>& out) const {
    connectionEnds(ctx, out);
    buswayFeeds(ctx, out);
}

// Link and pipe endpoints must name existing objects of the right kind.
void GeometryRules::connectionEnds(const ValidationContext& ctx, std::vector<Finding>& out) const {
    const Design& d = ctx.design();
    const DesignIndex& index = ctx.index();
    // message: "%1" the link's id, "%2" the id its end names (one whole sentence per case for
    // the translator).
    auto dangling = [&](ObjectId linkId, const char* message, ObjectId target) {
        out.push_back(makeFinding(
            "geometry.unconnected", Severity::Error, {linkId},
            fill(tr("Validation", message), {std::to_string(linkId), std::to_string(target)}),
            tr("Validation", "Connect it to an existing object or delete it."),
            "design connections"));
    };
    for (std::size_t i = 0; i < d.powerLinks.size(); ++i) {
        const PowerLink& l = d.powerLinks[i];
        const auto [fk, tk] = powerLinkEndKinds_[i];
        if (fk != ObjectKind::PowerNode)
            dangling(l.id,
                     AIFP_TRANSLATE_NOOP(
                         "Validation", "power link id %1: its source (id %2) is not a power node"),
                     l.fromId);
        if (tk != ObjectKind::PowerNode && tk != ObjectKind::Rack)
            dangling(l.id,
                     AIFP_TRANSLATE_NOOP(
                         "Validation",
                         "power link id %1: its target (id %2) is not a power node or rack"),
                     l.toId);
    }
    for (std::size_t p = 0; p < d.pipes.size(); ++p) {
        const Pipe& pipe = d.pipes[p];
        const auto [fk, tk] = pipeEndKinds_[p];
        if (fk != ObjectKind::CoolingNode)
            dangling(pipe.id,
                     AIFP_TRANSLATE_NOOP("Validation",
                                         "pipe id %1: its source (id %2) is not a cooling node"),
                     pipe.fromId);
        if (tk != ObjectKind::CoolingNode && tk != ObjectKind::Rack)
            dangling(
                pipe.id,
                AIFP_TRANSLATE_NOOP("Validation",
                                    "pipe id %1: its target (id %2) is not a cooling node or rack"),
                pipe.toId);
    }
    for (const NetworkLink& l : d.networkLinks) {
        const ObjectKind fk = index.kindOf(l.fromId), tk = index.kindOf(l.toId);
        if (fk != ObjectKind::Rack && fk != ObjectKind::NetworkSwitch)
            dangling(
                l.id,
                AIFP_TRANSLATE_NOOP(
                    "Validation", "network link id %1: its source (id %2) is not a rack or switch"),
                l.fromId);
        if (tk != ObjectKind::NetworkSwitch)
            dangling(l.id,
                     AIFP_TRANSLATE_NOOP("Validation",
                                         "network link id %1: its target (id %2) is not a switch"),
                     l.toId);
    }
}

// Busways have a feed from an upstream power node and a route of at least two points.
void GeometryRules::buswayFeeds(const ValidationContext& ctx, std::vector<Finding>& out) const {
    const Design& d = ctx.design();
    const DesignIndex& index = ctx.index();
    std::vector<char> fed(d.powerNodes.size(), 0);
    for (std::size_t i = 0; i < d.powerLinks.size(); ++i)
        if (powerLinkEndKinds_[i][0] == ObjectKind::PowerNode &&
            powerLinkEndKinds_[i][1] == ObjectKind::PowerNode)
            fed[static_cast<std::size_t>(
                index.indexOf(d.powerLinks[i].toId, ObjectKind::PowerNode))] = 1;
    for (std::size_t i = 0; i < d.powerNodes.size(); ++i) {
        const PowerNode& n = d.powerNodes[i];
        if (n.kind != PowerNodeKind::Busway)
            continue;
        if (!fed[i])
            out.push_back(makeFinding(
                "geometry.unconnected", Severity::Error, {n.id},
                fill(
                    tr("Validation", "busway '%1' (id %2) has no feed from an upstream power node"),
                    {n.name, std::to_string(n.id)}),
                tr("Validation", "Connect the busway's feed end to a switchboard, UPS or PDU."),
                "design power links"));
        if (n.routeM.size() == 1)
            out.push_back(
                makeFinding("geometry.unconnected", Severity::Error, {n.id},
                            fill(tr("Validation", "busway '%1' (id %2) has a route of a single "
                                                  "point"),
                                 {n.name, std::to_string(n.id)}),
                            tr("Validation", "Draw the busway route from its feed end along the "
                                             "racks it serves."),
                            "design busway route"));
    }
}

const std::vector<GeometryRules::GeometryRule>& GeometryRules::ruleTable() {
    using in = RuleInput;
    constexpr std::uint8_t kError = severityBit(Severity::Error);
    // Racks as the geometry reads them: system footprint, hall, position and rotation.
    constexpr RuleInputs kRacks = in::Racks | in::RackPlacement | in::Catalog;
    static const std::vector<GeometryRule> rules = {
        {{"geometry.outside_hall", "geometry", kError,
          kRacks | in::Halls | in::PowerNodes | in::CoolingNodes | in::Switches, "geometry",
          "hall footprint; catalog footprint"},
         &GeometryRules::equipmentInHalls,
         &GeometryRules::rackInHall,
         nullptr},
        {{"geometry.overlap", "geometry", kError, kRacks, "geometry", "catalog footprint"},
         nullptr,
         &GeometryRules::rackOverlaps,
         nullptr},
        {{"geometry.aisle", "geometry", kError, kRacks | in::Halls, "geometry",
          "catalog service_clearance_m"},
         nullptr,
         &GeometryRules::rackServiceAreas,
         nullptr},
        // Connections: link and pipe ends, busway feeds and routes (routes of power nodes),
        // racks within reach of their busway, pipe routes ending at their objects.
        {{"geometry.unconnected", "geometry", kError,
          kRacks | in::PowerNodes | in::PowerLinks | in::CoolingNodes | in::Pipes | in::PipeRoutes |
              in::Switches | in::NetworkLinks,
          "geometry", "ASSUMPTION (connection tolerance, busway tap reach)"},
         &GeometryRules::connections,
         &GeometryRules::rackBuswayReach,
         &GeometryRules::pipeEndsAtObjects},
    };
    return rules;
}

const std::vector<RuleSpec>& GeometryRules::rules() const {
    static const std::vector<RuleSpec> specs = [] {
        std::vector<RuleSpec> v;
        for (const GeometryRule& r : ruleTable())
            v.push_back(r.spec);
        return v;
    }();
    return specs;
}

std::vector<Finding> GeometryRules::validate(const ValidationContext& ctx) {
    const Design& d = ctx.design();
    prepare(ctx);
    otherFindings_.clear();
    for (const GeometryRule& rule : ruleTable())
        if (rule.design)
            (this->*rule.design)(ctx, otherFindings_);
    pipeFindings_.assign(d.pipes.size(), {});
    for (std::size_t p = 0; p < d.pipes.size(); ++p)
        pipeFindings_[p] = pipeFindings(d, p);
    rackFindings_.assign(d.racks.size(), {});
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        rackFindings_[i] = rackFindings(d, i);
    std::vector<Finding> out;
    collect(out);
    return out;
}

void GeometryRules::collect(std::vector<Finding>& out) const {
    out.insert(out.end(), otherFindings_.begin(), otherFindings_.end());
    for (const auto& v : pipeFindings_)
        out.insert(out.end(), v.begin(), v.end());
    for (const auto& v : rackFindings_)
        out.insert(out.end(), v.begin(), v.end());
}

bool GeometryRules::revalidatePlacement(const Design& d, const PlacementChange& change,
                                        std::vector<Finding>& out) {
    if (d.racks.size() != racks_.size() || d.pipes.size() != pipeFindings_.size())
        return false;
    for (std::size_t p : change.pipes)
        if (p >= d.pipes.size())
            return false;
    std::vector<std::size_t> movedIdx;
    for (ObjectId id : change.racks) {
        auto it = rackIndex_.find(id);
        if (it == rackIndex_.end() || d.racks[it->second].id != id ||
            d.racks[it->second].hallId != racks_[it->second].hallId ||
            !dims_.count(d.racks[it->second].catalogId))
            return false;
        movedIdx.push_back(it->second);
    }
    std::vector<std::size_t> affected;
    const double reach = maxClearanceM_ + kTouchToleranceM;
    for (std::size_t i : movedIdx) {
        neighbours(racks_[i].hallId, expanded(racks_[i].box, reach), affected, SIZE_MAX);
        gridRemove(i);
        racks_[i] = geometryOf(d.racks[i]);
        gridInsert(i);
    }
    for (std::size_t i : movedIdx)
        neighbours(racks_[i].hallId, expanded(racks_[i].box, reach), affected, SIZE_MAX);
    affected.insert(affected.end(), movedIdx.begin(), movedIdx.end());
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (std::size_t i : affected)
        rackFindings_[i] = rackFindings(d, i);
    for (std::size_t i : movedIdx)
        for (std::size_t p : rackPipes_[i])
            pipeFindings_[p] = pipeFindings(d, p);
    for (std::size_t p : change.pipes)
        pipeFindings_[p] = pipeFindings(d, p);
    collect(out);
    return true;
}

} // namespace aifp
