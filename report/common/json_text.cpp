#include "report/common/json_text.hpp"

#include <cmath>

namespace jalur::report {

Json json_number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

std::string json_text(const Json& document) {
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace jalur::report
