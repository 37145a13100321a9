// Terms, modifiers and the lexical rules they rest on.
#include <doctest/doctest.h>

#include <cmath>

#include "models/lexical.hpp"
#include "models/path_term.hpp"

using namespace jalur::models;

TEST_CASE("Lexical: identifiers are letters, digits, '_' and '.', not starting like a number") {
    CHECK(is_identifier("KEPUASAN"));
    CHECK(is_identifier("x_1.a"));
    CHECK(is_identifier(".hidden"));
    CHECK(is_identifier("_y"));
    CHECK_FALSE(is_identifier(""));
    CHECK_FALSE(is_identifier("1x"));
    CHECK_FALSE(is_identifier(".5x"));
    CHECK_FALSE(is_identifier("a-b"));
}

TEST_CASE("Lexical: numbers take every C float form and nothing else") {
    CHECK(parse_number("0.5") == 0.5);
    CHECK(parse_number("-0.5") == -0.5);
    CHECK(parse_number("+2") == 2.0);
    CHECK(parse_number(".25") == 0.25);
    CHECK(parse_number("1.") == 1.0);
    CHECK(parse_number("1e-3") == 0.001);
    CHECK(parse_number("2.5E+2") == 250.0);
    CHECK_FALSE(parse_number("").has_value());
    CHECK_FALSE(parse_number(".").has_value());
    CHECK_FALSE(parse_number("1e").has_value());
    CHECK_FALSE(parse_number("inf").has_value());
    CHECK_FALSE(parse_number("nan").has_value());
    CHECK_FALSE(parse_number("0x10").has_value());
    CHECK_FALSE(parse_number("1e999").has_value());
    CHECK_FALSE(parse_number("1,5").has_value());
}

TEST_CASE("Path term: a bare name is a free, unlabelled path") {
    const PathTerm term = parse_path_term("KUALITAS");
    CHECK(term.variable == "KUALITAS");
    CHECK(term.variable_offset == 0);
    CHECK(term.modifier.free);
    CHECK(term.modifier.label.empty());
}

TEST_CASE("Path term: a label, a number or NA before '*' labels, fixes or frees the path") {
    const PathTerm labelled = parse_path_term("a * KUALITAS");
    CHECK(labelled.modifier.label == "a");
    CHECK(labelled.modifier.free);
    CHECK(labelled.variable == "KUALITAS");
    CHECK(labelled.variable_offset == 4);
    const PathTerm fixed = parse_path_term("-0.5*x");
    CHECK_FALSE(fixed.modifier.free);
    CHECK(fixed.modifier.value == -0.5);
    const PathTerm na = parse_path_term("NA*x");
    CHECK(na.modifier.free);
    CHECK(na.modifier.label.empty());
}

TEST_CASE("Path term: a malformed term reports the offset of the offending character") {
    const auto offset_of_error = [](const std::string& text) {
        try {
            parse_path_term(text);
        } catch (const TermError& error) {
            return static_cast<int>(error.offset());
        }
        return -1;
    };
    CHECK(offset_of_error("") == 0);
    CHECK(offset_of_error("a*") == 2);
    CHECK(offset_of_error("a**x") == 2);
    CHECK(offset_of_error("a*x y") == 4);
    CHECK(offset_of_error("1abc*x") == 1);
    CHECK(offset_of_error("0.5") == 0);
    CHECK(offset_of_error("a*0.5") == 2);
    CHECK(offset_of_error("a+b") == 1);
}

TEST_CASE("Path term: modifiers of covariances and variances may end in '*'") {
    CHECK(parse_modifier("v1*").label == "v1");
    CHECK(parse_modifier("v1").label == "v1");
    CHECK(parse_modifier("1.0").value == 1.0);
    CHECK_FALSE(parse_modifier("0").free);
    const Modifier na = parse_modifier("NA");
    CHECK(na.free);
    CHECK(na.label.empty());
    CHECK(std::isnan(na.value));
    CHECK_THROWS_AS(parse_modifier("v1*x"), TermError);
    CHECK_THROWS_AS(parse_modifier(""), TermError);
}

TEST_CASE("Path term: start(v), equal(\"a\") and a label or NA chained with a start value") {
    const PathTerm start = parse_path_term("start(0.5) * x");
    CHECK(start.variable == "x");
    CHECK(start.variable_offset == 13);
    CHECK(start.modifier.free);
    CHECK_FALSE(start.modifier.free_explicit);  // a start value, not a freed marker: only NA frees one (lavaan)
    CHECK(start.modifier.value == 0.5);
    const PathTerm equal = parse_path_term("equal('b1')*x");
    CHECK(equal.modifier.label == "b1");
    CHECK_FALSE(equal.modifier.free_explicit);
    const PathTerm chained = parse_path_term("b1*start(-2)*x");
    CHECK(chained.modifier.label == "b1");
    CHECK(chained.modifier.value == -2.0);
    const PathTerm na = parse_path_term("NA*x");
    CHECK(na.modifier.free_explicit);
    const PathTerm label = parse_path_term("start*x");  // a label named start: no parenthesis follows
    CHECK(label.modifier.label == "start");
}

TEST_CASE("Path term: the number 1 is an intercept only where allowed") {
    const PathTerm intercept = parse_path_term("a*1", true);
    CHECK(intercept.intercept);
    CHECK(intercept.variable.empty());
    CHECK(intercept.modifier.label == "a");
    CHECK_THROWS_AS(parse_path_term("1"), TermError);
    CHECK_THROWS_AS(parse_path_term("2", true), TermError);
}

TEST_CASE("Path term: bare modifiers take start values too") {
    const Modifier start = parse_modifier("start(1)");
    CHECK(start.free);
    CHECK(start.value == 1.0);
    CHECK_FALSE(start.free_explicit);
    const Modifier both = parse_modifier("c1 * start(0.2) *");
    CHECK(both.label == "c1");
    CHECK(both.value == 0.2);
    CHECK_THROWS_AS(parse_modifier("0*start(1)"), TermError);
    CHECK_THROWS_AS(parse_modifier("a*b"), TermError);
}
