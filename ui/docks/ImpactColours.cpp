#include "ui/docks/ImpactColours.hpp"

namespace aifp::ui {

Severity impactSeverity(ImpactClass c) {
    switch (c) {
    case ImpactClass::LosesPower:
        return Severity::Error;
    case ImpactClass::LosesCooling:
    case ImpactClass::Disconnected:
        return Severity::Warning;
    case ImpactClass::LosesRedundancy:
        return Severity::Info;
    }
    return Severity::Info;
}

QColor impactColour(ImpactClass c) {
    // The RackPalette status colours: kError, kWarning, kInfo.
    switch (impactSeverity(c)) {
    case Severity::Error:
        return QColor(215, 48, 39);
    case Severity::Warning:
        return QColor(250, 170, 60);
    case Severity::Info:
        return QColor(116, 169, 207);
    }
    return QColor(116, 169, 207);
}

std::unordered_map<ObjectId, Severity> impactStatus(const ImpactResult& r) {
    std::unordered_map<ObjectId, Severity> status;
    // Worst first: a rack keeps the first (worst) class it is put in.
    auto mark = [&](const std::vector<ObjectId>& ids, ImpactClass c) {
        for (ObjectId id : ids)
            status.emplace(id, impactSeverity(c));
    };
    mark(r.racksFailed, ImpactClass::LosesPower);
    mark(r.racksLosingPower, ImpactClass::LosesPower);
    mark(r.racksLosingCooling, ImpactClass::LosesCooling);
    mark(r.racksDisconnected, ImpactClass::Disconnected);
    mark(r.racksLosingRedundancy, ImpactClass::LosesRedundancy);
    return status;
}

std::unordered_map<ObjectId, Severity> findingStatus(const ValidationResult& result) {
    std::unordered_map<ObjectId, Severity> status;
    for (const Finding& f : result.findings)
        for (ObjectId id : f.objects) {
            auto [it, inserted] = status.emplace(id, f.severity);
            if (!inserted && static_cast<int>(f.severity) < static_cast<int>(it->second))
                it->second = f.severity; // the worst finding wins: Error < Warning < Info
        }
    return status;
}

} // namespace aifp::ui
