// libFuzzer target: a YAML model spec (jalur fit MODEL.yaml), with the data files it may name beside it.
#include <cstddef>
#include <cstdint>

#include "models/model_spec.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool data_written = (jalur::fuzz::write_scratch_file("data.csv", jalur::fuzz::kDataCsv), true);
    (void)data_written;
    const jalur::fuzz::InputFile spec("spec.yaml", data, size);
    jalur::fuzz::read_expecting_typed_errors([&] { jalur::read_model_spec(spec.path()); });
    return 0;
}
