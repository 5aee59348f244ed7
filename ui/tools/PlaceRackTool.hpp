#pragma once
#include "ui/tools/Tool.hpp"
#include <string>

namespace aifp::ui {

// Click on a hall floor to place one rack of the chosen system, snapped to the 0.6 m grid or next
// to the end of an existing row.
class PlaceRackTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Place rack"); }
    void setSystemId(std::string id) { systemId_ = std::move(id); }
    const std::string& systemId() const { return systemId_; }
    void mousePress(const ToolEvent& e) override;
    // Marks where a click would put the rack: next to a row's end, or on the grid.
    void mouseMove(const ToolEvent& e) override;
    void deactivate() override { emit snapChanged(SnapKind::None, {}); }
    // Places one rack at the floor point (snapped); false, with editRefused, when refused.
    bool placeAt(const PointM& floorM);
    bool wantsNavigation() const override { return true; }

private:
    std::string systemId_ = "gb300-nvl72";
};

} // namespace aifp::ui
