#pragma once
// The whole content of a file a model names (the model file itself, or a data file it points to).
#include <string>

#include "engine/errors.hpp"

namespace jalur::models {

// The bytes of the file at `path`. When it cannot be opened, throws InputError at `where`:
// "cannot open <what> (<reason>), expected <rule>."
std::string read_file_text(const std::string& path, const SourceLocation& where, const std::string& what,
                           const std::string& rule);

}  // namespace jalur::models
