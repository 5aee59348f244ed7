// libFuzzer target: opening a project file (header, schema, checks, every table) and, when the
// file is accepted, validating the design. Any crash, sanitizer report, leak or hang is a bug;
// a ProjectFileError is the expected outcome for nearly every input.
#include "core/catalog/Catalog.hpp"
#include "core/io/ProjectFile.hpp"
#include "core/validation/Validator.hpp"
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/aifp-fuzz-open-" + std::to_string(::getpid()) + ".aifp";
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
    try {
        const aifp::Design design = aifp::openProject(path);
        aifp::Validator validator(aifp::Catalog::builtin());
        (void)validator.validateAll(design);
    } catch (const aifp::ProjectFileError&) {
    }
    std::remove(path.c_str());
    return 0;
}
