#include "core/validation/CoolingModel.hpp"
#include "core/validation/WaterFlow.hpp"
#include <algorithm>
#include <functional>

namespace aifp {

namespace {
constexpr double kDefaultDeltaTK = 10.0; // reference-data.md 2.1: OCP 1.5 L/min/kW at <= 10 K
constexpr double kDefaultSupplyC = 30.0; // ASSUMPTION: warm-water DLC, reference-data.md 2.3
} // namespace

// Each pipe's ends, looked up once: the source node (-1: none), the target node or rack; and the
// pipes into and out of each node and into each rack.
struct CoolingModel::PipeGraph {
    std::vector<int> pipeFrom;
    std::vector<DesignIndex::Entry> pipeTo;
    std::vector<std::vector<std::size_t>> nodeIn, nodeOut, rackIn;
};

CoolingModel::CoolingModel(const Design& design, const std::vector<double>& rackLiquidKw,
                           double roundTripFactor, const DesignIndex* objects)
    : design_(design), roundTripFactor_(roundTripFactor) {
    if (!objects) {
        ownObjects_ = std::make_unique<DesignIndex>(design);
        objects = ownObjects_.get();
    }
    objects_ = objects;
    graph_ = std::make_unique<PipeGraph>(pipeGraph());
    findLoopCdus(*graph_);
    assignRackCdus(*graph_, rackLiquidKw);
    computePipeFlows(*graph_, rackLiquidKw);
    computeRackDrops(*graph_);
}

CoolingModel::~CoolingModel() = default;

void CoolingModel::rerouted(const std::vector<std::size_t>& pipes) {
    for (std::size_t p : pipes)
        if (p < pipeDropKpa_.size() && graph_->pipeFrom[p] >= 0)
            pipeDropKpa_[p] = pipeDropAt(p);
    computeRackDrops(*graph_);
}

double CoolingModel::pipeDropAt(std::size_t p) const {
    const Pipe& pipe = design_.pipes[p];
    return roundTripFactor_ * pipeHydraulics(pipeFlowLpm_[p], pipe.innerDiameterMm, pipeLengthM(p),
                                             pipe.roughnessMm, pipeTempC_[p])
                                  .pressureDropKpa;
}

CoolingModel::PipeGraph CoolingModel::pipeGraph() const {
    const std::size_t np = design_.pipes.size();
    const std::size_t n = design_.coolingNodes.size();
    PipeGraph g;
    g.pipeFrom.assign(np, -1);
    g.pipeTo.assign(np, {});
    g.nodeIn.assign(n, {});
    g.nodeOut.assign(n, {});
    g.rackIn.assign(design_.racks.size(), {});
    for (std::size_t p = 0; p < np; ++p) {
        const Pipe& pipe = design_.pipes[p];
        g.pipeFrom[p] = nodeIndex(pipe.fromId);
        if (g.pipeFrom[p] < 0)
            continue;
        g.pipeTo[p] = objects_->findAs(pipe.toId, ObjectKind::CoolingNode, ObjectKind::Rack);
        if (g.pipeTo[p].kind == ObjectKind::CoolingNode) {
            g.nodeIn[g.pipeTo[p].index].push_back(p);
            g.nodeOut[g.pipeFrom[p]].push_back(p);
        } else if (g.pipeTo[p].kind == ObjectKind::Rack) {
            g.rackIn[g.pipeTo[p].index].push_back(p);
            g.nodeOut[g.pipeFrom[p]].push_back(p);
        }
    }
    return g;
}

// The loop CDU of each node: itself when a CDU, else the first CDU up its technology pipes.
void CoolingModel::findLoopCdus(const PipeGraph& g) {
    const auto& nodes = design_.coolingNodes;
    const int n = static_cast<int>(nodes.size());
    loopCdu_.assign(n, -2); // -2: not computed, -3: in progress
    std::function<int(int)> findCdu = [&](int i) -> int {
        if (loopCdu_[i] >= -1)
            return loopCdu_[i];
        if (loopCdu_[i] == -3)
            return -1;
        if (nodes[i].kind == CoolingNodeKind::Cdu)
            return loopCdu_[i] = i;
        loopCdu_[i] = -3;
        int found = -1;
        for (std::size_t p : g.nodeIn[i])
            if (design_.pipes[p].loop == CoolantLoop::Technology && found < 0)
                found = findCdu(g.pipeFrom[p]);
        return loopCdu_[i] = found;
    };
    for (int i = 0; i < n; ++i)
        findCdu(i);
}

// The CDUs serving each rack, and each CDU's share of its racks' liquid heat.
void CoolingModel::assignRackCdus(const PipeGraph& g, const std::vector<double>& rackLiquidKw) {
    rackCdus_.assign(design_.racks.size(), {});
    cduLoadKw_.assign(design_.coolingNodes.size(), 0.0);
    for (std::size_t r = 0; r < design_.racks.size(); ++r) {
        auto& cdus = rackCdus_[r];
        for (std::size_t p : g.rackIn[r]) {
            const int c = loopCdu_[g.pipeFrom[p]];
            if (c >= 0)
                cdus.push_back(c);
        }
        std::sort(cdus.begin(), cdus.end());
        cdus.erase(std::unique(cdus.begin(), cdus.end()), cdus.end());
        const double kw = r < rackLiquidKw.size() ? rackLiquidKw[r] : 0.0;
        for (int c : cdus)
            cduLoadKw_[c] += kw / static_cast<double>(cdus.size());
    }
}

// Heat carried by each pipe (what its target passes on, split among the target's inputs), its
// flow at its loop's temperature rise, and its pressure drop at the loop's supply temperature.
void CoolingModel::computePipeFlows(const PipeGraph& g, const std::vector<double>& rackLiquidKw) {
    const auto& nodes = design_.coolingNodes;
    const int n = static_cast<int>(nodes.size());
    const std::size_t np = design_.pipes.size();
    pipeHeatKw_.assign(np, 0.0);
    std::vector<int> nodeState(n, 0); // 0 new, 1 in progress, 2 done
    std::vector<double> nodeHeat(n, 0.0);
    auto rackShare = [&](std::size_t rack) {
        return (rack < rackLiquidKw.size() ? rackLiquidKw[rack] : 0.0) /
               static_cast<double>(g.rackIn[rack].size());
    };
    std::function<double(int)> heatAt = [&](int i) -> double {
        if (nodeState[i] == 2)
            return nodeHeat[i];
        if (nodeState[i] == 1)
            return 0.0; // a loop of pipes: do not count twice
        nodeState[i] = 1;
        double sum = 0.0;
        for (std::size_t p : g.nodeOut[i]) {
            const DesignIndex::Entry to = g.pipeTo[p];
            if (to.kind == ObjectKind::CoolingNode)
                sum += heatAt(static_cast<int>(to.index)) /
                       static_cast<double>(g.nodeIn[to.index].size());
            else if (to.kind == ObjectKind::Rack)
                sum += rackShare(to.index);
        }
        nodeState[i] = 2;
        return nodeHeat[i] = sum;
    };
    pipeFlowLpm_.assign(np, 0.0);
    pipeTempC_.assign(np, kDefaultSupplyC);
    pipeDropKpa_.assign(np, 0.0);
    for (std::size_t p = 0; p < np; ++p) {
        const Pipe& pipe = design_.pipes[p];
        if (g.pipeFrom[p] < 0)
            continue;
        const DesignIndex::Entry to = g.pipeTo[p];
        if (to.kind == ObjectKind::CoolingNode)
            pipeHeatKw_[p] =
                heatAt(static_cast<int>(to.index)) / static_cast<double>(g.nodeIn[to.index].size());
        else if (to.kind == ObjectKind::Rack)
            pipeHeatKw_[p] = rackShare(to.index);
        // Temperature rise and supply temperature of the loop the pipe belongs to.
        const CoolingNode* loopNode = &nodes[g.pipeFrom[p]];
        if (pipe.loop == CoolantLoop::Technology && loopCdu_[g.pipeFrom[p]] >= 0)
            loopNode = &nodes[loopCdu_[g.pipeFrom[p]]];
        const double dT = loopNode->deltaTK > 0 ? loopNode->deltaTK : kDefaultDeltaTK;
        double supplyC = loopNode->supplyTempC;
        if (supplyC <= 0) {
            const Hall* hall = nullptr;
            for (const Hall& h : design_.halls)
                if (h.id == loopNode->hallId)
                    hall = &h;
            supplyC = hall ? hall->facilityWaterSupplyC : kDefaultSupplyC;
        }
        pipeTempC_[p] = supplyC;
        pipeFlowLpm_[p] = waterFlowLpm(pipeHeatKw_[p], dT);
        pipeDropKpa_[p] = pipeDropAt(p);
    }
}

// Pressure drop from the loop CDU to each node, then to each rack (worst branch).
void CoolingModel::computeRackDrops(const PipeGraph& g) {
    const auto& nodes = design_.coolingNodes;
    const int n = static_cast<int>(nodes.size());
    std::vector<double> dropTo(n, 0.0);
    std::vector<int> nodeState(n, 0); // 0 new, 1 in progress, 2 done
    std::function<double(int)> dropAt = [&](int i) -> double {
        if (nodeState[i] == 2)
            return dropTo[i];
        if (nodeState[i] == 1 || nodes[i].kind == CoolingNodeKind::Cdu)
            return 0.0;
        nodeState[i] = 1;
        double worst = 0.0;
        for (std::size_t p : g.nodeIn[i])
            if (design_.pipes[p].loop == CoolantLoop::Technology)
                worst = std::max(worst, pipeDropKpa_[p] + dropAt(g.pipeFrom[p]));
        nodeState[i] = 2;
        return dropTo[i] = worst;
    };
    rackPathDropKpa_.assign(design_.racks.size(), 0.0);
    for (std::size_t r = 0; r < design_.racks.size(); ++r)
        for (std::size_t p : g.rackIn[r])
            rackPathDropKpa_[r] =
                std::max(rackPathDropKpa_[r], pipeDropKpa_[p] + dropAt(g.pipeFrom[p]));
}

int CoolingModel::nodeIndex(ObjectId id) const {
    return static_cast<int>(objects_->indexOf(id, ObjectKind::CoolingNode));
}

double CoolingModel::pipeLengthM(std::size_t p) const {
    const Pipe& pipe = design_.pipes[p];
    return pipe.lengthM > 0 ? pipe.lengthM : polylineLengthM(pipe.routeM);
}

} // namespace aifp
