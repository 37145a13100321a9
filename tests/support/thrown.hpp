#pragma once
// The typed error an action throws, for tests of error messages: the test fails when the action throws none.
#include <doctest/doctest.h>

#include <functional>
#include <stdexcept>
#include <string>

#include "engine/errors.hpp"

namespace jalur::testing {

// The Error `action` throws (the test fails when it throws none; another exception type fails it too).
template <typename Error>
Error thrown(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("no exception of the expected type");
    throw std::logic_error("unreachable");
}

// The message of the NumericalError `action` throws.
inline std::string numerical_error(const std::function<void()>& action) {
    return thrown<NumericalError>(action).what();
}

}  // namespace jalur::testing
