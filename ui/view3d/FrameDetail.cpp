#include "ui/view3d/FrameDetail.hpp"
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vtkCamera.h>
#include <vtkInformation.h>
#include <vtkInformationIntegerKey.h>
#include <vtkRenderer.h>

namespace aifp::ui {

namespace {
// The key of the interactive flag in a renderer's vtkInformation (VTK's key registry owns it).
vtkInformationIntegerKey* interactiveKey() {
    static vtkInformationIntegerKey* key =
        new vtkInformationIntegerKey("INTERACTIVE_FRAMES", "aifp::ui::FrameDetail");
    return key;
}
} // namespace

double metresPerPixel(vtkRenderer* renderer) {
    vtkCamera* cam = renderer->GetActiveCamera();
    const int heightPx = std::max(1, renderer->GetSize()[1]);
    if (cam->GetParallelProjection())
        return 2.0 * cam->GetParallelScale() / heightPx;
    constexpr double kDegToRad = std::numbers::pi / 180.0;
    return 2.0 * cam->GetDistance() * std::tan(cam->GetViewAngle() * kDegToRad / 2.0) / heightPx;
}

void setInteractiveFrames(vtkRenderer* renderer, bool interactive) {
    renderer->GetInformation()->Set(interactiveKey(), interactive ? 1 : 0);
}

bool interactiveFrames(vtkRenderer* renderer) {
    vtkInformation* info = renderer->GetInformation();
    return info && info->Has(interactiveKey()) && info->Get(interactiveKey()) != 0;
}

} // namespace aifp::ui
