// libFuzzer target: JSON import (parser, aifp-design reader, domain check). The streaming reader
// and the whole-text parser must agree (same value, or the same error message); the streamed
// design import and the tree import must agree (both accept the same design, or both refuse).
// An accepted design must export and re-import to the same design (the exactness guarantee of
// docs/file-format.md) and must validate without failure.
#include "core/catalog/Catalog.hpp"
#include "core/io/DesignJson.hpp"
#include "core/util/Json.hpp"
#include "core/util/JsonStream.hpp"
#include "core/validation/Validator.hpp"
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>

namespace {

// The parse of text as a whole and as a stream: the same value or the same error.
std::optional<aifp::json::Value> parseBothWays(const std::string& text) {
    std::optional<aifp::json::Value> whole, streamed;
    std::string wholeError, streamError;
    try {
        whole = aifp::json::parse(text);
    } catch (const aifp::json::ParseError& e) {
        wholeError = e.what();
    }
    try {
        std::istringstream in(text);
        aifp::json::StreamReader reader(in);
        streamed = reader.value();
        reader.finish();
    } catch (const aifp::json::ParseError& e) {
        streamed.reset();
        streamError = e.what();
    }
    if (wholeError != streamError || whole.has_value() != streamed.has_value() ||
        (whole && !(*whole == *streamed)))
        std::abort(); // the two parsers disagree
    return whole;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::optional<aifp::json::Value> doc = parseBothWays(text);
    std::optional<aifp::Design> fromTree;
    if (doc) {
        try {
            fromTree = aifp::designFromJson(*doc, aifp::Catalog::builtin());
        } catch (const aifp::DesignJsonError&) {
        }
    }
    aifp::Design design;
    try {
        std::istringstream in(text);
        design = aifp::readDesignJson(in, aifp::Catalog::builtin());
    } catch (const aifp::json::ParseError&) {
        if (doc)
            std::abort(); // the design reader refused JSON the parser accepts
        return 0;
    } catch (const aifp::DesignJsonError&) {
        if (fromTree)
            std::abort(); // the stream refused a design the tree import accepts
        return 0;
    }
    if (!fromTree || !(*fromTree == design))
        std::abort(); // the stream accepted what the tree import refused, or read it otherwise
    std::ostringstream exported;
    aifp::writeDesignJson(design, exported);
    const aifp::Design again = aifp::readDesignJson(exported.str(), aifp::Catalog::builtin());
    if (!(again == design))
        std::abort(); // export/import is not exact
    aifp::Validator validator(aifp::Catalog::builtin());
    (void)validator.validateAll(design);
    return 0;
}
