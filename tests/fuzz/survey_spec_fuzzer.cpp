// libFuzzer target: a YAML spec read for its questionnaire (jalur items / scores SPEC.yaml): data and instrument.
#include <cstddef>
#include <cstdint>

#include "models/survey_spec.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    jalur::fuzz::write_scratch_file("data.csv", jalur::fuzz::kDataCsv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jalur::fuzz::read_input_file("study.yaml", data, size, jalur::models::read_survey_spec);
    return 0;
}
