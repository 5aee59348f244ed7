#pragma once

class vtkInteractorStyle;
class vtkCamera;

namespace aifp::ui {

// The interactor style of the viewport: camera only. Left drag orbits about the vertical axis
// through the focal point (z stays up), middle or shift-left drag pans, the wheel and right drag
// zoom. Created by newOrbitCameraStyle(); the caller owns the reference.
vtkInteractorStyle* newOrbitCameraStyle();

// Rotates the camera about the world z axis through its focal point, then tilts it, keeping the
// elevation between 2 and 89.9 degrees (plan view is 90).
void orbitCamera(vtkCamera* camera, double azimuthDeg, double elevationDeg);

} // namespace aifp::ui
