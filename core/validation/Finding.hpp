#pragma once
#include "core/model/ObjectId.hpp"
#include <string>
#include <vector>

namespace aifp {

enum class Severity { Error, Warning, Info };

// One result of a validation rule.
struct Finding {
    std::string rule;              // stable rule id, e.g. "power.utilization"
    Severity severity = Severity::Error;
    std::vector<ObjectId> objects; // objects involved; the first is the primary one
    std::string message;           // with the numbers and units that triggered it
    std::string fix;               // suggested fix
    std::string source;            // where the threshold comes from
    friend bool operator==(const Finding&, const Finding&) = default;
};

struct ValidationResult {
    std::vector<Finding> findings;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

inline const char* toString(Severity s) {
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "error";
}

} // namespace aifp
