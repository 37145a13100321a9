// libFuzzer target: a CSV data file read as survey columns (the CSV reader and the columns built from it).
#include <cstddef>
#include <cstdint>
#include <string>

#include "models/survey_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jalur::fuzz::read_input_file("data.csv", data, size,
                                 [](const std::string& path) { jalur::models::read_survey(path); });
    return 0;
}
