#pragma once
// The JSON report of a jalur run that must succeed, parsed.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run_jalur.hpp"

namespace jalur::testing {

// Runs jalur with `args` (which ask for a JSON report); the run must exit with 0. With `err`, what jalur printed
// on standard error (a warning) goes there; without, standard error must be empty.
inline nlohmann::json json_report(const std::vector<std::string>& args, std::string* err = nullptr) {
    const Run r = run_jalur(args);
    CAPTURE(r.err);
    REQUIRE(r.status == 0);
    if (err) *err = r.err;
    else CHECK(r.err.empty());
    return nlohmann::json::parse(r.out);
}

}  // namespace jalur::testing
