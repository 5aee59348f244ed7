#pragma once
#include "core/validation/FailureImpact.hpp"
#include "core/validation/Finding.hpp"
#include <QColor>
#include <unordered_map>

namespace aifp::ui {

// How a failure touches a rack, worst first.
enum class ImpactClass { LosesPower, LosesCooling, Disconnected, LosesRedundancy };

// The 3D view shows a failure impact with its status colouring (racks by status): losing power
// = error red, losing cooling or the fabric = warning amber, losing redundancy = info blue
// (ui/view3d/RackPalette.cpp colours); unaffected racks keep the "ok" green.
Severity impactSeverity(ImpactClass c);
QColor impactColour(ImpactClass c);

// The rack status map for the viewport: each affected rack with its worst impact.
std::unordered_map<ObjectId, Severity> impactStatus(const ImpactResult& result);

// The status map the main window shows normally: each object's worst validation finding.
std::unordered_map<ObjectId, Severity> findingStatus(const ValidationResult& result);

} // namespace aifp::ui
