// Default data and model locations. ANNALS_DEFAULT_DATA_DIR and
// ANNALS_DEFAULT_MODEL_DIR are set by CMake.
#include "base/paths.h"

#include <cstdlib>

namespace annals {

std::string DefaultDataDir() {
  if (const char* e = std::getenv("ANNALS_DATA_DIR"); e && *e) return e;
  return ANNALS_DEFAULT_DATA_DIR;
}

std::string DefaultModelDir() {
  if (const char* e = std::getenv("ANNALS_MODEL_DIR"); e && *e) return e;
  return ANNALS_DEFAULT_MODEL_DIR;
}

}  // namespace annals
