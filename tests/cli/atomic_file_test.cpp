// Writing the report file all or nothing.
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "cli/atomic_file.hpp"

#include "support/scratch.hpp"

namespace fs = std::filesystem;
using jalur::testing::read_text;
using jalur::testing::Scratch;
using namespace std::string_literals;
using jalur::cli::OutputError;
using jalur::cli::write_file_atomically;

namespace {

std::size_t entries(const fs::path& dir) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++count;
    return count;
}

}  // namespace

TEST_CASE("an atomic write creates the file with exactly the given bytes") {
    Scratch dir;
    const fs::path file = dir.dir() / "report.txt";
    const std::string text = "line one\nR² = 0.17\n\0binary"s;
    write_file_atomically(file.string(), text);
    CHECK(read_text(file) == text);
    CHECK(entries(dir.dir()) == 1);  // no temporary file left
}

TEST_CASE("an atomic write replaces an existing file") {
    Scratch dir;
    const fs::path file = dir.dir() / "report.json";
    write_file_atomically(file.string(), "a much longer first version\n");
    write_file_atomically(file.string(), "short\n");
    CHECK(read_text(file) == "short\n");
    CHECK(entries(dir.dir()) == 1);
}

TEST_CASE("an atomic write gives a new file the usual permissions") {
    Scratch dir;
    const fs::path file = dir.dir() / "report.csv";
    const mode_t mask = ::umask(022);
    write_file_atomically(file.string(), "x\n");
    ::umask(mask);
    struct stat info {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("an atomic write into a missing directory fails with the file name and leaves nothing") {
    Scratch dir;
    const fs::path file = dir.dir() / "missing" / "report.txt";
    try {
        write_file_atomically(file.string(), "text\n");
        FAIL("expected OutputError");
    } catch (const OutputError& e) {
        CHECK(std::string(e.what()).find(file.string()) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(file));
    CHECK(entries(dir.dir()) == 0);
}

TEST_CASE("an atomic write over a directory fails and leaves the directory and no temporary file") {
    Scratch dir;
    const fs::path target = dir.dir() / "taken";
    fs::create_directory(target);
    CHECK_THROWS_AS(write_file_atomically(target.string(), "text\n"), OutputError);
    CHECK(fs::is_directory(target));
    CHECK(entries(dir.dir()) == 1);
}

TEST_CASE("an atomic write refuses an empty file name") {
    CHECK_THROWS_AS(write_file_atomically("", "text\n"), OutputError);
}
