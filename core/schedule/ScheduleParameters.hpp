#pragma once
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace aifp {

// One default of the schedule generator: a lead time, a duration, a crew size or a rate.
// key is also the design.assumptionOverrides key that replaces it.
struct ScheduleParameter {
    std::string key;    // e.g. "schedule.lead.transformer_weeks"
    double value = 0.0; // current value (the default, or the override)
    double defaultValue = 0.0;
    std::string unit; // "weeks", "working days", "crews", "units per crew-day", ...
    std::string description;
    std::string source;      // reference-data.md section and source, or the assumption's reasoning
    bool assumption = false; // true: not a sourced figure (UNVERIFIED in the pack, or our choice)
    bool overridden = false;
    bool positive = false; // must be > 0 (crews, rates); otherwise >= 0
    // The range the source gives for the figure (e.g. transformer lead 80-210 weeks); NaN when
    // it gives none. Sensitivity and the risk register sweep it (core/options).
    double rangeLow = std::numeric_limits<double>::quiet_NaN();
    double rangeHigh = std::numeric_limits<double>::quiet_NaN();
};

// The sourced and assumed defaults of the build programme, with design overrides applied.
// Every key is documented in docs/schedule.md.
class ScheduleParameters {
public:
    static ScheduleParameters defaults();

    // Applies every "schedule.*" key of design.assumptionOverrides. Throws ScheduleError for an
    // unknown schedule key, a non-finite value, a negative value, or a zero crew size / rate.
    // Keys outside "schedule." belong to other engines and are ignored.
    void applyOverrides(const std::map<std::string, double>& overrides);

    // Replaces a default with a figure read from the catalog (before overrides are applied).
    void setDefault(const std::string& key, double value, const std::string& source);
    // Records the range the source gives for key (low <= high).
    void setRange(const std::string& key, double low, double high);

    // The value of key. Throws ScheduleError for an unknown key (a programming error).
    double value(const std::string& key) const;
    const ScheduleParameter& parameter(const std::string& key) const;
    const std::vector<ScheduleParameter>& all() const { return params_; }

private:
    std::vector<ScheduleParameter> params_;
};

// A parameter's unit as shown to people ("weeks" -> "semanas" in Spanish; the unit itself in
// English, and for units this table does not know).
std::string shownScheduleUnit(const std::string& unit);

} // namespace aifp
