#pragma once
#include "core/model/Design.hpp"
#include <vector>

namespace aifp::exchange {

// The model places switches at floor points; the switches standing at the same point of a hall
// (to the centimetre) share one network rack. Every exchange format draws or lists that rack
// once: NetBox as a rack, DXF as a footprint, glTF as a cabinet.
struct SwitchStack {
    ObjectId hallId = kNoId;
    PointM positionM;                  // of the first switch
    std::vector<std::size_t> switches; // indices into Design::switches, in design order
};

// In the order of the first switch of each stack.
std::vector<SwitchStack> switchStacks(const Design& design);

} // namespace aifp::exchange
