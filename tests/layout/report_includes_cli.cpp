// Must not build: the reports do not know the command line (docs/architecture.md, tests/layout/CMakeLists.txt).
#include "cli/diagnostics.hpp"
