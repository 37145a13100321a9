// Must not build: stats uses the engine privately, its headers are not the engine's (tests/layout/CMakeLists.txt).
#include "engine/results/fit_result.hpp"
