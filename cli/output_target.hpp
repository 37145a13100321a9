#pragma once
// Where an output file really goes, checked before anything is written: a symbolic link is followed to the file
// it names (that file is replaced, the link stays), and only a regular file or a new name is written — never a
// device, a FIFO, a socket or a directory, never one of the command's own inputs, never one file for two outputs.
#include <string>
#include <vector>

namespace jalur::cli {

// The file `path` names once the symbolic links of its last component are followed (`path` itself when it is not
// a link). OutputError (exit 6) when that is a directory, a device, a FIFO or a socket, or the links loop.
std::string output_file(const std::string& path);

// A file of a command and how the user named it: {"--output", "report.txt"}, {"the model file", "model.yaml"}.
struct NamedFile {
    std::string role;
    std::string path;  // "-" is standard output
};

// UsageError (exit 2), naming both, when an output is one of the inputs (the same device and inode) or two outputs
// are the same file (or both standard output). Inputs with an empty path or that do not exist are skipped.
void check_distinct_files(const std::vector<NamedFile>& inputs, const std::vector<NamedFile>& outputs,
                          const std::string& help_command);

}  // namespace jalur::cli
