#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/model/Design.hpp"
#include "core/model/DesignChange.hpp"
#include "core/validation/Finding.hpp"
#include <QColor>
#include <QImage>
#include <QOpenGLWidget>
#include <QRect>
#include <QRectF>
#include <QStringList>
#include <QVariantMap>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace aifp::ui {

enum class RackColouring { ByType, ByPower, ByCooling, ByStatus };

// What the view can hide to see a big campus (View > Layers). Outdoor: the plant in the yard
// (equipment in no hall: substation, transformers, generators, chillers, dry coolers) and the
// runs between it; it is shown when both its own layer and its kind's (power, cooling) are on.
enum class ViewLayer { Halls, Racks, Power, Cooling, Network, Labels, Grid, Outdoor };
inline constexpr int kViewLayerCount = 8;

// The 3D view of a design: VTK 9.1 rendered inside a Qt 6 QOpenGLWidget
// (docs/platform-notes.md). No VTK type appears here (pimpl); only ui/view3d/*.cpp include VTK.
// The widget only navigates the camera; editing tools belong to the application, which listens
// to the mouse signals and uses pickFloor/pickObject.
class ViewportWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit ViewportWidget(QWidget* parent = nullptr);
    ~ViewportWidget() override;

    // OpenGL 3.2 core, RGBA8, depth 24, no multisampling. Call before constructing QApplication.
    static void setDefaultSurfaceFormat();

    // The design and catalog must outlive the widget or the next setDesign call.
    void setDesign(const aifp::Design* design, const aifp::Catalog* catalog); // full rebuild
    void applyChange(const aifp::DesignChange& change); // update only what changed
    // Switching variants: shows design with the scene kept for key (what the design is:
    // Document::variantStamp, 0 for none) when there is one for this design and catalog,
    // else builds it (setDesign). The scene shown so far, when it has a key, is kept for a
    // switch back: its actors stay in the renderer, hidden, until it is one of more than the
    // two most recent scenes. The camera stays unless the view is still fitted (then it fits
    // the design shown). The designs of kept scenes must stay alive and unchanged while kept.
    void showDesign(const aifp::Design* design, const aifp::Catalog* catalog, std::uint64_t key);
    // The key of the scene shown after an edit applied to it (applyChange), or 0.
    void setSceneKey(std::uint64_t key);
    // Drops the kept scenes (another project).
    void dropKeptScenes();
    std::size_t keptSceneCount() const;
    // The same design at another address (the document copied it before an edit): no rebuild;
    // call applyChange for the edit next.
    void setDesignPointer(const aifp::Design* design);
    // Where the view takes the id index of a design it is given (Document::designIndex, shared
    // with the other views instead of built again); a source that returns null for a design
    // (not the one it indexes), or none, and the view builds the index itself.
    using IndexSource =
        std::function<std::shared_ptr<const aifp::DesignIndex>(const aifp::Design* design)>;
    void setIndexSource(IndexSource source);
    void setSelection(const std::vector<aifp::ObjectId>& ids);
    void setRackColouring(RackColouring mode);
    RackColouring rackColouring() const;
    // For ByStatus and failure impact.
    void setStatus(const std::unordered_map<aifp::ObjectId, aifp::Severity>& status);
    void setHighlighted(const std::vector<aifp::ObjectId>& ids, QColor colour); // failure impact
    // A legend of the caller's own (failure impact) in place of the rack colouring's; an empty
    // title gives the colouring's legend back.
    void setCustomLegend(const QString& title,
                         const std::vector<std::pair<QString, QColor>>& entries);
    // Routing tool rubber band; empty to clear.
    void setPreviewPolyline(const std::vector<aifp::PointM>& pts, double diameterM);
    // The snap marker of the tool in use: a ring and cross drawn on top at pointM, with its
    // words beside it ("grid", "row end", ...). An empty label hides it.
    void setSnapMarker(const aifp::PointM& pointM, const QString& label);
    QString snapMarkerLabel() const; // empty when hidden
    aifp::PointM snapMarkerPoint() const;
    // Dimension annotations (floor end points): a line with end ticks and its length in metres.
    void setDimensions(const std::vector<std::pair<aifp::PointM, aifp::PointM>>& dimensions);
    QStringList dimensionLabels() const; // the lengths as drawn ("12.60 m")

    // The camera, for named views: projection, position, focal point, view up, angle, scale.
    QVariantMap cameraState() const;
    // False (camera unchanged) when the state is malformed.
    bool setCameraState(const QVariantMap& state);

    // Level of detail of the network links: per-row bundles when the view spans more than
    // kDetailSpanM of ground; closer, the nearest links one by one (NetworkRepresentation.hpp).
    // Off: always bundles.
    void setNetworkDetailEnabled(bool enabled);
    bool networkDetailShown() const;
    std::size_t networkLinesDrawn() const; // lines in the scene (bundles or single links)
    double visibleSpanM() const;           // ground width the view spans at its centre

    // Editing tools take the left button when navigation is off; middle/shift pan and wheel zoom
    // stay available.
    void setNavigationEnabled(bool enabled);
    bool navigationEnabled() const;

    // Plan, isometric and the fits frame the scene with a margin; until the user moves the
    // camera, a resize fits again.
    void viewPlan();
    void viewIsometric();
    void fitAll();
    void fitSelection();
    // Rotates the camera about the vertical axis through the focal point and tilts it.
    void orbit(double azimuthDeg, double elevationDeg);

    std::optional<aifp::PointM> pickFloor(QPoint widgetPos) const; // ray -> z=0, site coords
    aifp::ObjectId pickObject(QPoint widgetPos) const; // object under the cursor (0 if none)
    // Objects whose centre projects inside the rectangle (rubber-band selection).
    std::vector<aifp::ObjectId> objectsInRect(QRect widgetRect) const;
    // Screen position (widget coordinates) of a site point, for tests and overlays.
    QPointF projectToWidget(const aifp::PointM& p) const;
    // The hover label of an object: name, type and key figure.
    QString describe(aifp::ObjectId id) const;

    void setLayerVisible(ViewLayer layer, bool visible);
    bool isLayerVisible(ViewLayer layer) const;
    // Shows only this hall, its contents and the links among them (kNoId: everything).
    void isolateHall(aifp::ObjectId hallId);
    aifp::ObjectId isolatedHall() const;
    // The ground grid's spacing in metres (adapts to the scene's size).
    double gridSpacingM() const;

    bool isFitted() const;
    // Where the scene's bounding box lands on screen (widget pixels), and the legend's box: for
    // tests and screenshots (the legend never covers the centre).
    QRectF sceneRectOnScreen() const;
    QRectF legendRect() const;
    static QString vtkVersionText(); // for Help > About

    QImage renderToImage(QSize size);     // offscreen render for reports/tests
    double lastFrameMs() const;           // wall time of the last VTK render, glFinish included
    std::uint64_t framesRendered() const; // VTK renders for the screen so far (benchmarks)
    // The scene changed since the last frame drawn: a frame is scheduled (or held, see
    // applyChange) and has not been drawn yet.
    bool frameDue() const;
    // The user is moving the camera (dragging, or turning the wheel): frames are drawn at
    // interactive quality, without FXAA; the frame after the movement has it again.
    bool cameraMoving() const;

signals:
    void hovered(aifp::ObjectId id, QString label);
    void mousePressedOnView(QPoint pos, Qt::MouseButton button, Qt::KeyboardModifiers mods);
    void mouseMovedOnView(QPoint pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods);
    void mouseReleasedOnView(QPoint pos, Qt::MouseButton button, Qt::KeyboardModifiers mods);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

} // namespace aifp::ui
