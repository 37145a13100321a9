// libFuzzer target: a YAML model spec (jalur fit MODEL.yaml), with the data file it may name beside it.
#include <cstddef>
#include <cstdint>

#include "models/model_spec.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    jalur::fuzz::write_scratch_file("data.csv", jalur::fuzz::kDataCsv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jalur::fuzz::read_input_file("spec.yaml", data, size, jalur::read_model_spec);
    return 0;
}
