#pragma once
// The engine's warnings and notes in the report's language. The engine writes them in English (the JSON report
// keeps that English for machines); the text, Markdown and HTML reports show them through report_message, which
// finds the message's pattern in a catalogue of English patterns with "{}" fields ("the (residual) variance of {}
// is negative ({}): a Heywood case; ...") and fills the Indonesian pattern with the same fields, each translated in
// turn when it is a phrase of the catalogue ("the latent variables (PSI/PHI)"). A message the catalogue does not
// know is shown as it is; tests/report/report_messages_test.cpp makes the engine write each one and checks that
// it is translated.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/common/report_language.hpp"

namespace jalur::report {

std::string report_message(Language language, const std::string& english);

// Every English pattern with its Indonesian one, for the tests.
const std::vector<std::pair<std::string_view, std::string_view>>& message_catalogue();

}  // namespace jalur::report
