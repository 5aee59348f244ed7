#pragma once
#include <functional>
#include <stdexcept>
#include <string>

namespace aifp::exchange {

// Called now and then with the share done (0..1); returns false to cancel the export.
using ExportProgress = std::function<bool(double fractionDone)>;

// The export could not be written: the message names the path first, then the reason.
struct ExportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The user cancelled through ExportProgress; nothing half-written is left behind.
struct ExportCancelled : std::runtime_error {
    ExportCancelled() : std::runtime_error("export cancelled") {}
};

} // namespace aifp::exchange
