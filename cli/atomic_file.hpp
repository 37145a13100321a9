#pragma once
// Writing a report file all or nothing: the text goes to FILE.tmp-XXXXXX in the same directory, which is
// then renamed over FILE. Readers see the old file or the complete new one, never a partial one.
#include <stdexcept>
#include <string>
#include <vector>

namespace jalur::cli {

// The output could not be written. what() names the file and the system's reason.
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Replaces (or creates) `path` with `contents`; when `path` is a symbolic link, the file it names is replaced and
// the link stays (cli/output_target.hpp, which also refuses devices, FIFOs and directories). On failure no
// temporary file is left behind, `path` is unchanged, and OutputError is thrown. A new file gets mode 0666 minus
// the umask.
void write_file_atomically(const std::string& path, const std::string& contents);

// Several files written together (a report with its plots): stage() writes each to a temporary file beside it, and
// commit() renames them all into place. A failure while staging (a missing directory, no permission, a directory
// in the way) throws OutputError before any file is replaced; files staged and not committed are removed.
class StagedFiles {
public:
    StagedFiles() = default;
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;
    ~StagedFiles();

    void stage(const std::string& path, const std::string& contents);
    void commit();

private:
    struct Staged {
        std::string path, temporary;
    };
    std::vector<Staged> staged_;
};

}  // namespace jalur::cli
