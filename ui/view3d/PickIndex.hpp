#pragma once
#include "ui/view3d/SceneInputs.hpp"
#include <unordered_map>
#include <vector>

namespace aifp::ui {

// A ray in site coordinates: origin and unit direction.
struct Ray {
    PointM originM;
    PointM dir;
};

// Model-side picking: boxes in a sparse uniform grid over the floor plan (racks dominate; a
// 7,500-rack site has ~2 boxes per cell), segments (pipes, busways) tested one by one.
class PickIndex {
public:
    void build(std::vector<PickBox> boxes, std::vector<PickSegment> segments);
    // The nearest object the ray hits, kNoId if none.
    ObjectId pick(const Ray& ray) const;
    const std::vector<PickBox>& boxes() const { return boxes_; }
    const std::vector<PickSegment>& segments() const { return segments_; }
    // Union of the boxes and segments of the given object ids.
    bool boundsOf(const std::vector<ObjectId>& ids, PickBox& out) const;

private:
    long long cellKey(long long cx, long long cy) const { return (cx << 32) ^ (cy & 0xffffffffLL); }
    std::vector<PickBox> boxes_;
    std::vector<PickSegment> segments_;
    std::unordered_map<long long, std::vector<std::size_t>> cells_;
    double cellM_ = 2.0;
    PickBox extent_;
    bool empty_ = true;
};

// Distance along the ray to the box, or a negative number when it misses.
double rayBoxT(const Ray& ray, const PickBox& box);
// Distance along the ray to the closest approach of a segment within radiusM, or negative.
double raySegmentT(const Ray& ray, const PickSegment& seg);

} // namespace aifp::ui
