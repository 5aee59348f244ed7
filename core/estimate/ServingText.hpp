#pragma once
#include <functional>
#include <string>
#include <vector>

namespace aifp {

struct InferenceResult;
struct FactoryEstimate;

// How a replica serves, in words: one wording for the command line, the Estimates dock and the
// report. Numbers go through `number(value, decimals)`, so the command line keeps plain English
// figures and the GUI and the report the user's number style.
using NumberText = std::function<std::string(double value, int decimals)>;

// The estimator's keywords ("calibrated", "compute", ...) as shown to people.
std::string shownInferenceKeyword(const std::string& keyword);

// "N x G GPU(s) (S pipeline stages), batch B per replica, X bound".
std::string replicaShapeText(const InferenceResult& r, const NumberText& number);

// "36.0 ms: overhead 5.0, GEMMs 22.1 (compute), attention 8.3 (memory bandwidth), communication
// 0.6": where the mean decode step goes; pipeline hops and the host-link KV read only where there
// are any.
std::string stepBreakdownText(const InferenceResult& r, const NumberText& number);

// One line per system type of a factory estimate and per operating point (the design's scenario,
// then the per-user speed the cost is quoted at): the replica shape and where its step goes.
std::vector<std::string> servingLines(const FactoryEstimate& e, const NumberText& number);

} // namespace aifp
