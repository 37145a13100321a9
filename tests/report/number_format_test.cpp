// LISREL-like number formatting of the text report, and the other number styles of the reports.
#include <cmath>
#include <doctest/doctest.h>

#include "engine/model/parameter_table.hpp"
#include "report/common/number_format.hpp"

using namespace jalur;
using namespace jalur::report;

TEST_CASE("lisrel numbers of at least 0.1 get two decimals") {
    CHECK(lisrel_number(0.38307) == "0.38");
    CHECK(lisrel_number(134.4913) == "134.49");
    CHECK(lisrel_number(11.1355) == "11.14");
    CHECK(lisrel_number(12.0777) == "12.08");
    CHECK(lisrel_number(0.1) == "0.10");
    CHECK(lisrel_number(-7.1092) == "-7.11");
}

TEST_CASE("lisrel numbers below 0.1 keep two significant digits") {
    CHECK(lisrel_number(0.0079889) == "0.0080");
    CHECK(lisrel_number(0.00687) == "0.0069");
    CHECK(lisrel_number(0.021722) == "0.022");
    CHECK(lisrel_number(0.057907) == "0.058");
    CHECK(lisrel_number(0.053884) == "0.054");
    CHECK(lisrel_number(-0.0224) == "-0.022");
}

TEST_CASE("a lisrel number that rounds up to 0.10 gets two decimals") {
    CHECK(lisrel_number(0.0999) == "0.10");
    CHECK(lisrel_number(0.00999) == "0.010");
}

TEST_CASE("lisrel numbers stop at the maximum number of decimals") {
    CHECK(lisrel_number(0.000012345) == "0.00001");
    CHECK(lisrel_number(0.000012345, 4) == "0.00");
    CHECK(lisrel_number(0.00012345, 4) == "0.0001");
    CHECK(lisrel_number(1e-12) == "0.00");
}

TEST_CASE("zero and values that round to zero print as 0.00 without a sign") {
    CHECK(lisrel_number(0.0) == "0.00");
    CHECK(lisrel_number(-0.0) == "0.00");
    CHECK(lisrel_number(-1e-13) == "0.00");
}

TEST_CASE("a chi-square that rounds to zero prints as 0.0 like LISREL") {
    CHECK(lisrel_chi_square(0.0) == "0.0");
    CHECK(lisrel_chi_square(1e-12) == "0.0");
    CHECK(lisrel_chi_square(3.2149) == "3.21");
}

TEST_CASE("values that are not finite are named in the text report") {
    CHECK(lisrel_number(kNaN) == "NaN");
    CHECK(lisrel_number(INFINITY) == "Inf");
    CHECK(lisrel_number(-INFINITY) == "-Inf");
}

TEST_CASE("fixed numbers never show a negative zero") {
    CHECK(fixed_number(0.38307, 3) == "0.383");
    CHECK(fixed_number(-0.0001, 3) == "0.000");
    CHECK(fixed_number(-1.5, 3) == "-1.500");
}

TEST_CASE("significant numbers keep ten digits and leave NaN empty") {
    CHECK(significant_number(0.38307099261162864) == "0.3830709926");
    CHECK(significant_number(186.78) == "186.78");
    CHECK(significant_number(1.166827334e-12) == "1.166827334e-12");
    CHECK(significant_number(kNaN).empty());
}

TEST_CASE("numbers beyond 10^15 print in scientific notation, not as dozens of meaningless digits") {
    // exp(1000*a) at the thesis estimate printed as a 167-digit integer with ".000" behind it.
    CHECK(fixed_number(2.3206960787408443e166, 3) == "2.321e+166");
    CHECK(lisrel_number(-2.3206960787408443e166) == "-2.321e+166");
    CHECK(fixed_number(1e15, 3) == "1.000e+15");
    CHECK(fixed_number(999999999999999.0, 0) == "999999999999999");
    CHECK(lisrel_number(123456789012.345) == "123456789012.35");
}

TEST_CASE("a decimal comma scope turns every formatted number's point into a comma and restores the point after") {
    {
        const DecimalMarkScope comma(DecimalMark::Comma);
        CHECK(fixed_number(0.38307, 2) == "0,38");
        CHECK(fixed_number(-1234.5, 1) == "-1234,5");  // thousands are not grouped
        CHECK(lisrel_number(0.0079889) == "0,0080");
        CHECK(lisrel_number(-0.0000001) == "0,00");
        CHECK(lisrel_chi_square(0.001) == "0,0");
        CHECK(significant_number(186.78) == "186,78");
        CHECK(fixed_number(2.3206960787408443e166, 3) == "2,321e+166");
        CHECK(number_separator() == "; ");
        {
            const DecimalMarkScope point(DecimalMark::Point);
            CHECK(fixed_number(0.38307, 2) == "0.38");
        }
        CHECK(fixed_number(0.38307, 2) == "0,38");
    }
    CHECK(fixed_number(0.38307, 2) == "0.38");
    CHECK(number_separator() == ", ");
}

TEST_CASE("APA values under a decimal comma keep their zero: 0,023 and < 0,001, never ,023") {
    CHECK(apa_decimal(0.0231) == ".023");
    CHECK(apa_p_value(0.0004) == "< .001");
    const DecimalMarkScope comma(DecimalMark::Comma);
    CHECK(apa_decimal(0.0231) == "0,023");
    CHECK(apa_decimal(-0.2196) == "-0,220");
    CHECK(apa_p_value(0.0004) == "< 0,001");
    CHECK(apa_p_value(0.5745) == "0,575");
}
