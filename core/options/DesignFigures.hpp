#pragma once
#include <string>
#include <vector>

namespace aifp {

struct Design;
class Catalog;

// The figures a sales engineer compares between options, each from the engine that owns it:
// the power basis and cost from the factory estimate, dates from the schedule, findings from the
// validator. An engine that refuses the design leaves its figures NaN/empty and says why in
// problems (one line each), so one broken option does not hide the others.
struct DesignFigures {
    std::string name; // variant or file name
    long gpus = 0, racks = 0, halls = 0;
    double itDesignMw = 0.0, facilityDesignMw = 0.0, pueDesign = 0.0, pueAnnual = 0.0;
    double tokensPerSecond = 0.0;        // the design's MLPerf scenario (capacity)
    double serviceTokensPerSecond = 0.0; // at the per-user speed (what cost is quoted on)
    double userTokensPerS = 0.0;
    double tokensPerSecondPerMw = 0.0;
    double costPerMillionTokens = 0.0;
    std::string costBasis;
    double capex = 0.0, opexPerYear = 0.0;
    std::string currency;
    std::string startDate, firstToken, fullCapacity; // ISO dates
    double firstTokenWeeks = 0.0, fullCapacityWeeks = 0.0;
    std::string firstTokenDriver;
    // Build or rent (FactoryEstimate::ownership): the dates above follow the procurement (build:
    // the schedule; colocation: the ready-hall schedule, not before the hall's hand-over; cloud:
    // the capacity lead time), capex/opex/cost per token above are the design built.
    std::string procurement = "build";
    int rentTermMonths = 0, tcoHorizonYears = 0;
    double tcoUsd = 0.0, tcoUpfrontUsd = 0.0, tcoCostPerMillionTokens = 0.0;
    std::string tcoBasis;
    int errors = 0, warnings = 0, infos = 0;
    std::vector<std::string> problems; // "estimate: ...", "schedule: ..."
};

// Runs the estimate, schedule and validation of one design (the same calls as aifp-cli
// estimate, schedule and validate with their defaults).
DesignFigures designFigures(const Design& design, const Catalog& catalog, const std::string& name);

// The same design under each procurement, build, colocation and cloud (in that order): each is
// what designFigures gives for a copy of the design whose settings.procurement is that one (so
// what aifp-cli compare prints for such a variant), with one estimate, one validation and the
// two schedules the procurements need. The report's decision summary contrasts them.
std::vector<DesignFigures> designFiguresByProcurement(const Design& design, const Catalog& catalog,
                                                      const std::string& name);

// One compared figure: its key (JSON and CSV), label and unit (text) and the decimals shown to
// people. The one list every output of the comparison is written from.
struct FigureField {
    const char* key;
    const char* label;
    const char* unit;
    int decimals;
    double (*get)(const DesignFigures&);
};
const std::vector<FigureField>& comparedFigures();

} // namespace aifp
