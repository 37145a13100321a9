// Writing the report file all or nothing.
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "cli/atomic_file.hpp"

namespace fs = std::filesystem;
using namespace std::string_literals;
using jalur::cli::OutputError;
using jalur::cli::write_file_atomically;

namespace {

// A fresh directory, removed with everything in it at the end of the test.
struct TemporaryDirectory {
    fs::path path;
    TemporaryDirectory() {
        std::string pattern = (fs::temp_directory_path() / "jalur-cli-test-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t entries(const fs::path& dir) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++count;
    return count;
}

}  // namespace

TEST_CASE("an atomic write creates the file with exactly the given bytes") {
    TemporaryDirectory dir;
    const fs::path file = dir.path / "report.txt";
    const std::string text = "line one\nR² = 0.17\n\0binary"s;
    write_file_atomically(file.string(), text);
    CHECK(contents(file) == text);
    CHECK(entries(dir.path) == 1);  // no temporary file left
}

TEST_CASE("an atomic write replaces an existing file") {
    TemporaryDirectory dir;
    const fs::path file = dir.path / "report.json";
    write_file_atomically(file.string(), "a much longer first version\n");
    write_file_atomically(file.string(), "short\n");
    CHECK(contents(file) == "short\n");
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("an atomic write gives a new file the usual permissions") {
    TemporaryDirectory dir;
    const fs::path file = dir.path / "report.csv";
    const mode_t mask = ::umask(022);
    write_file_atomically(file.string(), "x\n");
    ::umask(mask);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("an atomic write into a missing directory fails with the file name and leaves nothing") {
    TemporaryDirectory dir;
    const fs::path file = dir.path / "missing" / "report.txt";
    try {
        write_file_atomically(file.string(), "text\n");
        FAIL("expected OutputError");
    } catch (const OutputError& e) {
        CHECK(std::string(e.what()).find(file.string()) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(file));
    CHECK(entries(dir.path) == 0);
}

TEST_CASE("an atomic write over a directory fails and leaves the directory and no temporary file") {
    TemporaryDirectory dir;
    const fs::path target = dir.path / "taken";
    fs::create_directory(target);
    CHECK_THROWS_AS(write_file_atomically(target.string(), "text\n"), OutputError);
    CHECK(fs::is_directory(target));
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("an atomic write refuses an empty file name") {
    CHECK_THROWS_AS(write_file_atomically("", "text\n"), OutputError);
}
