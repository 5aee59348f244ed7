#pragma once
#include "core/model/Geometry.hpp"
#include "core/model/ObjectId.hpp"
#include <QObject>
#include <QString>
#include <vector>

namespace aifp::ui {

class Document;

// What a point being placed, moved or drawn snapped to; the view marks it (SketchUp's
// inference points): the floor grid, the end of a row, an equipment or rack connection point, a
// right angle to the previous route point, or a hall corner.
enum class SnapKind { None, Grid, RowEnd, Port, RightAngle, Corner };
// The marker's words ("grid", "row end", ...); empty for None.
QString snapKindText(SnapKind kind);

// A mouse or key event already resolved to the model: the floor point under the cursor and the
// object hit. The main window fills it from the viewport's picks; tests fill it directly, so
// tools are exercised without rendering.
struct ToolEvent {
    PointM floorM;
    bool onFloor = false;
    ObjectId objectId = kNoId;
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons;
    Qt::KeyboardModifiers modifiers;
};

// An editing tool. Tools read the document and push undo commands; they never edit the design.
class Tool : public QObject {
    Q_OBJECT
public:
    Tool(Document* document, QObject* parent = nullptr) : QObject(parent), document_(document) {}
    virtual QString name() const = 0;
    virtual void activate() {}
    virtual void deactivate() {}
    virtual void mousePress(const ToolEvent&) {}
    virtual void mouseMove(const ToolEvent&) {}
    virtual void mouseRelease(const ToolEvent&) {}
    virtual void doubleClick(const ToolEvent&) {}
    // Returns true when the tool used the key.
    virtual bool keyPress(int /*key*/, Qt::KeyboardModifiers) { return false; }
    // Keys the tool takes before the window's shortcuts (typed dimensions: digits, 'x').
    virtual bool wantsKey(int /*key*/, Qt::KeyboardModifiers) const { return false; }
    // Whether the viewport's camera navigation stays on while the tool is active.
    virtual bool wantsNavigation() const { return false; }

signals:
    // A polyline to draw over the scene (route in progress, rubber band); empty clears it.
    void previewChanged(const std::vector<aifp::PointM>& pointsM, double diameterM);
    void statusMessage(const QString& text);
    // An edit was refused; the text says why.
    void editRefused(const QString& reason);
    // The point the next click or the drag in progress snaps to (None: no marker).
    void snapChanged(aifp::ui::SnapKind kind, const aifp::PointM& pointM);

protected:
    Document* document_;
};

} // namespace aifp::ui
