#include "ui/view3d/PickIndex.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace aifp::ui {

namespace {
double comp(const PointM& p, int i) {
    return i == 0 ? p.xM : (i == 1 ? p.yM : p.zM);
}
} // namespace

double rayBoxT(const Ray& ray, const PickBox& box) {
    double t0 = 0.0, t1 = std::numeric_limits<double>::max();
    for (int i = 0; i < 3; ++i) {
        const double o = comp(ray.originM, i), d = comp(ray.dir, i);
        const double lo = comp(box.minM, i), hi = comp(box.maxM, i);
        if (std::abs(d) < 1e-12) {
            if (o < lo || o > hi)
                return -1.0;
            continue;
        }
        double a = (lo - o) / d, b = (hi - o) / d;
        if (a > b)
            std::swap(a, b);
        t0 = std::max(t0, a);
        t1 = std::min(t1, b);
        if (t0 > t1)
            return -1.0;
    }
    return t0;
}

double raySegmentT(const Ray& ray, const PickSegment& seg) {
    // Closest points between the ray o + t d and the segment a + s (b - a), s in [0, 1].
    const double ux = ray.dir.xM, uy = ray.dir.yM, uz = ray.dir.zM;
    const double vx = seg.bM.xM - seg.aM.xM, vy = seg.bM.yM - seg.aM.yM, vz = seg.bM.zM - seg.aM.zM;
    const double wx = ray.originM.xM - seg.aM.xM, wy = ray.originM.yM - seg.aM.yM,
                 wz = ray.originM.zM - seg.aM.zM;
    const double a = ux * ux + uy * uy + uz * uz, b = ux * vx + uy * vy + uz * vz,
                 c = vx * vx + vy * vy + vz * vz, d = ux * wx + uy * wy + uz * wz,
                 e = vx * wx + vy * wy + vz * wz;
    const double den = a * c - b * b;
    double s = 0.0;
    if (c < 1e-12)
        s = 0.0;
    else if (den < 1e-12)
        s = std::clamp(e / c, 0.0, 1.0);
    else
        s = std::clamp((a * e - b * d) / den, 0.0, 1.0);
    double t = (b * s - d) / a;
    if (t < 0.0)
        t = 0.0;
    // Re-project s for the clamped t.
    if (c >= 1e-12)
        s = std::clamp((t * b + e) / c, 0.0, 1.0);
    const double px = ray.originM.xM + t * ux - (seg.aM.xM + s * vx);
    const double py = ray.originM.yM + t * uy - (seg.aM.yM + s * vy);
    const double pz = ray.originM.zM + t * uz - (seg.aM.zM + s * vz);
    const double dist = std::sqrt(px * px + py * py + pz * pz);
    return dist <= seg.radiusM ? t : -1.0;
}

void PickIndex::build(std::vector<PickBox> boxes, std::vector<PickSegment> segments) {
    boxes_ = std::move(boxes);
    segments_ = std::move(segments);
    cells_.clear();
    empty_ = boxes_.empty();
    if (empty_)
        return;
    extent_ = boxes_.front();
    for (const PickBox& b : boxes_) {
        extent_.minM = {std::min(extent_.minM.xM, b.minM.xM), std::min(extent_.minM.yM, b.minM.yM),
                        std::min(extent_.minM.zM, b.minM.zM)};
        extent_.maxM = {std::max(extent_.maxM.xM, b.maxM.xM), std::max(extent_.maxM.yM, b.maxM.yM),
                        std::max(extent_.maxM.zM, b.maxM.zM)};
    }
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const PickBox& b = boxes_[i];
        const auto x0 = static_cast<long long>(std::floor(b.minM.xM / cellM_));
        const auto x1 = static_cast<long long>(std::floor(b.maxM.xM / cellM_));
        const auto y0 = static_cast<long long>(std::floor(b.minM.yM / cellM_));
        const auto y1 = static_cast<long long>(std::floor(b.maxM.yM / cellM_));
        for (long long cx = x0; cx <= x1; ++cx)
            for (long long cy = y0; cy <= y1; ++cy)
                cells_[cellKey(cx, cy)].push_back(i);
    }
}

ObjectId PickIndex::pick(const Ray& ray) const {
    double bestT = std::numeric_limits<double>::max();
    ObjectId best = kNoId;
    if (!empty_) {
        // The part of the ray inside the boxes' extent, walked through the grid in plan.
        const double tIn = rayBoxT(ray, extent_);
        if (tIn >= 0.0) {
            Ray back{{ray.originM.xM + ray.dir.xM * 1e7, ray.originM.yM + ray.dir.yM * 1e7,
                      ray.originM.zM + ray.dir.zM * 1e7},
                     {-ray.dir.xM, -ray.dir.yM, -ray.dir.zM}};
            const double tOut = 1e7 - std::max(0.0, rayBoxT(back, extent_));
            const double planLen = (tOut - tIn) * std::hypot(ray.dir.xM, ray.dir.yM);
            const int steps = std::max(1, static_cast<int>(std::ceil(planLen / (cellM_ / 4))));
            std::unordered_set<long long> seen;
            std::unordered_set<std::size_t> tested;
            for (int k = 0; k <= steps; ++k) {
                const double t = tIn + (tOut - tIn) * k / steps;
                const auto cx =
                    static_cast<long long>(std::floor((ray.originM.xM + t * ray.dir.xM) / cellM_));
                const auto cy =
                    static_cast<long long>(std::floor((ray.originM.yM + t * ray.dir.yM) / cellM_));
                for (long long dx = -1; dx <= 1; ++dx)
                    for (long long dy = -1; dy <= 1; ++dy) {
                        const long long key = cellKey(cx + dx, cy + dy);
                        if (!seen.insert(key).second)
                            continue;
                        auto it = cells_.find(key);
                        if (it == cells_.end())
                            continue;
                        for (std::size_t i : it->second) {
                            if (!tested.insert(i).second)
                                continue;
                            const double hit = rayBoxT(ray, boxes_[i]);
                            if (hit >= 0.0 && hit < bestT) {
                                bestT = hit;
                                best = boxes_[i].id;
                            }
                        }
                    }
                const double planSpeed = std::max(std::hypot(ray.dir.xM, ray.dir.yM), 1e-3);
                if (best != kNoId && t > bestT + 3 * cellM_ / planSpeed)
                    break; // cells further along cannot hold a nearer hit
            }
        }
    }
    for (const PickSegment& s : segments_) {
        const double hit = raySegmentT(ray, s);
        if (hit >= 0.0 && hit < bestT) {
            bestT = hit;
            best = s.id;
        }
    }
    return best;
}

bool PickIndex::boundsOf(const std::vector<ObjectId>& ids, PickBox& out) const {
    std::unordered_set<ObjectId> want(ids.begin(), ids.end());
    bool any = false;
    auto grow = [&](const PointM& lo, const PointM& hi) {
        if (!any) {
            out.minM = lo;
            out.maxM = hi;
            any = true;
            return;
        }
        out.minM = {std::min(out.minM.xM, lo.xM), std::min(out.minM.yM, lo.yM),
                    std::min(out.minM.zM, lo.zM)};
        out.maxM = {std::max(out.maxM.xM, hi.xM), std::max(out.maxM.yM, hi.yM),
                    std::max(out.maxM.zM, hi.zM)};
    };
    for (const PickBox& b : boxes_)
        if (want.count(b.id))
            grow(b.minM, b.maxM);
    for (const PickSegment& s : segments_)
        if (want.count(s.id)) {
            const double r = s.radiusM;
            grow({std::min(s.aM.xM, s.bM.xM) - r, std::min(s.aM.yM, s.bM.yM) - r,
                  std::min(s.aM.zM, s.bM.zM) - r},
                 {std::max(s.aM.xM, s.bM.xM) + r, std::max(s.aM.yM, s.bM.yM) + r,
                  std::max(s.aM.zM, s.bM.zM) + r});
        }
    return any;
}

} // namespace aifp::ui
