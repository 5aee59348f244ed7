#pragma once
#include "core/model/Design.hpp"
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

// The liquid-cooling graph of a design: which CDUs serve each rack (through manifolds), the heat
// each CDU and each pipe carries, and the pressure drop from each CDU to its racks.
class CoolingModel {
public:
    // rackLiquidKw: liquid-side heat of each rack (index into design.racks), kW.
    // options: pipe round-trip factor (2 when a pipe models a supply/return pair).
    // objects: the id table of the validation run, or nullptr to build one.
    CoolingModel(const Design& design, const std::vector<double>& rackLiquidKw,
                 double roundTripFactor, const DesignIndex* objects = nullptr);
    ~CoolingModel();
    CoolingModel(const CoolingModel&) = delete;
    CoolingModel& operator=(const CoolingModel&) = delete;

    // The given pipes (indices into design.pipes) were re-routed in the design, nothing else
    // changed (a placement-only edit): their lengths' pressure drops and the racks' path drops
    // are computed again; the graph, heat and flows stay.
    void rerouted(const std::vector<std::size_t>& pipes);

    int nodeIndex(ObjectId id) const;
    // CDUs (cooling node indices) feeding rack r; empty when none.
    const std::vector<int>& rackCdus(std::size_t r) const { return rackCdus_[r]; }
    // Liquid heat on each cooling node (CDUs: the racks they serve; others: what flows through).
    double cduLoadKw(int node) const { return cduLoadKw_[node]; }
    double pipeHeatKw(std::size_t pipe) const { return pipeHeatKw_[pipe]; }
    double pipeFlowLpm(std::size_t pipe) const { return pipeFlowLpm_[pipe]; }
    double pipeLengthM(std::size_t pipe) const;
    double pipeTemperatureC(std::size_t pipe) const { return pipeTempC_[pipe]; }
    double pipeDropKpa(std::size_t pipe) const { return pipeDropKpa_[pipe]; }
    // Largest pressure drop from the rack's CDU to rack r through the technology loop, kPa.
    double rackPathDropKpa(std::size_t r) const { return rackPathDropKpa_[r]; }
    // The CDU that pumps the technology loop a node belongs to (-1 when none).
    int loopCdu(int node) const { return loopCdu_[node]; }

private:
    struct PipeGraph;
    PipeGraph pipeGraph() const;
    void findLoopCdus(const PipeGraph& g);
    void assignRackCdus(const PipeGraph& g, const std::vector<double>& rackLiquidKw);
    void computePipeFlows(const PipeGraph& g, const std::vector<double>& rackLiquidKw);
    double pipeDropAt(std::size_t pipe) const; // from the pipe's flow, temperature and length
    void computeRackDrops(const PipeGraph& g);

    const Design& design_;
    std::unique_ptr<DesignIndex> ownObjects_;
    const DesignIndex* objects_ = nullptr;
    double roundTripFactor_ = 1.0;
    std::unique_ptr<PipeGraph> graph_;
    std::vector<std::vector<int>> rackCdus_;
    std::vector<double> cduLoadKw_;
    std::vector<double> pipeHeatKw_, pipeFlowLpm_, pipeTempC_, pipeDropKpa_;
    std::vector<double> rackPathDropKpa_;
    std::vector<int> loopCdu_;
};

} // namespace aifp
