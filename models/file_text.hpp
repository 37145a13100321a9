#pragma once
// Opening the files a user names (a model, a spec, a data file, a file a SIMPLIS command points to), all in one
// way: only regular files are read, because a device, a FIFO or a directory either blocks, never ends
// (/dev/zero) or has no text.
#include <fstream>
#include <string>

#include "engine/errors.hpp"

namespace jalur::models {

// `path` opened for reading (binary). Throws InputError at `where`:
// "<what> is a character device, expected a regular file." for anything but a regular file (after symlinks), and
// "cannot open <what> (<reason>), expected <rule>." when it cannot be opened.
std::ifstream open_input_file(const std::string& path, const SourceLocation& where, const std::string& what,
                              const std::string& rule);

// The bytes of the file at `path`, opened by open_input_file.
std::string read_file_text(const std::string& path, const SourceLocation& where, const std::string& what,
                           const std::string& rule);

}  // namespace jalur::models
