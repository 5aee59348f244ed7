#include "ui/view3d/HallRepresentation.hpp"
#include "ui/view3d/BoxInstances.hpp"
#include "ui/view3d/TubeSet.hpp"
#include <QCoreApplication>
#include <cmath>
#include <vtkBillboardTextActor3D.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkTextProperty.h>

namespace aifp::ui {

namespace {
constexpr double kSlabM = 0.3;     // drawn slab thickness (display only)
constexpr double kGridStepM = 5.0; // floor grid spacing (display only)
constexpr Rgb kFloor{72, 74, 78};
constexpr Rgb kGrid{92, 95, 100};
constexpr Rgb kOutline{225, 228, 232};
} // namespace

struct HallRepresentation::Impl {
    explicit Impl(vtkRenderer* r)
        : slabs(r), grid(r, TubeSet::Style::Lines), outline(r, TubeSet::Style::Lines) {}
    BoxInstances slabs;
    TubeSet grid;
    TubeSet outline;
    std::vector<vtkSmartPointer<vtkBillboardTextActor3D>> labels;
    std::vector<PickBox> floors;
};

HallRepresentation::HallRepresentation(vtkRenderer* renderer)
    : Representation(renderer), d_(std::make_unique<Impl>(renderer)) {
    d_->grid.setLineWidth(1.0);
    d_->outline.setLineWidth(2.0);
}

HallRepresentation::~HallRepresentation() {
    for (auto& l : d_->labels)
        renderer_->RemoveActor(l);
}

void HallRepresentation::rebuild(const SceneInputs& in) {
    for (auto& l : d_->labels)
        renderer_->RemoveActor(l);
    d_->labels.clear();
    d_->floors.clear();
    std::vector<BoxInstance> slabs;
    std::vector<Tube> grid, outline;
    for (const Hall& h : in.design->halls) {
        if (!(h.widthM > 0.0) || !(h.depthM > 0.0))
            continue; // nothing to draw; the validation engine reports the bad size
        const double x0 = h.originXM, y0 = h.originYM, x1 = x0 + h.widthM, y1 = y0 + h.depthM;
        BoxInstance slab;
        slab.id = h.id;
        slab.baseCentreM = {(x0 + x1) / 2, (y0 + y1) / 2, -kSlabM};
        slab.widthM = h.widthM;
        slab.depthM = h.depthM;
        slab.heightM = kSlabM;
        slab.colour = kFloor;
        slabs.push_back(slab);
        d_->floors.push_back({h.id, {x0, y0, -kSlabM}, {x1, y1, 0.0}});
        constexpr double z = 0.01; // just above the slab
        for (double x = x0 + kGridStepM; x < x1 - 1e-6; x += kGridStepM)
            grid.push_back({h.id, {{x, y0, z}, {x, y1, z}}, 0.0, kGrid});
        for (double y = y0 + kGridStepM; y < y1 - 1e-6; y += kGridStepM)
            grid.push_back({h.id, {{x0, y, z}, {x1, y, z}}, 0.0, kGrid});
        outline.push_back({h.id,
                           {{x0, y0, z}, {x1, y0, z}, {x1, y1, z}, {x0, y1, z}, {x0, y0, z}},
                           0.0,
                           kOutline});
        auto label = vtkSmartPointer<vtkBillboardTextActor3D>::New();
        label->SetInput(h.name.empty()
                            ? QCoreApplication::translate("aifp::ui::HallRepresentation", "Hall %1")
                                  .arg(h.id)
                                  .toUtf8()
                                  .constData()
                            : h.name.c_str());
        label->SetPosition(x0 + 1.0, y1 + 1.0, 0.5);
        label->GetTextProperty()->SetFontSize(16);
        label->GetTextProperty()->SetColor(0.15, 0.17, 0.2);
        label->GetTextProperty()->SetBold(true);
        label->GetTextProperty()->SetJustificationToLeft();
        renderer_->AddActor(label);
        d_->labels.push_back(label);
    }
    d_->slabs.set(slabs);
    d_->grid.set(grid);
    d_->outline.set(outline);
}

void HallRepresentation::collectPickables(std::vector<PickBox>& boxes,
                                          std::vector<PickSegment>& segments) const {
    (void)boxes;
    (void)segments;
}

std::vector<PickBox> HallRepresentation::floorBoxes() const {
    return d_->floors;
}

} // namespace aifp::ui
