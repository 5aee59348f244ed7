// libFuzzer target: JSON import (parser, aifp-design reader, domain check). An accepted design
// must export and re-import to the same design (the exactness guarantee of docs/file-format.md)
// and must validate without failure.
#include "core/catalog/Catalog.hpp"
#include "core/io/DesignJson.hpp"
#include "core/util/Json.hpp"
#include "core/validation/Validator.hpp"
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    aifp::Design design;
    try {
        design = aifp::designFromJson(aifp::json::parse(text), aifp::Catalog::builtin());
    } catch (const aifp::json::ParseError&) {
        return 0;
    } catch (const aifp::DesignJsonError&) {
        return 0;
    }
    const std::string exported = aifp::json::write(aifp::designToJson(design));
    const aifp::Design again =
        aifp::designFromJson(aifp::json::parse(exported), aifp::Catalog::builtin());
    if (!(again == design))
        std::abort(); // export/import is not exact
    aifp::Validator validator(aifp::Catalog::builtin());
    (void)validator.validateAll(design);
    return 0;
}
