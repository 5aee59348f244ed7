#include "core/generate/PowerChainSizer.hpp"
#include "core/generate/FactoryTargets.hpp"
#include "core/generate/SizingRules.hpp"
#include <algorithm>
#include <cmath>
#include <map>

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
    return std::sqrt(3.0) * rules::kLvVoltageV * rules::kLvSwitchboardA * rules::kItPowerFactor *
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
    return std::sqrt(3.0) * rules::kLvVoltageV * rules::kBuswayMaxA * rules::kItPowerFactor *
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

PowerSizing sizePowerChain(const SystemSpec& spec, RedundancyScheme scheme,
                           const LayoutResult& layout, const std::vector<double>& hallNetworkKw,
                           const std::vector<double>& hallMechanicalKw, Design& design) {
    PowerSizing out;
    const RedundancyPattern pat = redundancyPattern(scheme);
    const double blockCapKw = blockItCapacityKw();
    const double buswayKw = buswayCapacityKw();
    if (spec.rackPowerKw > buswayKw) {
        std::string msg = "power: a ";
        msg += std::to_string(spec.rackPowerKw);
        msg += " kW rack exceeds one 800 A busway at 415 V (";
        msg += std::to_string(buswayKw);
        msg += " kW at 80 %)";
        throw GenerateError(msg);
    }
    const int racksPerBusway = std::max(1, static_cast<int>(buswayKw / spec.rackPowerKw));
    // Busway height above the floor: 3 m (assumption, overhead track busway).
    const double buswayZ = 3.0;

    // Cells per hall: busways over runs of racks in each row, then network PDUs.
    std::vector<std::vector<Cell>> hallCells(layout.halls.size());
    for (std::size_t h = 0; h < layout.halls.size(); ++h) {
        for (std::size_t ri : layout.halls[h].rows) {
            const LaidOutRow& row = layout.rows[ri];
            for (std::size_t i = 0; i < row.racks.size();
                 i += static_cast<std::size_t>(racksPerBusway)) {
                Cell c;
                c.hall = h;
                const std::size_t end =
                    std::min(row.racks.size(), i + static_cast<std::size_t>(racksPerBusway));
                c.racks.assign(row.racks.begin() + static_cast<long>(i),
                               row.racks.begin() + static_cast<long>(end));
                c.loadKw = spec.rackPowerKw * static_cast<double>(c.racks.size());
                const PointM& a = design.racks[c.racks.front()].centerM;
                const PointM& b = design.racks[c.racks.back()].centerM;
                c.routeM = {{a.xM - spec.footprintWidthM / 2.0, a.yM, buswayZ},
                            {b.xM + spec.footprintWidthM / 2.0, b.yM, buswayZ}};
                hallCells[h].push_back(std::move(c));
            }
        }
        // Network switches: PDUs of at most one busway's load each, at the network rows.
        double left = hallNetworkKw[h];
        std::size_t slot = 0;
        const auto& slots = layout.halls[h].networkSlotsM;
        while (left > 1e-9) {
            Cell c;
            c.hall = h;
            c.loadKw = std::min(left, buswayKw);
            left -= c.loadKw;
            c.routeM = {slots.empty() ? PointM{} : slots[std::min(slot++, slots.size() - 1)]};
            hallCells[h].push_back(std::move(c));
        }
    }

    // MV level: per path letter, a utility feed and MV switchgear lineups (~140 MVA each).
    std::map<std::string, ObjectId> utility;
    std::map<std::string, std::pair<ObjectId, double>> mvOpen; // path -> (lineup, load kVA)
    std::map<std::string, int> mvCount;
    auto addNode = [&](PowerNodeKind kind, const std::string& name, const std::string& catalogId,
                       PointM pos, double kva, double kw, double volts, double eff,
                       const std::string& path) -> std::size_t {
        PowerNode n;
        n.id = design.allocateId();
        n.kind = kind;
        n.name = name;
        n.catalogId = catalogId;
        n.positionM = pos;
        n.ratingKva = kva;
        n.ratingKw = kw;
        n.voltageV = volts;
        n.efficiency = eff;
        n.path = path;
        design.powerNodes.push_back(std::move(n));
        return design.powerNodes.size() - 1;
    };
    auto link = [&](ObjectId from, ObjectId to, PowerLinkKind kind, const PointM& a,
                    const PointM& b, double amps) {
        PowerLink l;
        l.id = design.allocateId();
        l.fromId = from;
        l.toId = to;
        l.kind = kind;
        l.currentRatingA = amps;
        l.lengthM = std::abs(a.xM - b.xM) + std::abs(a.yM - b.yM) + std::abs(a.zM - b.zM);
        design.powerLinks.push_back(std::move(l));
    };
    // The MV lineup of a path with room for kva more, opening a new one when full.
    auto mvFor = [&](const std::string& path, double kva, const PointM& pos) -> ObjectId {
        auto it = mvOpen.find(path);
        if (it == mvOpen.end() || it->second.second + kva > rules::kMvSwitchgearKva) {
            if (!utility.count(path)) {
                const std::size_t u = addNode(PowerNodeKind::UtilityFeed, "Utility feed " + path,
                                              "", pos, 0.0, 0.0, rules::kMvVoltageV, 1.0, path);
                utility[path] = design.powerNodes[u].id;
            }
            const std::size_t mv = addNode(
                PowerNodeKind::MvSwitchgear,
                "MV switchgear " + path + std::to_string(++mvCount[path]), "mv-switchgear-generic",
                pos, rules::kMvSwitchgearKva, 0.0, rules::kMvVoltageV, 1.0, path);
            link(utility[path], design.powerNodes[mv].id, PowerLinkKind::Cable, pos, pos, 0.0);
            mvOpen[path] = {design.powerNodes[mv].id, 0.0};
            it = mvOpen.find(path);
        }
        it->second.second += kva;
        return it->second.first;
    };

    // One IT block: transformer -> LV switchboard (+ generators) -> UPS. Returns the UPS index.
    int blockNo = 0;
    std::vector<std::size_t> openReserveBoards; // N+1: LV boards waiting for a reserve transformer
    std::vector<std::size_t> transformerOf;     // by board
    auto addBlock = [&](std::size_t hall, const std::string& path, double worstKw,
                        YardPlacer& yard) -> std::size_t {
        const std::string tag = std::to_string(++blockNo) + path;
        const ObjectId hallId = design.halls[hall].id;
        const double kva = rules::kTransformerKva;
        const PointM px = yard.next();
        const ObjectId mv = mvFor(path, kva, px);
        const std::size_t tx =
            addNode(PowerNodeKind::Transformer, "Transformer " + tag, "xfmr-prefab-substation-2500",
                    px, kva, kva * rules::kItPowerFactor, rules::kLvVoltageV,
                    rules::kTransformerEfficiency, path);
        link(mv, design.powerNodes[tx].id, PowerLinkKind::Cable, px, px, 0.0);
        const PointM pb = yard.next();
        const std::size_t board =
            addNode(PowerNodeKind::LvSwitchboard, "LV board " + tag, "lv-switchboard-generic", pb,
                    rules::kLvVoltageV * rules::kLvSwitchboardA * std::sqrt(3.0) / 1000.0, 0.0,
                    rules::kLvVoltageV, 1.0, path);
        design.powerNodes[board].currentRatingA = rules::kLvSwitchboardA;
        link(design.powerNodes[tx].id, design.powerNodes[board].id, PowerLinkKind::Cable, px, pb,
             rules::kLvSwitchboardA);
        // Generators: 2,000 kW class sets (reference-data.md 3.2) for the block's worst load at the
        // transformer secondary; N+1 adds a spare set.
        const double genLoadKw = worstKw / rules::kUpsEfficiency;
        const int sets = static_cast<int>(std::ceil(genLoadKw / rules::kGeneratorKw));
        const PointM pg = yard.next();
        const std::size_t gen =
            addNode(PowerNodeKind::Generator, "Generator " + tag, "gen-cat-3516c", pg, 0.0,
                    rules::kGeneratorKw * (sets + (pat.sparesInBlock ? 1 : 0)), rules::kLvVoltageV,
                    1.0, path);
        design.powerNodes[gen].moduleCount = sets + (pat.sparesInBlock ? 1 : 0);
        design.powerNodes[gen].redundantModules = pat.sparesInBlock ? 1 : 0;
        link(design.powerNodes[gen].id, design.powerNodes[board].id, PowerLinkKind::Cable, pg, pb,
             0.0);
        // UPS modules: each carries its share at <= 80 % (reference-data.md 3.3, calcpanel);
        // N+1 adds one spare module.
        const int modules =
            std::max(1, static_cast<int>(std::ceil(
                            worstKw / (rules::kUpsModuleKw * rules::kModuleUtilisation))));
        const int installed = modules + (pat.sparesInBlock ? 1 : 0);
        const PointM pu = yard.next();
        const std::size_t ups =
            addNode(PowerNodeKind::Ups, "UPS " + tag, "ups-schneider-galaxy-vxl", pu,
                    installed * rules::kUpsModuleKw, installed * rules::kUpsModuleKw,
                    rules::kLvVoltageV, rules::kUpsEfficiency, path);
        design.powerNodes[ups].moduleCount = installed;
        design.powerNodes[ups].redundantModules = pat.sparesInBlock ? 1 : 0;
        link(design.powerNodes[board].id, design.powerNodes[ups].id, PowerLinkKind::Cable, pb, pu,
             rules::kLvSwitchboardA);
        for (std::size_t i : {tx, board, gen, ups})
            design.powerNodes[i].hallId = kNoId; // yard equipment
        (void)hallId;
        // N+1 (catcher): a reserve transformer per <= 3 blocks feeds their LV boards.
        if (pat.sparesInBlock) {
            openReserveBoards.push_back(board);
            if (static_cast<int>(openReserveBoards.size()) == rules::kMaxBlocksPerReserve) {
                const PointM pr = yard.next();
                const ObjectId mvR = mvFor("R", kva, pr);
                const std::size_t rtx = addNode(
                    PowerNodeKind::Transformer, numberedName("Reserve transformer ", blockNo, ""),
                    "xfmr-prefab-substation-2500", pr, kva, kva * rules::kItPowerFactor,
                    rules::kLvVoltageV, rules::kTransformerEfficiency, "R");
                link(mvR, design.powerNodes[rtx].id, PowerLinkKind::Cable, pr, pr, 0.0);
                for (std::size_t b : openReserveBoards)
                    link(design.powerNodes[rtx].id, design.powerNodes[b].id, PowerLinkKind::Cable,
                         pr, design.powerNodes[b].positionM, rules::kLvSwitchboardA);
                openReserveBoards.clear();
            }
        }
        ++out.blocks;
        return ups;
    };
    auto flushReserve = [&](YardPlacer& yard) {
        if (!pat.sparesInBlock || openReserveBoards.empty())
            return;
        const PointM pr = yard.next();
        const ObjectId mvR = mvFor("R", rules::kTransformerKva, pr);
        const std::size_t rtx =
            addNode(PowerNodeKind::Transformer, numberedName("Reserve transformer ", blockNo, ""),
                    "xfmr-prefab-substation-2500", pr, rules::kTransformerKva,
                    rules::kTransformerKva * rules::kItPowerFactor, rules::kLvVoltageV,
                    rules::kTransformerEfficiency, "R");
        link(mvR, design.powerNodes[rtx].id, PowerLinkKind::Cable, pr, pr, 0.0);
        for (std::size_t b : openReserveBoards)
            link(design.powerNodes[rtx].id, design.powerNodes[b].id, PowerLinkKind::Cable, pr,
                 design.powerNodes[b].positionM, rules::kLvSwitchboardA);
        openReserveBoards.clear();
    };

    int buswayNo = 0, pduNo = 0;
    // Feeds one cell from the UPS of one block on one path.
    auto feedCell = [&](const Cell& c, std::size_t ups, const std::string& path,
                        std::vector<std::size_t>& shelves) {
        const PowerNode& u = design.powerNodes[ups];
        const ObjectId upsId = u.id;
        const PointM upsPos = u.positionM;
        // Feeder ampacity with the 80 % continuous-load headroom.
        const double amps = continuousAmpacityA(c.loadKw);
        if (c.racks.empty()) {
            // PDU rated so that its load stays within the 80 % continuous limit.
            const double pduKw = c.loadKw / rules::kContinuousLoadFactor;
            const std::size_t pdu =
                addNode(PowerNodeKind::Pdu, numberedName("Network PDU ", ++pduNo, path), "",
                        c.routeM.front(), pduKw / rules::kItPowerFactor, pduKw, rules::kLvVoltageV,
                        1.0, path);
            design.powerNodes[pdu].hallId = design.halls[c.hall].id;
            design.powerNodes[pdu].currentRatingA = amps;
            link(upsId, design.powerNodes[pdu].id, PowerLinkKind::Cable, upsPos, c.routeM.front(),
                 amps);
            return;
        }
        const std::size_t bw =
            addNode(PowerNodeKind::Busway, numberedName("Busway ", ++buswayNo, path),
                    "busway-starline-track", c.routeM.front(),
                    buswayKw / rules::kItPowerFactor / rules::kBuswayUtilisation,
                    buswayKw / rules::kBuswayUtilisation, rules::kLvVoltageV, 1.0, path);
        PowerNode& b = design.powerNodes[bw];
        b.hallId = design.halls[c.hall].id;
        b.currentRatingA = rules::kBuswayMaxA;
        b.routeM = c.routeM;
        const ObjectId bwId = b.id;
        link(upsId, bwId, PowerLinkKind::Cable, upsPos, c.routeM.front(), amps);
        (void)shelves;
        for (std::size_t k = 0; k < c.racks.size(); ++k) {
            // Rack power shelves on this path (the rack's AC input from this feed).
            const Rack& rack = design.racks[c.racks[k]];
            const std::size_t shelf =
                addNode(PowerNodeKind::RackPowerShelf, rack.name + " power shelves " + path, "",
                        rack.centerM, spec.rackPowerKw / rules::kItPowerFactor, spec.rackPowerKw,
                        rules::kLvVoltageV, 1.0, path);
            design.powerNodes[shelf].hallId = rack.hallId;
            link(design.powerNodes[shelf].id, rack.id, PowerLinkKind::Cable, rack.centerM,
                 rack.centerM, 0.0);
            const PowerNode& s = design.powerNodes[shelf];
            link(bwId, s.id, PowerLinkKind::Tap, {s.positionM.xM, s.positionM.yM, buswayZ},
                 s.positionM, continuousAmpacityA(spec.rackPowerKw));
        }
    };
    // Rack power shelves: one node per rack (the rack's AC input, catalog rack power).
    auto addShelves = [&](const Cell&) { return std::vector<std::size_t>{}; };

    for (std::size_t h = 0; h < layout.halls.size(); ++h) {
        YardPlacer yard(layout.halls[h].yardM, 3.0);
        const auto& cells = hallCells[h];
        if (pat.blocksPerSystem == 1 || pat.blocksPerSystem == 2) {
            // N / N+1: one block per group; 2N: an A and a B block per group, each carrying the
            // whole group (2N usable 50 %, reference-data.md 3.3).
            std::size_t i = 0;
            while (i < cells.size()) {
                std::size_t j = i;
                double load = 0.0;
                while (j < cells.size() && (j == i || load + cells[j].loadKw <= blockCapKw))
                    load += cells[j++].loadKw;
                std::vector<std::size_t> ups;
                for (int p = 0; p < pat.blocksPerSystem; ++p)
                    ups.push_back(addBlock(h, pathLetter(p), load, yard));
                for (std::size_t k = i; k < j; ++k) {
                    std::vector<std::size_t> shelves = addShelves(cells[k]);
                    for (int p = 0; p < pat.blocksPerSystem; ++p)
                        feedCell(cells[k], ups[static_cast<std::size_t>(p)], pathLetter(p),
                                 shelves);
                }
                i = j;
            }
            flushReserve(yard);
        } else {
            // Distributed xN/y: x blocks, any y carry the load; each cell is fed from a pair of
            // blocks. A block in a system of x carries x g / 2 after its partner fails (g: load of
            // one pair), so g <= 2 capacity / x (reference-data.md 3.3: 4N/3 -> 75 % usable).
            const int x = pat.blocksPerSystem;
            std::vector<std::pair<int, int>> pairs;
            for (int a = 0; a < x; ++a)
                for (int b = a + 1; b < x; ++b)
                    pairs.push_back({a, b});
            const double pairCapKw = 2.0 * blockCapKw / x;
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
                // Worst case per block: its half of every pair it serves, plus the other half of
                // its heaviest pair when that pair's partner block fails. A partly filled system
                // loads its blocks unevenly, so each block is sized for its own worst case.
                std::vector<double> normalKw(static_cast<std::size_t>(x), 0.0);
                std::vector<double> heaviestPairKw(static_cast<std::size_t>(x), 0.0);
                for (std::size_t p = 0; p < pairs.size(); ++p)
                    for (int b : {pairs[p].first, pairs[p].second}) {
                        normalKw[static_cast<std::size_t>(b)] += pairLoad[p] / 2.0;
                        heaviestPairKw[static_cast<std::size_t>(b)] =
                            std::max(heaviestPairKw[static_cast<std::size_t>(b)], pairLoad[p]);
                    }
                std::vector<std::size_t> ups;
                for (int b = 0; b < x; ++b) {
                    const std::size_t k = static_cast<std::size_t>(b);
                    const double worst = std::max(normalKw[k] + heaviestPairKw[k] / 2.0, 1.0);
                    ups.push_back(addBlock(h, pathLetter(b), std::min(worst, blockCapKw), yard));
                }
                for (std::size_t p = 0; p < pairs.size(); ++p)
                    for (std::size_t ci : pairCells[p]) {
                        std::vector<std::size_t> shelves = addShelves(cells[ci]);
                        feedCell(cells[ci], ups[static_cast<std::size_t>(pairs[p].first)],
                                 pathLetter(pairs[p].first), shelves);
                        feedCell(cells[ci], ups[static_cast<std::size_t>(pairs[p].second)],
                                 pathLetter(pairs[p].second), shelves);
                    }
            }
        }
        // Mechanical load (cooling plant): non-UPS boards on N+1 transformers (assumption),
        // fed from MV path A.
        if (hallMechanicalKw[h] > 0.0) {
            const double txKw = rules::kTransformerKva * rules::kItPowerFactor;
            // A mechanical block carries at most its LV board's continuous limit.
            const int duty = static_cast<int>(
                std::ceil(hallMechanicalKw[h] / std::min(txKw, lvBoardContinuousKw())));
            for (int k = 0; k < duty + 1; ++k) {
                const PointM p = yard.next();
                const ObjectId mv = mvFor("A", rules::kTransformerKva, p);
                const std::size_t tx =
                    addNode(PowerNodeKind::Transformer,
                            design.halls[h].name + " mech transformer " + std::to_string(k + 1),
                            "xfmr-prefab-substation-2500", p, rules::kTransformerKva, txKw,
                            rules::kLvVoltageV, rules::kTransformerEfficiency, "M");
                link(mv, design.powerNodes[tx].id, PowerLinkKind::Cable, p, p, 0.0);
                const PointM pb = yard.next();
                const std::size_t board =
                    addNode(PowerNodeKind::LvSwitchboard,
                            design.halls[h].name + " mech board " + std::to_string(k + 1),
                            "lv-switchboard-generic", pb,
                            rules::kLvVoltageV * rules::kLvSwitchboardA * std::sqrt(3.0) / 1000.0,
                            hallMechanicalKw[h] / duty, rules::kLvVoltageV, 1.0, "M");
                design.powerNodes[board].currentRatingA = rules::kLvSwitchboardA;
                link(design.powerNodes[tx].id, design.powerNodes[board].id, PowerLinkKind::Cable, p,
                     pb, rules::kLvSwitchboardA);
                ++out.mechanicalBlocks;
            }
        }
    }
    // Utility feeds: rated for the MV lineups they feed.
    for (auto& [path, id] : utility) {
        double kva = 0.0;
        for (const PowerLink& l : design.powerLinks)
            if (l.fromId == id)
                kva += rules::kMvSwitchgearKva;
        for (PowerNode& n : design.powerNodes)
            if (n.id == id) {
                n.ratingKva = kva;
                n.ratingKw = kva * rules::kItPowerFactor;
            }
    }
    std::string note = "power: blocks of 2,500 kVA transformer + LV board + UPS (";
    note += std::to_string(static_cast<int>(rules::kUpsModuleKw));
    note += " kW modules at <= 80 %) + 2,000 kW generators; block IT capacity ";
    note += std::to_string(static_cast<int>(blockCapKw));
    note += " kW (transformer or LV board at 80 %, whichever is smaller); busways 800 A at 415 V, "
            "<= 80 % (";
    note += std::to_string(racksPerBusway);
    note += " racks each, assumption); PF 0.95 (UNVERIFIED planning default)";
    out.notes.push_back(std::move(note));
    return out;
}

} // namespace aifp
