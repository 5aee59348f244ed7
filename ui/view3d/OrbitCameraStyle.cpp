#include "ui/view3d/OrbitCameraStyle.hpp"
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vtkCamera.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkObjectFactory.h>
#include <vtkRenderWindow.h>
#include <vtkRenderWindowInteractor.h>
#include <vtkRenderer.h>

namespace aifp::ui {

void orbitCamera(vtkCamera* camera, double azimuthDeg, double elevationDeg) {
    double fp[3], pos[3];
    camera->GetFocalPoint(fp);
    camera->GetPosition(pos);
    double v[3] = {pos[0] - fp[0], pos[1] - fp[1], pos[2] - fp[2]};
    const double dist = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    if (dist < 1e-9)
        return;
    double az = std::atan2(v[1], v[0]);
    double el = std::asin(std::clamp(v[2] / dist, -1.0, 1.0));
    const double deg = std::numbers::pi / 180.0;
    az += azimuthDeg * deg;
    el = std::clamp(el + elevationDeg * deg, 2.0 * deg, 89.9 * deg);
    if (std::abs(v[2] / dist) > 0.99999) {
        // Looking straight down: the azimuth comes from the current view-up (plan view).
        double up[3];
        camera->GetViewUp(up);
        az = std::atan2(-up[1], -up[0]) + azimuthDeg * deg;
    }
    camera->SetPosition(fp[0] + dist * std::cos(el) * std::cos(az),
                        fp[1] + dist * std::cos(el) * std::sin(az), fp[2] + dist * std::sin(el));
    camera->SetViewUp(0.0, 0.0, 1.0);
    camera->OrthogonalizeViewUp();
}

namespace {
class OrbitStyle : public vtkInteractorStyleTrackballCamera {
public:
    static OrbitStyle* New();
    vtkTypeMacro(OrbitStyle, vtkInteractorStyleTrackballCamera)

        void Rotate() override {
        if (!this->CurrentRenderer)
            return;
        vtkRenderWindowInteractor* rwi = this->Interactor;
        const int dx = rwi->GetEventPosition()[0] - rwi->GetLastEventPosition()[0];
        const int dy = rwi->GetEventPosition()[1] - rwi->GetLastEventPosition()[1];
        const int* size = this->CurrentRenderer->GetRenderWindow()->GetSize();
        // A drag across the whole view turns 180 degrees, up the whole view tilts 90.
        const double az = -180.0 * dx / std::max(1, size[0]);
        const double el = 90.0 * dy / std::max(1, size[1]);
        orbitCamera(this->CurrentRenderer->GetActiveCamera(), az, el);
        if (this->AutoAdjustCameraClippingRange)
            this->CurrentRenderer->ResetCameraClippingRange();
        rwi->Render();
    }
    // Ctrl-left spins the camera about the view direction in the trackball style; an
    // engineering view keeps z up, so spinning orbits instead.
    void Spin() override { Rotate(); }
};
vtkStandardNewMacro(OrbitStyle);
} // namespace

vtkInteractorStyle* newOrbitCameraStyle() {
    return OrbitStyle::New();
}

} // namespace aifp::ui
