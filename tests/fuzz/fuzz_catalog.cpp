// libFuzzer target: loading a catalog (aifp-catalog JSON) and reading every system's planning
// ratings. CatalogError is the expected outcome for bad input.
#include "core/catalog/Catalog.hpp"
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const aifp::Catalog catalog = aifp::Catalog::fromJsonText(text, "fuzz.json");
        for (const aifp::CatalogEntry* e : catalog.byCategory("system")) {
            try {
                (void)aifp::systemSpec(catalog, e->id);
            } catch (const aifp::CatalogError&) {
            }
        }
    } catch (const aifp::CatalogError&) {
    }
    return 0;
}
