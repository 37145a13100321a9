#include "models/file_text.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace jalur::models {

std::string read_file_text(const std::string& path, const SourceLocation& where, const std::string& what,
                           const std::string& rule) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw InputError(where, "cannot open " + what + " (" + std::strerror(errno) + "), expected " + rule + ".");
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace jalur::models
