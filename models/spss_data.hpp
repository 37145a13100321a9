#pragma once
// SPSS data files (.sav, and .zsav with compressed rows) through libreadstat, as survey columns.
#include <string>

#include "models/survey_data.hpp"

namespace jalur::models {

// The variables of an SPSS file in file order, with their variable labels, the value labels of numeric
// variables, and system-missing and user-defined missing values as missing. `lines` holds case numbers.
// Throws InputError at the file with readstat's message when it cannot be opened or parsed; `hint` is added to
// the message of a file that cannot be opened. An SPSS file without cases is returned with no rows.
SurveyData read_spss(const std::string& path, const std::string& hint = "");

// `value` in the shortest "%.15g"-or-"%.17g" form that reads back as the same double: 3 → "3", 2.5 → "2.5".
std::string format_number(double value);

}  // namespace jalur::models
