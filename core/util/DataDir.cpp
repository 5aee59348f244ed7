#include "core/util/DataDir.hpp"
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace aifp {

namespace fs = std::filesystem;

namespace {

std::mutex& programPathMutex() {
    static std::mutex m;
    return m;
}

std::string& programPath() {
    static std::string p;
    return p;
}

// How many parent folders of the executable's folder are searched for share/aifp: the
// executable itself (installed: <prefix>/bin), then the build tree's app/ and tests/<label>/.
constexpr int kParentLevels = 3;

bool holdsData(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "catalog.json", ec);
}

} // namespace

void setProgramPath(const std::string& argv0) {
    // argv[0] names a file only when it has a slash; a bare name came from $PATH, which we do
    // not search (the /proc route covers Linux). Made absolute now: the working folder may
    // change later.
    std::string absolutePath;
    if (argv0.find('/') != std::string::npos) {
        std::error_code ec;
        const fs::path p = fs::weakly_canonical(fs::absolute(argv0, ec), ec);
        if (!ec)
            absolutePath = p.string();
    }
    const std::lock_guard<std::mutex> lock(programPathMutex());
    programPath() = absolutePath;
}

std::string executableDir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) {
        const std::lock_guard<std::mutex> lock(programPathMutex());
        exe = programPath();
        if (exe.empty())
            return {};
    }
    return exe.parent_path().string();
}

std::string dataDir() {
    if (const char* env = std::getenv("AIFP_RESOURCES_DIR"); env && *env)
        return env;
    const std::string exeDir = executableDir();
    if (exeDir.empty())
        return "share/aifp";
    fs::path dir = fs::path(exeDir);
    const fs::path installed = dir.parent_path() / "share" / "aifp";
    for (int level = 0; level <= kParentLevels && !dir.empty(); ++level) {
        const fs::path candidate = dir.parent_path() / "share" / "aifp";
        if (holdsData(candidate))
            return candidate.string();
        if (dir == dir.parent_path())
            break;
        dir = dir.parent_path();
    }
    return installed.string();
}

std::string sampleProjectsDir() {
    return dataDir() + "/projects";
}

} // namespace aifp
