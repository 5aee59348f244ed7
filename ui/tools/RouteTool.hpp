#pragma once
#include "ui/tools/RoutePlan.hpp"
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Draws a busway, feed or pipe: click points (snapped to equipment and right angles), finish with
// a double-click or Enter, cancel with Esc. The first and last points connect to the equipment or
// rack they snapped to.
class RouteTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override;
    void setKind(RouteKind kind);
    RouteKind kind() const { return params_.kind; }
    void deactivate() override { cancel(); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    void doubleClick(const ToolEvent& e) override;
    bool keyPress(int key, Qt::KeyboardModifiers modifiers) override;
    bool wantsNavigation() const override { return true; }

    const std::vector<PointM>& points() const { return routeM_; }
    // Creates the route; returns false (with editRefused) when it does not connect.
    bool finish();
    void cancel();

private:
    double previewDiameterM() const;
    RouteParams params_;
    std::vector<PointM> routeM_;
    ObjectId fromId_ = kNoId;
    ObjectId toId_ = kNoId;
};

} // namespace aifp::ui
