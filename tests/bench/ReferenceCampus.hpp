#pragma once
// Shared by the benchmarks: the gigawatt reference campus they measure, the generator's design for
// aifp-cli new --target-mw 1000 --system gb300-nvl72 --cooling liquid --redundancy 2N
// --fabric q3400.
#include "core/generate/FactoryTargets.hpp"

namespace aifp::bench {

inline FactoryTargets gigawattReferenceTargets() {
    FactoryTargets t;
    t.name = "Gigawatt reference campus";
    t.targetGridMw = 1000.0;
    t.systemId = "gb300-nvl72";
    t.cooling = CoolingMode::Liquid;
    t.redundancy = RedundancyScheme::TwoN;
    t.fabricSwitchId = "q3400";
    return t;
}

} // namespace aifp::bench
