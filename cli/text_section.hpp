#pragma once
// The frame of a section in the LISREL-style text report: its title, indented as LISREL indents titles.
#include <string>

namespace jalur::cli {

inline const std::string kSectionIndent(9, ' ');

inline std::string section_title(const std::string& title) { return kSectionIndent + title + "\n\n"; }

}  // namespace jalur::cli
