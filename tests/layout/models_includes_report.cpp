// Must not build: the model readers do not know the reports (docs/architecture.md, tests/layout/CMakeLists.txt).
#include "report/fit/fit_report.hpp"
