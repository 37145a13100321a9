// libFuzzer target: a YAML spec read for its questionnaire (jalur items / scores SPEC.yaml): data and instrument.
#include <cstddef>
#include <cstdint>

#include "models/survey_spec.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool data_written = (jalur::fuzz::write_scratch_file("data.csv", jalur::fuzz::kDataCsv), true);
    (void)data_written;
    const jalur::fuzz::InputFile spec("study.yaml", data, size);
    jalur::fuzz::read_expecting_typed_errors([&] { jalur::models::read_survey_spec(spec.path()); });
    return 0;
}
