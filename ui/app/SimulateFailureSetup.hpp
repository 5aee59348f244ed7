#pragma once

namespace aifp::ui {

class MainWindow;
class SimulateFailureReaction;

// Creates the action "actionSimulateFailure" (Tools menu and main tool bar when present), the
// impact dock (object name "ImpactDock", bottom area, hidden until the first run) and the
// reaction, wired to the window's viewport and validation colours.
SimulateFailureReaction* installSimulateFailure(MainWindow* window);

} // namespace aifp::ui
