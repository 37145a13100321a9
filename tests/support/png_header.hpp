#pragma once
// What the tests of PNG output read back from a PNG file: that it is one, and its size from the IHDR chunk.
#include <string>
#include <utility>

namespace jalur::testing {

inline bool has_png_signature(const std::string& bytes) { return bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0; }

// Width and height in pixels: the big-endian words at bytes 16 and 20 (IHDR comes first); {0, 0} when too short.
inline std::pair<unsigned long, unsigned long> png_size(const std::string& bytes) {
    if (bytes.size() < 24) return {0, 0};
    const auto word = [&](std::size_t at) {
        unsigned long value = 0;
        for (std::size_t k = 0; k < 4; ++k) value = value << 8 | static_cast<unsigned char>(bytes[at + k]);
        return value;
    };
    return {word(16), word(20)};
}

}  // namespace jalur::testing
