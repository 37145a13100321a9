// libFuzzer target: a SIMPLIS model file (jalur fit MODEL.spl), with a raw data file it may name beside it.
#include <cstddef>
#include <cstdint>

#include "models/simplis.hpp"
#include "tests/fuzz/fuzz_data.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool data_written = (jalur::fuzz::write_scratch_file("raw.dat", jalur::fuzz::kRawDat), true);
    (void)data_written;
    const jalur::fuzz::InputFile model("model.spl", data, size);
    jalur::fuzz::read_expecting_typed_errors([&] { jalur::models::read_simplis(model.path()); });
    return 0;
}
