#pragma once
#include "core/model/CoolingNode.hpp"
#include "core/model/PowerNode.hpp"
#include "ui/tools/Tool.hpp"
#include <optional>
#include <string>

namespace aifp::ui {

// Click to place one piece of power or cooling equipment (in a hall, or in the yard outside
// halls), with its ratings taken from its catalog entry.
class PlaceEquipmentTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Place equipment"); }
    void setPowerKind(PowerNodeKind kind, std::string catalogId);
    void setCoolingKind(CoolingNodeKind kind, std::string catalogId);
    // The equipment of a catalogue entry: the power or cooling kind its category places (a "cdu"
    // places a CDU, a "switchboard" an LV switchboard, ...). False, and nothing changed, when the
    // category is not placed on the floor.
    bool setEquipment(const std::string& category, std::string catalogId);
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override; // marks the grid point a click would use
    void deactivate() override { emit snapChanged(SnapKind::None, {}); }
    // Places the equipment at the floor point (snapped to 0.6 m); false when no kind is set.
    bool placeAt(const PointM& floorM);
    bool wantsNavigation() const override { return true; }

private:
    std::optional<PowerNodeKind> powerKind_;
    std::optional<CoolingNodeKind> coolingKind_ = CoolingNodeKind::Cdu;
    std::string catalogId_ = "cdu-generic-in-row";
};

} // namespace aifp::ui
