#include "core/generate/PowerChainSizer.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/generate/SizingRules.hpp"
#include "core/i18n/Translate.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace aifp {

RedundancyPattern redundancyPattern(RedundancyScheme scheme) {
    switch (scheme) {
    case RedundancyScheme::N:
        return {1, 1, false};
    case RedundancyScheme::NPlus1:
        return {1, 1, true};
    case RedundancyScheme::TwoN:
        return {2, 2, false};
    case RedundancyScheme::Distributed4N3:
        return {4, 2, false};
    case RedundancyScheme::Distributed3N2:
        return {3, 2, false};
    }
    return {2, 2, false};
}

namespace {
// LV board continuous capacity: 4,000 A at 415 V, PF 0.95, loaded to 80 % (SizingRules.hpp).
double lvBoardContinuousKw() {
    return std::numbers::sqrt3 * rules::kLvVoltageV * rules::kLvSwitchboardA * rules::kItPowerFactor *
           rules::kContinuousLoadFactor / 1000.0;
}
} // namespace

double blockItCapacityKw() {
    // The block's bottleneck: the 2,500 kVA transformer or its 4,000 A LV board at the 80 %
    // continuous-load limit, whichever is smaller, times the UPS efficiency.
    const double transformerKw = rules::kTransformerKva * rules::kItPowerFactor;
    return std::min(transformerKw, lvBoardContinuousKw()) * rules::kUpsEfficiency;
}

double buswayCapacityKw() {
    return std::numbers::sqrt3 * rules::kLvVoltageV * rules::kBuswayMaxA * rules::kItPowerFactor *
           rules::kBuswayUtilisation / 1000.0;
}

namespace {

// A load fed as one unit: a busway over up to n racks, or a PDU of network switches.
struct Cell {
    std::size_t hall = 0;
    std::vector<std::size_t> racks; // empty: network PDU
    double loadKw = 0.0;
    std::vector<PointM> routeM; // busway route over the racks (or the PDU position)
};

// Ampacity of a cable or tap carrying a continuous load of loadKw: the load current may use at
// most 80 % of it (NEC 210.19(A)/215.2(A), SizingRules.hpp).
double continuousAmpacityA(double loadKw) {
    return rules::threePhaseCurrentA(loadKw, rules::kLvVoltageV, rules::kItPowerFactor) /
           rules::kContinuousLoadFactor;
}

// "<prefix><number><suffix>", built by appending (GCC 12 reports a false -Wrestrict on
// const char* + std::string&&).
std::string numberedName(const char* prefix, int number, const std::string& suffix) {
    std::string s = prefix;
    s += std::to_string(number);
    s += suffix;
    return s;
}

std::string pathLetter(int i) {
    return std::string(1, static_cast<char>('A' + i));
}

} // namespace

namespace {

// Sizes the power chain step by step (docs/estimation.md 2.2): cells of racks per
// busway, IT blocks per redundancy group, feeders to the cells, mechanical boards, shared N+1
// generators, and the on-site HV substation with its utility feeds.
class PowerChainBuilder {
public:
    PowerChainBuilder(const SystemSpec& spec, RedundancyScheme scheme, const LayoutResult& layout,
                      const std::vector<double>& hallNetworkKw,
                      const std::vector<double>& hallMechanicalKw, Design& design)
        : spec_(spec), scheme_(scheme), pat_(redundancyPattern(scheme)), layout_(layout),
          hallNetworkKw_(hallNetworkKw), hallMechanicalKw_(hallMechanicalKw), d_(design),
          blockCapKw_(blockItCapacityKw()), buswayKw_(buswayCapacityKw()) {}

    PowerSizing run() {
        checkRackFitsBusway();
        racksPerBusway_ = std::max(1, static_cast<int>(buswayKw_ / spec_.rackPowerKw));
        const std::vector<std::vector<Cell>> hallCells = buildCells();
        for (std::size_t h = 0; h < layout_.halls.size(); ++h) {
            YardPlacer yard(layout_.halls[h].yardM, 3.0);
            if (pat_.blocksPerSystem == 1 || pat_.blocksPerSystem == 2)
                feedBlockGroups(h, hallCells[h], yard);
            else
                feedDistributed(h, hallCells[h], yard);
            addMechanical(h, yard);
        }
        addSubstation();
        out_.notes.push_back(summaryNote());
        return out_;
    }

private:
    // A load fed as one unit: a busway over up to n racks, or a PDU of network switches.
    struct Cell {
        std::size_t hall = 0;
        std::vector<std::size_t> racks; // empty: network PDU
        double loadKw = 0.0;
        std::vector<PointM> routeM; // busway route over the racks (or the PDU position)
    };

    // Busway height above the floor: 3 m (assumption, overhead track busway).
    static constexpr double kBuswayZ = 3.0;

    void checkRackFitsBusway() const {
        if (spec_.rackPowerKw <= buswayKw_)
            return;
        std::string msg = "power: a ";
        msg += display::formatSignificantPlain(spec_.rackPowerKw, 6);
        msg += " kW rack exceeds one 800 A busway at 415 V (";
        msg += display::formatSignificantPlain(buswayKw_, 4);
        msg += " kW at 80 %)";
        throw GenerateError(msg);
    }

    // Cells per hall: busways over runs of racks in each row, then network PDUs.
    std::vector<std::vector<Cell>> buildCells() {
        std::vector<std::vector<Cell>> hallCells(layout_.halls.size());
        const auto perBusway = static_cast<std::size_t>(racksPerBusway_);
        for (std::size_t h = 0; h < layout_.halls.size(); ++h) {
            for (std::size_t ri : layout_.halls[h].rows) {
                const LaidOutRow& row = layout_.rows[ri];
                for (std::size_t i = 0; i < row.racks.size(); i += perBusway) {
                    Cell c;
                    c.hall = h;
                    const std::size_t end = std::min(row.racks.size(), i + perBusway);
                    c.racks.assign(row.racks.begin() + static_cast<long>(i),
                                   row.racks.begin() + static_cast<long>(end));
                    c.loadKw = spec_.rackPowerKw * static_cast<double>(c.racks.size());
                    const PointM& a = d_.racks[c.racks.front()].centerM;
                    const PointM& b = d_.racks[c.racks.back()].centerM;
                    c.routeM = {{a.xM - spec_.footprintWidthM / 2.0, a.yM, kBuswayZ},
                                {b.xM + spec_.footprintWidthM / 2.0, b.yM, kBuswayZ}};
                    itKw_ += c.loadKw;
                    hallCells[h].push_back(std::move(c));
                }
            }
            // Network switches: PDUs of at most one busway's load each, at the network rows.
            double left = hallNetworkKw_[h];
            std::size_t slot = 0;
            const auto& slots = layout_.halls[h].networkSlotsM;
            while (left > 1e-9) {
                Cell c;
                c.hall = h;
                c.loadKw = std::min(left, buswayKw_);
                left -= c.loadKw;
                c.routeM = {slots.empty() ? PointM{} : slots[std::min(slot++, slots.size() - 1)]};
                itKw_ += c.loadKw;
                hallCells[h].push_back(std::move(c));
            }
        }
        return hallCells;
    }

    std::size_t addNode(PowerNodeKind kind, const std::string& name, const std::string& catalogId,
                        PointM pos, double kva, double kw, double volts, double eff,
                        const std::string& path) {
        PowerNode n;
        n.id = d_.allocateId();
        n.kind = kind;
        n.name = name;
        n.catalogId = catalogId;
        n.positionM = pos;
        n.ratingKva = kva;
        n.ratingKw = kw;
        n.voltageV = volts;
        n.efficiency = eff;
        n.path = path;
        d_.powerNodes.push_back(std::move(n));
        return d_.powerNodes.size() - 1;
    }

    void link(ObjectId from, ObjectId to, PowerLinkKind kind, const PointM& a, const PointM& b,
              double amps) {
        PowerLink l;
        l.id = d_.allocateId();
        l.fromId = from;
        l.toId = to;
        l.kind = kind;
        l.currentRatingA = amps;
        l.lengthM = std::abs(a.xM - b.xM) + std::abs(a.yM - b.yM) + std::abs(a.zM - b.zM);
        d_.powerLinks.push_back(std::move(l));
    }

    // The MV lineup of a path with room for kva more, opening a new one (~140 MVA) when full.
    ObjectId mvFor(const std::string& path, double kva, const PointM& pos) {
        auto it = mvOpen_.find(path);
        if (it == mvOpen_.end() || it->second.second + kva > rules::kMvSwitchgearKva) {
            const std::size_t mv = addNode(
                PowerNodeKind::MvSwitchgear,
                "MV switchgear " + path + std::to_string(++mvCount_[path]), "mv-switchgear-generic",
                pos, rules::kMvSwitchgearKva, 0.0, rules::kMvVoltageV, 1.0, path);
            mvLineups_.push_back(mv);
            mvOpen_[path] = {d_.powerNodes[mv].id, 0.0};
            it = mvOpen_.find(path);
        }
        it->second.second += kva;
        return it->second.first;
    }

    std::size_t addTransformer(const std::string& name, const std::string& path, const PointM& p) {
        const double kva = rules::kTransformerKva;
        const ObjectId mv = mvFor(path, kva, p);
        const std::size_t tx = addNode(
            PowerNodeKind::Transformer, name, "xfmr-prefab-substation-2500", p, kva,
            kva * rules::kItPowerFactor, rules::kLvVoltageV, rules::kTransformerEfficiency, path);
        link(mv, d_.powerNodes[tx].id, PowerLinkKind::Cable, p, p, 0.0);
        return tx;
    }

    // Generator sets of 2,000 kW class (reference-data.md 3.2) for a load at the LV board,
    // with `spares` spare sets, feeding `boards`.
    void addGenerators(const std::string& name, const std::string& path, double loadKw, int spares,
                       const std::vector<std::size_t>& boards, YardPlacer& yard) {
        const int sets =
            std::max(1, static_cast<int>(std::ceil(loadKw / rules::kGeneratorKw - 1e-9))) + spares;
        const PointM pg = yard.next();
        const std::size_t gen = addNode(PowerNodeKind::Generator, name, "gen-cat-3516c", pg, 0.0,
                                        rules::kGeneratorKw * sets, rules::kLvVoltageV, 1.0, path);
        d_.powerNodes[gen].moduleCount = sets;
        d_.powerNodes[gen].redundantModules = spares;
        for (std::size_t b : boards)
            link(d_.powerNodes[gen].id, d_.powerNodes[b].id, PowerLinkKind::Cable, pg,
                 d_.powerNodes[b].positionM, 0.0);
    }

    // One IT block: transformer -> LV switchboard -> UPS; own generators unless the group shares
    // an N+1 set (2N and distributed schemes). Returns the indices of the UPS and the LV board.
    std::pair<std::size_t, std::size_t> addBlock(const std::string& path, double worstKw,
                                                 bool ownGenerators, YardPlacer& yard) {
        const std::string tag = std::to_string(++blockNo_) + path;
        const PointM px = yard.next();
        const std::size_t tx = addTransformer("Transformer " + tag, path, px);
        const PointM pb = yard.next();
        const std::size_t board =
            addNode(PowerNodeKind::LvSwitchboard, "LV board " + tag, "lv-switchboard-generic", pb,
                    threePhaseKva(rules::kLvVoltageV, rules::kLvSwitchboardA), 0.0,
                    rules::kLvVoltageV, 1.0, path);
        d_.powerNodes[board].currentRatingA = rules::kLvSwitchboardA;
        link(d_.powerNodes[tx].id, d_.powerNodes[board].id, PowerLinkKind::Cable, px, pb,
             rules::kLvSwitchboardA);
        // Generators at the block's worst load at the transformer secondary; N+1 adds a spare.
        if (ownGenerators)
            addGenerators("Generator " + tag, path, worstKw / rules::kUpsEfficiency,
                          pat_.sparesInBlock ? 1 : 0, {board}, yard);
        // UPS modules: each carries its share at <= 80 % (reference-data.md 3.3, calcpanel);
        // N+1 adds one spare module.
        const int modules =
            std::max(1, static_cast<int>(std::ceil(
                            worstKw / (rules::kUpsModuleKw * rules::kModuleUtilisation))));
        const int installed = modules + (pat_.sparesInBlock ? 1 : 0);
        const PointM pu = yard.next();
        const std::size_t ups =
            addNode(PowerNodeKind::Ups, "UPS " + tag, "ups-schneider-galaxy-vxl", pu,
                    installed * rules::kUpsModuleKw, installed * rules::kUpsModuleKw,
                    rules::kLvVoltageV, rules::kUpsEfficiency, path);
        d_.powerNodes[ups].moduleCount = installed;
        d_.powerNodes[ups].redundantModules = pat_.sparesInBlock ? 1 : 0;
        link(d_.powerNodes[board].id, d_.powerNodes[ups].id, PowerLinkKind::Cable, pb, pu,
             rules::kLvSwitchboardA);
        for (std::size_t i : {tx, board, ups})
            d_.powerNodes[i].hallId = kNoId; // yard equipment
        // N+1 (catcher): a reserve transformer per <= 3 blocks feeds their LV boards.
        if (pat_.sparesInBlock) {
            openReserveBoards_.push_back(board);
            if (static_cast<int>(openReserveBoards_.size()) == rules::kMaxBlocksPerReserve)
                flushReserve(yard);
        }
        ++out_.blocks;
        return {ups, board};
    }

    void flushReserve(YardPlacer& yard) {
        if (!pat_.sparesInBlock || openReserveBoards_.empty())
            return;
        const PointM pr = yard.next();
        const std::size_t rtx =
            addTransformer(numberedName("Reserve transformer ", blockNo_, ""), "R", pr);
        for (std::size_t b : openReserveBoards_)
            link(d_.powerNodes[rtx].id, d_.powerNodes[b].id, PowerLinkKind::Cable, pr,
                 d_.powerNodes[b].positionM, rules::kLvSwitchboardA);
        openReserveBoards_.clear();
    }

    // Feeds one cell from the UPS of one block on one path.
    void feedCell(const Cell& c, std::size_t ups, const std::string& path) {
        const PowerNode& u = d_.powerNodes[ups];
        const ObjectId upsId = u.id;
        const PointM upsPos = u.positionM;
        // Feeder ampacity with the 80 % continuous-load headroom.
        const double amps = continuousAmpacityA(c.loadKw);
        if (c.racks.empty()) {
            // PDU rated so that its load stays within the 80 % continuous limit.
            const double pduKw = c.loadKw / rules::kContinuousLoadFactor;
            const std::size_t pdu =
                addNode(PowerNodeKind::Pdu, numberedName("Network PDU ", ++pduNo_, path), "",
                        c.routeM.front(), pduKw / rules::kItPowerFactor, pduKw, rules::kLvVoltageV,
                        1.0, path);
            d_.powerNodes[pdu].hallId = d_.halls[c.hall].id;
            d_.powerNodes[pdu].currentRatingA = amps;
            link(upsId, d_.powerNodes[pdu].id, PowerLinkKind::Cable, upsPos, c.routeM.front(),
                 amps);
            return;
        }
        const std::size_t bw =
            addNode(PowerNodeKind::Busway, numberedName("Busway ", ++buswayNo_, path),
                    "busway-starline-track", c.routeM.front(),
                    buswayKw_ / rules::kItPowerFactor / rules::kBuswayUtilisation,
                    buswayKw_ / rules::kBuswayUtilisation, rules::kLvVoltageV, 1.0, path);
        PowerNode& b = d_.powerNodes[bw];
        b.hallId = d_.halls[c.hall].id;
        b.currentRatingA = rules::kBuswayMaxA;
        b.routeM = c.routeM;
        const ObjectId bwId = b.id;
        link(upsId, bwId, PowerLinkKind::Cable, upsPos, c.routeM.front(), amps);
        for (std::size_t k = 0; k < c.racks.size(); ++k) {
            // Rack power shelves on this path (the rack's AC input from this feed).
            const Rack& rack = d_.racks[c.racks[k]];
            const std::size_t shelf =
                addNode(PowerNodeKind::RackPowerShelf, rack.name + " power shelves " + path, "",
                        rack.centerM, spec_.rackPowerKw / rules::kItPowerFactor, spec_.rackPowerKw,
                        rules::kLvVoltageV, 1.0, path);
            d_.powerNodes[shelf].hallId = rack.hallId;
            link(d_.powerNodes[shelf].id, rack.id, PowerLinkKind::Cable, rack.centerM, rack.centerM,
                 0.0);
            const PowerNode& s = d_.powerNodes[shelf];
            link(bwId, s.id, PowerLinkKind::Tap, {s.positionM.xM, s.positionM.yM, kBuswayZ},
                 s.positionM, continuousAmpacityA(spec_.rackPowerKw));
        }
    }

    // N / N+1: one block per group; 2N: an A and a B block per group, each carrying the whole
    // group (2N usable 50 %, reference-data.md 3.3). Under 2N the group's generators are one
    // shared N+1 set feeding both LV boards (common practice: 2N UPS, N+1 generators).
    void feedBlockGroups(std::size_t h, const std::vector<Cell>& cells, YardPlacer& yard) {
        const bool sharedGenerators = pat_.blocksPerSystem == 2;
        std::size_t i = 0;
        while (i < cells.size()) {
            std::size_t j = i;
            double load = 0.0;
            while (j < cells.size() && (j == i || load + cells[j].loadKw <= blockCapKw_))
                load += cells[j++].loadKw;
            std::vector<std::size_t> ups, boards;
            for (int p = 0; p < pat_.blocksPerSystem; ++p) {
                const auto [u, b] = addBlock(pathLetter(p), load, !sharedGenerators, yard);
                ups.push_back(u);
                boards.push_back(b);
            }
            if (sharedGenerators)
                addGenerators(numberedName("Generators G", ++genGroupNo_, ""), "G",
                              load / rules::kUpsEfficiency, 1, boards, yard);
            for (std::size_t k = i; k < j; ++k)
                for (int p = 0; p < pat_.blocksPerSystem; ++p)
                    feedCell(cells[k], ups[static_cast<std::size_t>(p)], pathLetter(p));
            i = j;
        }
        flushReserve(yard);
        (void)h;
    }

    // Distributed xN/y: x blocks, any y carry the load; each cell is fed from a pair of blocks.
    // A block in a system of x carries x g / 2 after its partner fails (g: load of one pair), so
    // g <= 2 capacity / x (reference-data.md 3.3: 4N/3 -> 75 % usable). The system's generators
    // are one shared N+1 set feeding every block's LV board.
    void feedDistributed(std::size_t h, const std::vector<Cell>& cells, YardPlacer& yard) {
        const int x = pat_.blocksPerSystem;
        std::vector<std::pair<int, int>> pairs;
        for (int a = 0; a < x; ++a)
            for (int b = a + 1; b < x; ++b)
                pairs.push_back({a, b});
        const double pairCapKw = 2.0 * blockCapKw_ / x;
        std::size_t i = 0;
        while (i < cells.size()) {
            // One system: fill the pairs in turn.
            std::vector<std::vector<std::size_t>> pairCells(pairs.size());
            std::vector<double> pairLoad(pairs.size(), 0.0);
            for (std::size_t p = 0; p < pairs.size() && i < cells.size(); ++p) {
                double load = 0.0;
                while (i < cells.size() &&
                       (pairCells[p].empty() || load + cells[i].loadKw <= pairCapKw)) {
                    load += cells[i].loadKw;
                    pairCells[p].push_back(i++);
                }
                pairLoad[p] = load;
            }
            // Worst case per block: its half of every pair it serves, plus the other half of its
            // heaviest pair when that pair's partner block fails. A partly filled system loads
            // its blocks unevenly, so each block is sized for its own worst case.
            std::vector<double> normalKw(static_cast<std::size_t>(x), 0.0);
            std::vector<double> heaviestPairKw(static_cast<std::size_t>(x), 0.0);
            double systemKw = 0.0;
            for (std::size_t p = 0; p < pairs.size(); ++p) {
                systemKw += pairLoad[p];
                for (int b : {pairs[p].first, pairs[p].second}) {
                    normalKw[static_cast<std::size_t>(b)] += pairLoad[p] / 2.0;
                    heaviestPairKw[static_cast<std::size_t>(b)] =
                        std::max(heaviestPairKw[static_cast<std::size_t>(b)], pairLoad[p]);
                }
            }
            std::vector<std::size_t> ups, boards;
            for (int b = 0; b < x; ++b) {
                const std::size_t k = static_cast<std::size_t>(b);
                const double worst = std::max(normalKw[k] + heaviestPairKw[k] / 2.0, 1.0);
                const auto [u, bd] =
                    addBlock(pathLetter(b), std::min(worst, blockCapKw_), false, yard);
                ups.push_back(u);
                boards.push_back(bd);
            }
            addGenerators(numberedName("Generators G", ++genGroupNo_, ""), "G",
                          systemKw / rules::kUpsEfficiency, 1, boards, yard);
            for (std::size_t p = 0; p < pairs.size(); ++p)
                for (std::size_t ci : pairCells[p]) {
                    feedCell(cells[ci], ups[static_cast<std::size_t>(pairs[p].first)],
                             pathLetter(pairs[p].first));
                    feedCell(cells[ci], ups[static_cast<std::size_t>(pairs[p].second)],
                             pathLetter(pairs[p].second));
                }
        }
        (void)h;
    }

    // Mechanical load (cooling plant, CDU pumps excepted): non-UPS boards on N+1 transformers
    // (assumption), fed from MV path A.
    void addMechanical(std::size_t h, YardPlacer& yard) {
        if (hallMechanicalKw_[h] <= 0.0)
            return;
        mechanicalKw_ += hallMechanicalKw_[h];
        const double txKw = rules::kTransformerKva * rules::kItPowerFactor;
        // A mechanical block carries at most its LV board's continuous limit.
        const int duty = static_cast<int>(
            std::ceil(hallMechanicalKw_[h] / std::min(txKw, lvBoardContinuousKw())));
        for (int k = 0; k < duty + 1; ++k) {
            const PointM p = yard.next();
            const std::size_t tx = addTransformer(
                d_.halls[h].name + " mech transformer " + std::to_string(k + 1), "A", p);
            d_.powerNodes[tx].path = "M";
            const PointM pb = yard.next();
            const std::size_t board = addNode(
                PowerNodeKind::LvSwitchboard,
                d_.halls[h].name + " mech board " + std::to_string(k + 1), "lv-switchboard-generic",
                pb, threePhaseKva(rules::kLvVoltageV, rules::kLvSwitchboardA),
                hallMechanicalKw_[h] / duty, rules::kLvVoltageV, 1.0, "M");
            d_.powerNodes[board].currentRatingA = rules::kLvSwitchboardA;
            link(d_.powerNodes[tx].id, d_.powerNodes[board].id, PowerLinkKind::Cable, p, pb,
                 rules::kLvSwitchboardA);
            ++out_.mechanicalBlocks;
        }
    }

    // The on-site HV substation (reference-data.md 3.1: utility transmission -> on-site HV
    // substation -> MV): HV/MV main transformers from a utility feed at kHvVoltageV, feeding the
    // MV lineups. Load = IT at the UPS input + mechanical, at the transformers' input, in MVA.
    // 2N: two substations (A and B feeds), each for the whole load; N: N units; N+1 and the
    // distributed schemes: N+1 units on one feed (assumption: distributed redundancy is built
    // downstream of a shared substation).
    void addSubstation() {
        if (mvLineups_.empty())
            return;
        const double loadMva = (itKw_ / rules::kUpsEfficiency + mechanicalKw_) /
                               rules::kTransformerEfficiency / rules::kItPowerFactor / 1000.0;
        const SubstationSizing ss = sizeSubstation(loadMva, scheme_);
        const int duty = ss.dutyUnits;
        const double unitMva = ss.unitMva;
        const bool twoFeeds = ss.feeds == 2;
        const int spares = ss.unitsPerFeed - ss.dutyUnits;
        // Position: west of the westernmost MV lineup (assumption: substation at the site edge).
        PointM origin = d_.powerNodes[mvLineups_.front()].positionM;
        for (std::size_t m : mvLineups_)
            origin.xM = std::min(origin.xM, d_.powerNodes[m].positionM.xM);
        origin.xM -= 40.0;
        int unitNo = 0;
        for (const std::string& feed :
             twoFeeds ? std::vector<std::string>{"A", "B"} : std::vector<std::string>{""}) {
            const PointM pf{origin.xM - 20.0, origin.yM + (feed == "B" ? 60.0 : 0.0), 0.0};
            const std::size_t u = addNode(PowerNodeKind::UtilityFeed,
                                          "Utility feed" + (feed.empty() ? "" : " " + feed), "", pf,
                                          0.0, 0.0, rules::kHvVoltageV, 1.0, feed);
            double feedKva = 0.0;
            for (int k = 0; k < duty + spares; ++k) {
                const PointM pt{origin.xM, pf.yM + 12.0 * k, 0.0};
                const std::size_t tx = addNode(
                    PowerNodeKind::Transformer, numberedName("Main transformer ", ++unitNo, feed),
                    "xfmr-large-power-transformer", pt, unitMva * 1000.0,
                    unitMva * 1000.0 * rules::kItPowerFactor, rules::kMvVoltageV,
                    rules::kMainTransformerEfficiency, feed);
                feedKva += unitMva * 1000.0;
                link(d_.powerNodes[u].id, d_.powerNodes[tx].id, PowerLinkKind::Cable, pf, pt, 0.0);
                for (std::size_t m : mvLineups_) {
                    const PowerNode& mv = d_.powerNodes[m];
                    // 2N: feed A serves every lineup but B's; feed B serves B's.
                    if (twoFeeds && ((feed == "B") != (mv.path == "B")))
                        continue;
                    link(d_.powerNodes[tx].id, mv.id, PowerLinkKind::Cable, pt, mv.positionM, 0.0);
                }
            }
            d_.powerNodes[u].ratingKva = feedKva;
            d_.powerNodes[u].ratingKw = feedKva * rules::kItPowerFactor;
        }
        out_.notes.push_back(fill(
            tr("Generator",
               "power: on-site HV substation %1 x (%2) x %3 MVA 132/33 kV main transformers for "
               "%4 MVA (catalog xfmr-large-power-transformer: lead time 80-210 weeks, average "
               "128; HV breakers 24-42 months, swgr-hv-breaker; reference-data.md 6.2); "
               "generators N+1 per block group under 2N and distributed UPS"),
            {std::to_string(ss.feeds), std::to_string(duty) + (spares ? "+1" : ""),
             std::to_string(static_cast<int>(unitMva)),
             std::to_string(static_cast<int>(std::ceil(loadMva)))}));
    }

    std::string summaryNote() const {
        return fill(tr("Generator",
                       "power: blocks of %1 kVA transformer + LV board + UPS (%2 kW modules at "
                       "<= 80 %) + %3 kW generators; block IT capacity %4 kW (transformer or LV "
                       "board at 80 %, whichever is smaller); busways 800 A at 415 V, <= 80 % (%5 "
                       "racks each, assumption); PF 0.95 (UNVERIFIED planning default)"),
                    {display::formatCount(rules::kTransformerKva),
                     std::to_string(static_cast<int>(rules::kUpsModuleKw)),
                     display::formatCount(rules::kGeneratorKw),
                     std::to_string(static_cast<int>(blockCapKw_)),
                     std::to_string(racksPerBusway_)});
    }

    const SystemSpec& spec_;
    RedundancyScheme scheme_;
    RedundancyPattern pat_;
    const LayoutResult& layout_;
    const std::vector<double>& hallNetworkKw_;
    const std::vector<double>& hallMechanicalKw_;
    Design& d_;
    const double blockCapKw_;
    const double buswayKw_;
    int racksPerBusway_ = 1;
    PowerSizing out_;
    double itKw_ = 0.0;         // every cell's load, counted once
    double mechanicalKw_ = 0.0; // cooling plant on the mechanical boards
    std::map<std::string, std::pair<ObjectId, double>> mvOpen_; // path -> (lineup, load kVA)
    std::map<std::string, int> mvCount_;
    std::vector<std::size_t> mvLineups_;
    std::vector<std::size_t> openReserveBoards_; // N+1: LV boards waiting for a reserve
    int blockNo_ = 0, buswayNo_ = 0, pduNo_ = 0, genGroupNo_ = 0;
};

} // namespace

SubstationSizing sizeSubstation(double loadMva, RedundancyScheme scheme) {
    SubstationSizing s;
    s.dutyUnits =
        std::max(1, static_cast<int>(std::ceil(loadMva / rules::kMaxMainTransformerMva - 1e-9)));
    s.unitMva = rules::kMaxMainTransformerMva;
    for (double size : rules::kMainTransformerSizesMva)
        if (size * s.dutyUnits >= loadMva - 1e-9) {
            s.unitMva = size;
            break;
        }
    s.feeds = scheme == RedundancyScheme::TwoN ? 2 : 1;
    const int spare = scheme == RedundancyScheme::N || scheme == RedundancyScheme::TwoN ? 0 : 1;
    s.unitsPerFeed = s.dutyUnits + spare;
    return s;
}

PowerSizing sizePowerChain(const SystemSpec& spec, RedundancyScheme scheme,
                           const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                           const std::vector<double>& hallMechanicalKw, Design& design) {
    return PowerChainBuilder(spec, scheme, layout, hallNetworkKw, hallMechanicalKw, design).run();
}

} // namespace aifp
