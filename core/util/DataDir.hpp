#pragma once
#include <string>

// Where the program's shipped data lives: the catalog, the model library, the climate library,
// the sample projects (the files CMake installs under <prefix>/share/aifp).
//
// No path is compiled into the program. The data directory is found, in this order:
//  1. $AIFP_RESOURCES_DIR when set (developers, tests, an unusual install);
//  2. share/aifp next to the executable's folder: <prefix>/bin/aifp-cli uses <prefix>/share/aifp.
//     The build tree has the same layout (CMake makes <build>/share/aifp point at the sources),
//     and test executables deeper in the build tree find it in the nearest parent folder.
// The executable is located through /proc/self/exe (Linux), falling back to argv[0] when the
// program has told us its argv[0] (setProgramPath) and /proc is not mounted.
namespace aifp {

// The folder holding the running executable, without a trailing slash; "" if unknown.
std::string executableDir();

// Records argv[0] for executableDir() when /proc/self/exe is not readable. Optional.
void setProgramPath(const std::string& argv0);

// The data directory (see above), without a trailing slash. When no candidate holds
// catalog.json it returns the installed location (<exe>/../share/aifp), so the error that
// follows names the file a user would look for.
std::string dataDir();

// The sample projects shipped with the program (dataDir()/projects).
std::string sampleProjectsDir();

} // namespace aifp
