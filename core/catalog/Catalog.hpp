#pragma once
#include "core/catalog/CatalogEntry.hpp"
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace aifp {

struct CatalogError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The equipment catalog: the shipped entries (resources/catalog.json) plus the user entries of a
// project. A user entry with the id of a shipped one overrides it for that project.
class Catalog {
public:
    Catalog() = default;

    // Loads a catalog file in the aifp-catalog format. Throws CatalogError naming the file,
    // the entry and the field on malformed content.
    static Catalog loadFile(const std::string& path);
    static Catalog fromJsonText(const std::string& text, const std::string& origin);

    // The catalog shipped with the program (resourcesDir()/catalog.json), loaded once
    // (thread-safe).
    static const Catalog& builtin();
    // The program's data directory: dataDir() of core/util/DataDir.hpp.
    static std::string resourcesDir();

    void add(CatalogEntry entry); // replaces an entry with the same id
    // The entry with this id, or whose earlier id (catalog "aliases") this is; nullptr if none.
    const CatalogEntry* find(const std::string& id) const;
    const std::vector<CatalogEntry>& entries() const { return entries_; }
    std::vector<const CatalogEntry*> byCategory(const std::string& category) const;

    // This catalog with a project's user entries layered on top.
    Catalog withUserEntries(const std::vector<CatalogEntry>& user) const;

private:
    std::vector<CatalogEntry> entries_;
    std::unordered_map<std::string, std::size_t> index_;
    std::unordered_map<std::string, std::string> aliases_; // earlier id -> current id
};

// The planning view of a GPU system (a rack position's content), read from its catalog entry.
struct SystemSpec {
    std::string id;
    int gpusPerSystem = 0;
    int systemsPerRack = 1;
    int gpusPerRack = 0;
    double rackPowerKw = 0.0;
    double typicalPowerFraction = 1.0;
    double liquidFraction = 0.0; // share of rack heat removed by liquid
    double rackWeightKg = 0.0;
    double footprintWidthM = 0.6;
    double footprintDepthM = 1.2;
    double serviceClearanceM = 1.2;
    double maxSupplyWaterC = 0.0; // 0: not liquid-cooled / no limit known
    double coolantFlowLpmPerKw = 1.5;
    int scaleUpGpus = 8;
    int nicsPerGpu = 1;
    double nicSpeedGbps = 400.0;
    std::string gpuId;
};

// Reads the system's planning ratings. Throws CatalogError if the id is unknown, not a system,
// or lacks a required rating.
SystemSpec systemSpec(const Catalog& catalog, const std::string& id);

} // namespace aifp
