#pragma once
// Reading specs in tests: the InputError a spec file raises (the test fails when it raises none), and specs
// given as text.
#include <doctest/doctest.h>

#include <functional>
#include <stdexcept>
#include <string>

#include "models/model_spec.hpp"
#include "support/scratch.hpp"
#include "support/thrown.hpp"

namespace jalur::testing {

// The InputError `action` raises (the test fails when it raises none).
inline InputError input_error(const std::function<void()>& action) { return thrown<InputError>(action); }

inline InputError error_reading(const std::string& path) {
    try {
        read_model_spec(path);
    } catch (const InputError& error) {
        return error;
    }
    FAIL("no InputError for " << path);
    throw std::logic_error("unreachable");
}

// A spec given as text, written to a scratch file and read.
inline ModelSpec read_spec_text(const std::string& text) { return read_model_spec(Scratch().write("spec.yaml", text)); }

inline InputError error_reading_text(const std::string& text) {
    const Scratch scratch;
    return error_reading(scratch.write("spec.yaml", text));
}

}  // namespace jalur::testing
