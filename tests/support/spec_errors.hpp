#pragma once
// The InputError a spec file raises; the test fails when it raises none.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "models/model_spec.hpp"

namespace jalur::testing {

inline InputError error_reading(const std::string& path) {
    try {
        read_model_spec(path);
    } catch (const InputError& error) {
        return error;
    }
    FAIL("no InputError for " << path);
    throw std::logic_error("unreachable");
}

}  // namespace jalur::testing
