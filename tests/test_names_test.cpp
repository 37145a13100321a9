// ctest runs each test case by its name (doctest_discover_tests, then --test-case=NAME). A name with ';' is cut
// there by CMake's list syntax and one with brackets did not survive the list either: such a case matched nothing
// and ctest counted it as passed without running it. This test keeps every name runnable.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every test case name is one ctest can run: no semicolons or brackets") {
    const std::filesystem::path tests = std::filesystem::path(JALUR_SOURCE_DIR) / "tests";
    int names = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(tests)) {
        const std::string file = entry.path().filename().string();
        if (!entry.is_regular_file() || file.size() < 9 || file.substr(file.size() - 9) != "_test.cpp") continue;
        const std::string text = read_all(entry.path());
        const std::string marker = "TEST_CASE(\"";
        for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
            const auto begin = at + marker.size();
            const std::string name = text.substr(begin, text.find("\")", begin) - begin);
            CAPTURE(entry.path().string());
            CHECK_MESSAGE(name.find_first_of(";[]") == std::string::npos, name);
            ++names;
        }
    }
    CHECK(names > 500);
}
