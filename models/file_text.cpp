#include "models/file_text.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

namespace jalur::models {
namespace {

// What a file that is not a regular file is, for "<what> is a character device"; "" for a regular file or one
// that cannot be examined (opening it then gives the system's reason).
std::string non_regular_kind(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    switch (fs::status(path, error).type()) {
        case fs::file_type::directory: return "a directory";
        case fs::file_type::character: return "a character device";
        case fs::file_type::block: return "a block device";
        case fs::file_type::fifo: return "a FIFO (named pipe)";
        case fs::file_type::socket: return "a socket";
        case fs::file_type::unknown: return "not a regular file";
        default: return "";
    }
}

}  // namespace

std::ifstream open_input_file(const std::string& path, const SourceLocation& where, const std::string& what,
                              const std::string& rule) {
    // Checked before opening: opening a FIFO waits for a writer.
    const std::string kind = non_regular_kind(path);
    if (!kind.empty()) throw InputError(where, what + " is " + kind + ", expected a regular file.");
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw InputError(where, "cannot open " + what + " (" + std::strerror(errno) + "), expected " + rule + ".");
    return file;
}

std::string read_file_text(const std::string& path, const SourceLocation& where, const std::string& what,
                           const std::string& rule) {
    std::ifstream file = open_input_file(path, where, what, rule);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace jalur::models
