// The text helpers of error messages (engine/errors.hpp) that the engine, models, stats, report and cli share.
#include <doctest/doctest.h>

#include "engine/errors.hpp"

TEST_CASE("join: the items with ', ' between them, or with the separator given, and nothing for no items") {
    CHECK(jalur::join({"KEPUASAN", "BOR", "KUALITAS"}) == "KEPUASAN, BOR, KUALITAS");
    CHECK(jalur::join({"a"}) == "a");
    CHECK(jalur::join({}) == "");
    CHECK(jalur::join({"Title", "words"}, " ") == "Title words");
}
