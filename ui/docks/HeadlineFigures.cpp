#include "ui/docks/HeadlineFigures.hpp"
#include "core/util/NumberFormat.hpp"
#include "ui/document/DisplayFormat.hpp"
#include <QLocale>
#include <QObject>
#include <cmath>

namespace aifp::ui {

QString compactNumber(double v) {
    // The one display convention for large figures (core display::formatScaled: "6.57 G"),
    // in the user's number style.
    return QString::fromStdString(display::formatScaled(v, 3, numberStyleOf()));
}

namespace {

QString fixed(double v, int decimals) {
    // The user's decimal mark, like the engine notes next to it (core display::NumberStyle).
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QObject::tr("n/a");
}

QString usd(double v) {
    return std::isfinite(v) ? QStringLiteral("$") + compactNumber(v) : QObject::tr("n/a");
}

} // namespace

std::vector<HeadlineFigure> headlineFigures(const FactoryEstimate& e) {
    const bool tokens = e.tokensPerSecond > 0.0;
    const double na = std::nan("");
    return {
        {"gpus", QObject::tr("GPUs"), QLocale().toString(e.gpus)},
        // The power basis (core/estimate/PowerBasis.hpp), each figure naming its basis.
        {"itMw", QObject::tr("IT MW design"), fixed(e.basis.itDesignKw / 1000.0, 3)},
        {"itTypicalMw", QObject::tr("IT MW typical"), fixed(e.basis.itTypicalKw / 1000.0, 3)},
        {"facilityMw", QObject::tr("Facility MW design"),
         fixed(e.basis.facilityDesignKw / 1000.0, 3)},
        {"facilityMva", QObject::tr("Facility MVA design"),
         fixed(e.basis.facilityDesignKva / 1000.0, 3)},
        {"pue", QObject::tr("PUE design"), fixed(e.basis.pueDesign, 3)},
        {"pueAnnual", QObject::tr("PUE annual"), fixed(e.basis.pueAnnual, 3)},
        {"tokensPerSecond", QObject::tr("Tokens/s"),
         compactNumber(tokens ? e.tokensPerSecond : na)},
        {"ttftMs", QObject::tr("TTFT ms"), fixed(tokens ? e.ttftMs : na, 1)},
        {"tpotMs", QObject::tr("TPOT ms"), fixed(tokens ? e.tpotMs : na, 2)},
        {"tokensPerSecondPerMw", QObject::tr("Tokens/s per MW"),
         compactNumber(tokens ? e.tokensPerSecondPerMw : na)},
        {"joulesPerToken", QObject::tr("J/token"), fixed(tokens ? e.joulesPerToken : na, 3)},
        {"capexUsd", QObject::tr("Capex"), usd(e.capexUsd)},
        {"opexUsdPerYear", QObject::tr("Opex/yr"), usd(e.opexUsdPerYear)},
        {"costPerMillionTokensUsd", QObject::tr("$/M tokens"),
         fixed(tokens ? e.costPerMillionTokensUsd : na, 3)},
    };
}

} // namespace aifp::ui
