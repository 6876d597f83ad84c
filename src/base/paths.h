// Where the engine finds its data (the project's data/ folder) and its
// build-time model (derived from Debian packages). Environment variables
// override the locations compiled in by CMake, so an installed binary or a
// test can point elsewhere.
#pragma once

#include <string>

namespace annals {

// $ANNALS_DATA_DIR, else the source tree's data/ folder.
std::string DefaultDataDir();
// $ANNALS_MODEL_DIR, else the build tree's model/ folder.
std::string DefaultModelDir();

}  // namespace annals
