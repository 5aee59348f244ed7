#pragma once
#include "core/model/Geometry.hpp"
#include "core/validation/RuleFamily.hpp"
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

// geometry.*: racks and equipment inside their halls, rack overlaps, service clearance in front
// of and behind each rack, and connections (link/pipe endpoints exist, pipe routes end at their
// endpoints, racks within reach of the busway that feeds them).
//
// Incremental: the family keeps a uniform grid per hall and each rack's and pipe's findings. When
// racks only move or rotate (and pipe routes follow them), it re-checks the moved racks, the
// racks near their old and new places, and the pipes ending at the moved racks or re-routed.
class GeometryRules : public RuleFamily {
public:
    const char* name() const override { return "geometry"; }
    const std::vector<RuleSpec>& rules() const override;
    std::vector<Finding> validate(const ValidationContext& ctx) override;
    bool revalidatePlacement(const Design& design, const PlacementChange& change,
                             std::vector<Finding>& out) override;

    // Axis-aligned box of a rotated rectangle of the given size centred on c (plan view).
    static RectM rotatedBox(const PointM& c, double widthM, double depthM, double rotationDeg,
                            double offsetYM = 0.0);

private:
    struct Dims {
        double widthM = 0.6, depthM = 1.2, clearanceM = 1.2;
    };
    struct RackGeo {
        ObjectId id = kNoId;
        ObjectId hallId = kNoId;
        RectM box, front, back;
    };
    // A rack as its rules check it: its index, and the racks near it (within the largest service
    // clearance; crowded: more than the bounded number were found, not all are listed).
    struct RackNeighbourhood {
        std::size_t index = 0;
        std::vector<std::size_t> near; // ascending
        bool crowded = false;
    };
    // A rule's checks, each optional: over the design's equipment and connections (their
    // findings do not change when racks move), per rack, per pipe.
    using DesignCheck = void (GeometryRules::*)(const ValidationContext&,
                                                std::vector<Finding>&) const;
    using RackCheck = void (GeometryRules::*)(const Design&, const RackNeighbourhood&,
                                              std::vector<Finding>&) const;
    using PipeCheck = void (GeometryRules::*)(const Design&, std::size_t,
                                              std::vector<Finding>&) const;
    struct GeometryRule {
        RuleSpec spec;
        DesignCheck design = nullptr;
        RackCheck rack = nullptr;
        PipeCheck pipe = nullptr;
    };
    static const std::vector<GeometryRule>& ruleTable();

    // The layout the checks read: halls, system footprints, rack boxes and grid, pipe ends,
    // busways and the racks they feed.
    void prepare(const ValidationContext& ctx);
    void indexConnections(const ValidationContext& ctx);
    // geometry.outside_hall
    void equipmentInHalls(const ValidationContext& ctx, std::vector<Finding>& out) const;
    void rackInHall(const Design& d, const RackNeighbourhood& n, std::vector<Finding>& out) const;
    // geometry.overlap
    void rackOverlaps(const Design& d, const RackNeighbourhood& n, std::vector<Finding>& out) const;
    // geometry.aisle
    void rackServiceAreas(const Design& d, const RackNeighbourhood& n,
                          std::vector<Finding>& out) const;
    // geometry.unconnected
    void connections(const ValidationContext& ctx, std::vector<Finding>& out) const;
    void connectionEnds(const ValidationContext& ctx, std::vector<Finding>& out) const;
    void buswayFeeds(const ValidationContext& ctx, std::vector<Finding>& out) const;
    void rackBuswayReach(const Design& d, const RackNeighbourhood& n,
                         std::vector<Finding>& out) const;
    void pipeEndsAtObjects(const Design& d, std::size_t pipe, std::vector<Finding>& out) const;

    RackGeo geometryOf(const Rack& r) const;
    std::uint64_t cellKey(ObjectId hallId, long cx, long cy) const;
    void gridInsert(std::size_t rack);
    void gridRemove(std::size_t rack);
    // Racks whose box touches a grid cell overlapped by `area` in the hall (at most limit).
    void neighbours(ObjectId hallId, const RectM& area, std::vector<std::size_t>& found,
                    std::size_t limit);
    std::vector<Finding> rackFindings(const Design& d, std::size_t rack);
    std::vector<Finding> pipeFindings(const Design& d, std::size_t pipe) const;
    double clearanceM(const std::string& catalogId) const;
    // Where a pipe end is: a rack (its position read from the design, racks move) or the
    // position of a power or cooling node or switch when validated; found false: neither.
    struct PipeEnd {
        std::int64_t rack = -1;
        bool found = false;
        PointM positionM;
    };
    PointM endPosition(const Design& d, const PipeEnd& end) const;
    void collect(std::vector<Finding>& out) const;

    ValidationOptions options_;
    std::unordered_map<ObjectId, RectM> halls_;
    std::unordered_map<ObjectId, std::string> hallNames_;
    std::unordered_map<std::string, Dims> dims_;
    double maxClearanceM_ = 0.0;
    std::vector<RackGeo> racks_;
    std::unordered_map<ObjectId, std::size_t> rackIndex_;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid_;
    std::vector<std::vector<Finding>> rackFindings_;
    std::vector<std::vector<std::size_t>> rackPipes_;   // pipes ending at each rack
    std::vector<std::vector<std::size_t>> rackBusways_; // busway node indices feeding it
    std::unordered_map<std::size_t, std::vector<PointM>> buswayRoutes_;
    std::unordered_map<std::size_t, std::string> buswayNames_;
    std::vector<std::array<PipeEnd, 2>> pipeEnds_; // per pipe: source, target
    // Kinds of the ends (source, target) of each power link and pipe in the id table.
    std::vector<std::array<ObjectKind, 2>> powerLinkEndKinds_, pipeEndKinds_;
    std::vector<std::vector<Finding>> pipeFindings_;
    std::vector<Finding> otherFindings_;
    std::vector<std::uint32_t> stamp_;
    std::uint32_t stampNow_ = 0;
};

} // namespace aifp
