// libFuzzer target: opening a project file (header, schema, checks, every table) and, when the
// file is accepted, validating the design. Any crash, sanitizer report, leak or hang is a bug;
// a ProjectFileError is the expected outcome for nearly every input.
//
// The bytes are opened in memory (openProjectImage: sqlite3_deserialize, read-only) through the
// same header check, schema check, row caps, table reader (the packed link bundles included) and
// domain check as a file; what only the file path adds (regular-file and companion-file checks,
// the immutable URI) is covered by tests/io/test_hostile_input.cpp and the hostile corpus. Every
// 64th input also goes through the file path (a temporary file, openProject and
// readProjectFileInfo), which must refuse or accept it as the bytes were.
#include "core/catalog/Catalog.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/io/ProjectImage.hpp"
#include "core/validation/Validator.hpp"
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

// The message of a refusal, empty when the design was accepted.
template <typename Open> std::string refusalOf(Open open, aifp::Design& design) {
    try {
        design = open();
    } catch (const aifp::ProjectFileError& e) {
        return e.what();
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/aifp-fuzz-open-" + std::to_string(::getpid()) + ".aifp";
    static unsigned long runs = 0;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    aifp::Design design;
    const std::string refusal =
        refusalOf([&] { return aifp::openProjectImage(bytes, path); }, design);
    if (refusal.empty()) {
        aifp::Validator validator(aifp::Catalog::builtin());
        (void)validator.validateAll(design);
    }
    if (runs++ % 64 == 0) {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (!f)
            return 0;
        if (size)
            std::fwrite(data, 1, size, f);
        std::fclose(f);
        try {
            (void)aifp::readProjectFileInfo(path);
        } catch (const aifp::ProjectFileError&) {
        }
        aifp::Design fromFile;
        const std::string fileRefusal =
            refusalOf([&] { return aifp::openProject(path); }, fromFile);
        std::remove(path.c_str());
        // Refused both ways or accepted both ways with the same design. (The reasons may be worded
        // differently: SQLite words some corruption of a file and of a memory image differently,
        // e.g. "database disk image is malformed" against "malformed database schema".)
        if (fileRefusal.empty() != refusal.empty() || !(fromFile == design)) {
            // The file and its bytes in memory were judged differently.
            std::fprintf(stderr, "file:  %s\nbytes: %s\n", fileRefusal.c_str(), refusal.c_str());
            std::abort();
        }
    }
    return 0;
}
