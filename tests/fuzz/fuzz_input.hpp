#pragma once
// What the fuzz targets share (docs/fuzzing.md): the rule that jalur's typed errors are the correct answer to bad
// input while anything else is a finding, and a private folder for the files of readers that take a path.
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/errors.hpp"

namespace jalur::fuzz {

// Runs `read` on one input. A typed error (located bad input, a model that is not identified, numerical trouble)
// is what the CLI reports with exit 3, 4 or 5, so it is a correct answer; every other exception escapes and
// libFuzzer reports it as a crash, as it does a signal or a sanitizer report.
template <typename Read>
void read_expecting_typed_errors(Read read) {
    try {
        read();
    } catch (const InputError&) {
    } catch (const IdentificationError&) {
    } catch (const NumericalError&) {
    }
}

// The process's own temporary folder, made on first use and removed when the fuzzer exits normally.
inline const std::filesystem::path& scratch_folder() {
    static const std::filesystem::path folder = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "jalur-fuzz-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) std::abort();
        return std::filesystem::path(pattern);
    }();
    static const bool removed_at_exit = std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove_all(scratch_folder(), ignored);
    }) == 0;
    (void)removed_at_exit;
    return folder;
}

// Writes `text` as the file `name` of the scratch folder (e.g. the data file a spec names); returns its path.
inline std::string write_scratch_file(const std::string& name, const std::string& text) {
    const std::filesystem::path path = scratch_folder() / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path.string();
}

// One fuzz input as the file `name` of the scratch folder, removed again when the input is done.
class InputFile {
public:
    InputFile(const std::string& name, const std::uint8_t* data, std::size_t size)
        : path_(write_scratch_file(name, std::string(reinterpret_cast<const char*>(data), size))) {}
    ~InputFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Runs `read` on the path of the input written as the file `name`, expecting typed errors as above.
template <typename Read>
void read_input_file(const std::string& name, const std::uint8_t* data, std::size_t size, Read read) {
    const InputFile file(name, data, size);
    read_expecting_typed_errors([&] { read(file.path()); });
}

}  // namespace jalur::fuzz
