#pragma once
// Temporary files for tests that write their own inputs.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace jalur::testing {

// A fresh folder for the files one test writes, removed afterwards.
class Scratch {
public:
    Scratch() {
        static int counter = 0;
        dir_ = std::filesystem::temp_directory_path() /
               ("jalur-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(dir_);
    }
    ~Scratch() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(dir_ / name) << text;
        return (dir_ / name).string();
    }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

private:
    std::filesystem::path dir_;
};

}  // namespace jalur::testing
