// libFuzzer target: lavaan model syntax (a .lav file or a YAML `model: |` block), parsed from memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "models/lavaan_syntax.hpp"
#include "tests/fuzz/fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    jalur::fuzz::read_expecting_typed_errors(
        [&] { jalur::models::parse_lavaan_syntax(text, jalur::models::TextOrigin{"model.lav"}); });
    return 0;
}
