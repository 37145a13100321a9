#pragma once
// Reading the lavaan reference bundles in tests/fixtures/lavaan (see its README for how they were made).
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace jalur::testing {

inline std::string source_path(const std::string& relative) { return std::string(JALUR_SOURCE_DIR) + "/" + relative; }

inline nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open fixture " + path);
    return nlohmann::json::parse(in);
}

// A JSON number, or NaN for null (lavaan's NA).
inline double number(const nlohmann::json& value) {
    return value.is_number() ? value.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace jalur::testing
