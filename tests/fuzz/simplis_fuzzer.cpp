// libFuzzer target: a SIMPLIS model file (jalur fit MODEL.spl), with a raw data file it may name beside it.
#include <cstddef>
#include <cstdint>

#include "models/simplis.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    jalur::fuzz::write_scratch_file("raw.dat", jalur::fuzz::kRawDat);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    jalur::fuzz::read_input_file("model.spl", data, size, jalur::models::read_simplis);
    return 0;
}
