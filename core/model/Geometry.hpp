#pragma once
#include <cmath>
#include <vector>

namespace aifp {

// A point in site coordinates, metres. x east, y north, z up; the floor of a hall is z = 0.
struct PointM {
    double xM = 0.0;
    double yM = 0.0;
    double zM = 0.0;
    friend bool operator==(const PointM&, const PointM&) = default;
};

inline double distanceM(const PointM& a, const PointM& b) {
    return std::sqrt((a.xM - b.xM) * (a.xM - b.xM) + (a.yM - b.yM) * (a.yM - b.yM) +
                     (a.zM - b.zM) * (a.zM - b.zM));
}

// Distance on the floor plan (z ignored).
inline double planDistanceM(const PointM& a, const PointM& b) {
    return std::hypot(a.xM - b.xM, a.yM - b.yM);
}

// Plan distance from p to the segment ab (to a when the segment has no length).
inline double planDistanceToSegmentM(const PointM& p, const PointM& a, const PointM& b) {
    const double dx = b.xM - a.xM, dy = b.yM - a.yM;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.xM - a.xM) * dx + (p.yM - a.yM) * dy) / len2 : 0.0;
    t = t < 0.0 ? 0.0 : (t > 1.0 ? 1.0 : t);
    return std::hypot(p.xM - (a.xM + t * dx), p.yM - (a.yM + t * dy));
}

// Length of a polyline: the sum of its segments.
inline double polylineLengthM(const std::vector<PointM>& path) {
    double lengthM = 0.0;
    for (std::size_t i = 1; i < path.size(); ++i)
        lengthM += distanceM(path[i - 1], path[i]);
    return lengthM;
}

// Axis-aligned rectangle on the floor plan (metres).
struct RectM {
    double minXM = 0.0;
    double minYM = 0.0;
    double maxXM = 0.0;
    double maxYM = 0.0;
    double widthM() const { return maxXM - minXM; }
    double depthM() const { return maxYM - minYM; }
    bool contains(const RectM& o, double toleranceM = 1e-6) const {
        return o.minXM >= minXM - toleranceM && o.minYM >= minYM - toleranceM &&
               o.maxXM <= maxXM + toleranceM && o.maxYM <= maxYM + toleranceM;
    }
    bool overlaps(const RectM& o, double toleranceM = 1e-6) const {
        return o.minXM < maxXM - toleranceM && o.maxXM > minXM + toleranceM &&
               o.minYM < maxYM - toleranceM && o.maxYM > minYM + toleranceM;
    }
};

} // namespace aifp
