// libFuzzer target: an SPSS .sav data file (libreadstat) read as survey columns.
#include <cstddef>
#include <cstdint>

#include "models/survey_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const jalur::fuzz::InputFile file("data.sav", data, size);
    jalur::fuzz::read_expecting_typed_errors([&] { jalur::models::read_survey(file.path()); });
    return 0;
}
