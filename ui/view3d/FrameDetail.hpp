#pragma once

class vtkRenderer;

namespace aifp::ui {

// What detail the frame a renderer is about to draw can afford (issue 15): how many metres one
// pixel spans at the camera's focal point, and whether the user is moving the camera. Frames
// drawn while the camera moves (a navigation drag, wheel turns) are interactive: they skip
// detail nobody sees at the speed of a drag, and the frame after the movement stops is drawn at
// full quality. The flag rides on the renderer (its vtkInformation), so a representation drawing
// into it asks the renderer, not the widget.
double metresPerPixel(vtkRenderer* renderer);
void setInteractiveFrames(vtkRenderer* renderer, bool interactive);
bool interactiveFrames(vtkRenderer* renderer);

} // namespace aifp::ui
