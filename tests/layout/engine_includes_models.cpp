// Must not build: the engine does not know the model readers (docs/architecture.md, tests/layout/CMakeLists.txt).
#include "models/model_spec.hpp"
