#pragma once
// The frame of a section in the LISREL-style text report: its title, indented as LISREL indents titles.
#include <string>
#include <string_view>

namespace jalur::report {

inline const std::string kSectionIndent(9, ' ');

inline std::string section_title(std::string_view title) { return kSectionIndent + std::string(title) + "\n\n"; }

}  // namespace jalur::report
