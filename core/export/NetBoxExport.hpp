#pragma once
#include "core/catalog/Catalog.hpp"
#include "core/export/ExportProgress.hpp"
#include "core/model/Design.hpp"
#include <cstddef>
#include <string>
#include <vector>

namespace aifp::exchange {

// The NetBox release whose bulk-import forms the files follow (netbox/dcim/forms/bulk_import.py
// and object_import.py at tag v4.6.8, commit 3db98de783c02038775b78f9804a95681f78eb7b).
inline constexpr const char* kNetBoxVersion = "4.6.8";

// Physical cables per cables file: NetBox imports each file in one transaction, so a gigawatt
// campus's million cables come in files an import can take (docs/exchange.md).
inline constexpr std::size_t kNetBoxCablesPerFile = 50000;

struct NetBoxFile {
    std::string name;     // e.g. "07-devices.csv"
    std::string objects;  // what NetBox import page takes it: "Devices", "Cables", ...
    std::size_t rows = 0; // records (YAML: documents)
    std::size_t bytes = 0;
};

struct NetBoxSummary {
    std::vector<NetBoxFile> files; // in import order (README.txt says the same)
    std::size_t racks = 0, devices = 0, deviceTypes = 0, powerPanels = 0, powerFeeds = 0;
    std::size_t networkCables = 0, powerCables = 0;
    std::size_t portsOverCatalog = 0; // switch ports used beyond the catalog's port count
};

// Writes NetBox bulk-import files for the design into dir (created if missing; it must be empty
// or new, so no file of an earlier export can be imported by mistake): manufacturers, device
// roles, device types with interface and power-port templates (YAML), the site, a location per
// hall, racks (GPU racks and network racks, floor position in the description), devices, power
// panels and feeds, and cables with both ends (one row per physical cable), plus README.txt
// with the import order. CSV is UTF-8, numbers through core/util/NumberFormat. Throws
// ExportError (path first) or ExportCancelled (the files written so far are removed).
NetBoxSummary writeNetBoxFiles(const Design& design, const Catalog& catalog, const std::string& dir,
                               const ExportProgress& progress = {});

} // namespace aifp::exchange
