#pragma once
#include "core/estimate/FactoryEstimate.hpp"
#include <QString>
#include <vector>

namespace aifp::ui {

// One headline figure of the estimates dock: key (widget object name suffix), caption and the
// text shown for an estimate.
struct HeadlineFigure {
    QString key;
    QString caption;
    QString text;
};

// GPUs, IT MW, facility MW, PUE, tokens/s, TTFT, TPOT, tokens/s per MW, J/token, capex,
// opex/yr, $/M tokens; "n/a" where the estimate has no figure (no tokens served).
std::vector<HeadlineFigure> headlineFigures(const FactoryEstimate& e);

// 1234567 -> "1.23 M", 12345 -> "12,300", 0.5 -> "0.5": three significant figures, SI prefixes
// from a million on (display::formatScaled), in the user's number style.
QString compactNumber(double v);

} // namespace aifp::ui
