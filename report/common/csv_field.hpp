#pragma once
// A field of a CSV line as every CSV report (fit tables, items, servqual, crosstab, scores) writes it.
#include <string>
#include <string_view>

namespace jalur::report {

// The field as it goes into a CSV line: quoted, with quotes doubled, when it holds a comma, a double
// quote, a line break, or leading or trailing spaces; as it is otherwise.
std::string csv_field(std::string_view field);

}  // namespace jalur::report
