// libFuzzer target: a CSV data file read as survey columns (the CSV reader and the columns built from it).
#include <cstddef>
#include <cstdint>

#include "models/survey_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const jalur::fuzz::InputFile file("data.csv", data, size);
    jalur::fuzz::read_expecting_typed_errors([&] { jalur::models::read_survey(file.path()); });
    return 0;
}
