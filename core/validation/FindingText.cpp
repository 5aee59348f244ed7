#include "core/validation/FindingText.hpp"
#include "core/util/NumberFormat.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace aifp {

std::string formatNumber(double value, int decimals) {
    if (!std::isfinite(value))
        return std::isnan(value) ? "n/a" : (value > 0 ? "inf" : "-inf");
    // The calling thread's display style: English for the CLI and reports, the user's language in
    // the GUI's validation thread.
    return display::formatPlain(value, std::max(0, decimals));
}

std::string formatIds(const std::vector<ObjectId>& ids, std::size_t limit) {
    std::string s;
    for (std::size_t i = 0; i < ids.size() && i < limit; ++i)
        s += (i ? ", " : "") + std::to_string(ids[i]);
    if (ids.size() > limit)
        s += ", ... (" + std::to_string(ids.size()) + " in all)";
    return s;
}

Finding makeFinding(std::string rule, Severity severity, std::vector<ObjectId> objects,
                    std::string message, std::string fix, std::string source) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = severity;
    f.objects = std::move(objects);
    f.message = std::move(message);
    f.fix = std::move(fix);
    f.source = std::move(source);
    return f;
}

void sortFindings(std::vector<Finding>& findings) {
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.severity, a.rule, a.objects, a.message) <
               std::tie(b.severity, b.rule, b.objects, b.message);
    });
}

ValidationResult makeResult(std::vector<Finding> findings) {
    sortFindings(findings);
    ValidationResult r;
    for (const auto& f : findings) {
        if (f.severity == Severity::Error)
            ++r.errors;
        else if (f.severity == Severity::Warning)
            ++r.warnings;
        else
            ++r.infos;
    }
    r.findings = std::move(findings);
    return r;
}

} // namespace aifp
