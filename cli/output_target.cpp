#include "cli/output_target.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <sys/stat.h>

#include "cli/atomic_file.hpp"
#include "cli/diagnostics.hpp"

namespace fs = std::filesystem;

namespace jalur::cli {

namespace {

// As many links as the kernel follows (SYMLOOP_MAX on Linux) before it says ELOOP.
constexpr int kMaxLinks = 40;

// `path` with the symbolic links of its last component followed; nullopt when they loop.
std::optional<std::string> followed(const std::string& path) {
    fs::path file = path;
    for (int links = 0; links <= kMaxLinks; ++links) {
        struct stat status {};
        if (::lstat(file.c_str(), &status) != 0 || !S_ISLNK(status.st_mode)) return file.string();
        std::error_code error;
        const fs::path target = fs::read_symlink(file, error);
        if (error) return file.string();  // the write itself will say why the link cannot be used
        file = target.is_absolute() ? target : file.parent_path() / target;
    }
    return std::nullopt;
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

// What identifies the file a name writes: its device and inode when it exists, else its canonical name.
struct Identity {
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    std::string name;
    bool operator==(const Identity& other) const {
        return exists == other.exists && (exists ? device == other.device && inode == other.inode : name == other.name);
    }
    bool operator!=(const Identity& other) const { return !(*this == other); }
};

std::optional<Identity> identity(const std::string& path) {
    if (path.empty()) return std::nullopt;
    if (path == "-") return Identity{false, 0, 0, "-"};
    Identity id;
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0) {
        id.exists = true;
        id.device = status.st_dev;
        id.inode = status.st_ino;
        return id;
    }
    std::error_code error;
    const fs::path name = fs::weakly_canonical(followed(path).value_or(path), error);
    id.name = error ? fs::absolute(path, error).lexically_normal().string() : name.string();
    return id;
}

std::string named(const NamedFile& file) { return file.role + " " + file.path; }

}  // namespace

std::string output_file(const std::string& path) {
    const std::optional<std::string> file = followed(path);
    if (!file) throw OutputError("cannot write " + path + ": " + std::strerror(ELOOP));
    // The kernel's own lookup sees through /proc's links (/dev/stdout to "pipe:[123]"), which readlink cannot.
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0 || S_ISREG(status.st_mode)) return *file;  // a new file, or a file
    const std::string where = *file == path ? path : path + " (a link to " + *file + ")";
    throw OutputError("cannot write " + where + ": it is " + kind_of(status.st_mode) +
                      ", expected a regular file or a new file name (- for standard output)");
}

void check_distinct_files(const std::vector<NamedFile>& inputs, const std::vector<NamedFile>& outputs,
                          const std::string& help_command) {
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        const auto output = identity(outputs[k].path);
        if (!output) continue;
        for (const NamedFile& input : inputs) {
            const auto in = identity(input.path);
            if (in && in->exists && *in == *output)
                throw UsageError(named(outputs[k]) + ": the same file as " + named(input) +
                                     ", expected an output that is not one of the command's inputs",
                                 help_command);
        }
        for (std::size_t earlier = 0; earlier < k; ++earlier) {
            if (identity(outputs[earlier].path) != output) continue;
            if (outputs[k].path == "-")
                throw UsageError(outputs[earlier].role + " and " + outputs[k].role +
                                     " both write to standard output, expected at most one of them there",
                                 help_command);
            throw UsageError(named(outputs[k]) + ": the same file as " + named(outputs[earlier]) +
                                 ", expected a different file for each output",
                             help_command);
        }
    }
}

}  // namespace jalur::cli
