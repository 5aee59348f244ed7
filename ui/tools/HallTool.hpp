#pragma once
#include "ui/tools/Tool.hpp"

namespace aifp::ui {

// Drag on the floor to create a hall (snapped to the 0.6 m grid), with its size shown live; or
// click a corner and type the size, CAD style ("60 x 120", Enter). Drag from within 1 m of a
// hall's north-east corner to resize that hall.
class HallTool : public Tool {
    Q_OBJECT
public:
    using Tool::Tool;
    QString name() const override { return tr("Create / resize hall"); }
    void mousePress(const ToolEvent& e) override;
    void mouseMove(const ToolEvent& e) override;
    void mouseRelease(const ToolEvent& e) override;
    bool keyPress(int key, Qt::KeyboardModifiers mods) override;
    bool wantsKey(int key, Qt::KeyboardModifiers mods) const override;
    void deactivate() override;
    // The size typed so far ("60 x 12").
    QString typed() const { return typed_; }
    // Creates a hall of widthM x depthM with its south-west corner at cornerM (snapped).
    bool createHall(const PointM& cornerM, double widthM, double depthM);

private:
    void showTyped();
    bool active_ = false;
    bool anchored_ = false; // a corner was clicked: typed sizes start there
    PointM anchorM;
    PointM cursorM;
    QString typed_;
    ObjectId resizing_ = kNoId;
    PointM startM;
};

} // namespace aifp::ui
