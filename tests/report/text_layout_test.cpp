// Column arithmetic and the LISREL equation and matrix layouts of the text report.
#include <doctest/doctest.h>
#include <string>

#include "report/common/text_layout.hpp"
#include "report/text/lisrel_equation.hpp"
#include "report/text/lisrel_matrix.hpp"

using namespace jalur;
using namespace jalur::report;

TEST_CASE("display width counts code points, not bytes") {
    CHECK(display_width("R²") == 2);
    CHECK(display_width("KEPUASAN") == 8);
    CHECK(pad_left("R²", 4) == "  R²");
    CHECK(pad_right("ab", 4) == "ab  ");
}

TEST_CASE("place pads to the column, or separates with one space when the line is already past it") {
    std::string line = "ab";
    place(line, 5, "x");
    CHECK(line == "ab   x");
    place(line, 3, "y");
    CHECK(line == "ab   x y");
}

TEST_CASE("a structural equation puts standard errors one column left of the coefficient and t-values beneath") {
    LisrelEquation eq;
    eq.outcome = "KEPUASAN";
    eq.terms.push_back({"KUALITAS", {0.38307, 0.053884, 7.1092}});
    eq.error_variance = EquationValue{134.4913, 12.0777, 11.1355};
    eq.r2 = 0.16929;
    const std::string text = render_equations({eq});
    CHECK(text ==
          " KEPUASAN = 0.38*KUALITAS, Errorvar.= 134.49, R² = 0.17\n"
          "           (0.054)                   (12.08)\n"
          "            7.11                      11.14\n"
          "\n");
}

TEST_CASE("equation outcomes are right-aligned to the longest name and small coefficients keep two digits") {
    LisrelEquation a;
    a.outcome = "KEPUASAN";
    a.terms.push_back({"KUALITAS", {0.38307, 0.053884, 7.1092}});
    LisrelEquation b;
    b.outcome = "BOR";
    b.terms.push_back({"KEPUASAN", {0.021722, 0.0080050, 2.7136}});
    b.terms.push_back({"KUALITAS", {0.057907, 0.0074528, 7.7698}});
    b.error_variance = EquationValue{2.1373, 0.19194, 11.1355};
    b.r2 = 0.2923;
    const std::string text = render_equations({a, b});
    CHECK(text.find("\n      BOR = 0.022*KEPUASAN + 0.058*KUALITAS, Errorvar.= 2.14") != std::string::npos);
    CHECK(text.find("(0.0080)") != std::string::npos);
    CHECK(text.find("(0.0075)") != std::string::npos);
    CHECK(text.find("R² = 0.29") != std::string::npos);
}

TEST_CASE("a negative coefficient is written with a separated minus sign and a negative t-value") {
    LisrelEquation eq;
    eq.outcome = "Y";
    eq.terms.push_back({"X", {0.5, 0.1, 5.0}});
    eq.terms.push_back({"Z", {-0.25, 0.05, -5.0}});
    const std::string text = render_equations({eq});
    CHECK(text.rfind(" Y = 0.50*X - 0.25*Z\n", 0) == 0);
    CHECK(text.find("-5.00") != std::string::npos);
}

TEST_CASE("a fixed coefficient has no standard error or t-value lines") {
    LisrelEquation eq;
    eq.outcome = "Y";
    eq.terms.push_back({"X", {1.0, kNaN, kNaN}});
    CHECK(render_equations({eq}) == " Y = 1.00*X\n\n");
}

TEST_CASE("long equations continue on the next line indented past the equals sign") {
    LisrelEquation eq;
    eq.outcome = "Y";
    for (int i = 0; i < 12; ++i) eq.terms.push_back({"PREDICTOR" + std::to_string(i), {0.5, 0.1, 5.0}});
    const std::string text = render_equations({eq}, 80);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        CHECK(display_width(text.substr(start, end - start)) <= 80);
        start = end + 1;
    }
    CHECK(text.find("\n     + 0.50*PREDICTOR") != std::string::npos);
}

TEST_CASE("a matrix with standard errors aligns estimates, standard errors and t-values on the right") {
    LisrelMatrix m;
    m.title = "Total Effects of X on Y";
    m.row_names = {"KEPUASAN", "BOR"};
    m.column_names = {"KUALITAS"};
    m.entries = {{MatrixEntry{0.38307, 0.053884, 7.1092}}, {MatrixEntry{0.066228, 0.0068928, 9.6082}}};
    CHECK(render_matrix(m) ==
          "         Total Effects of X on Y\n"
          "\n"
          "           KUALITAS\n"
          "           --------\n"
          " KEPUASAN      0.38\n"
          "             (0.054)\n"
          "               7.11\n"
          "\n"
          "      BOR     0.066\n"
          "            (0.0069)\n"
          "               9.61\n"
          "\n");
}

TEST_CASE("a missing matrix entry prints as a double dash and the lower triangle hides the upper part") {
    LisrelMatrix m;
    m.title = "BETA";
    m.row_names = m.column_names = {"A", "B"};
    m.entries = {{std::nullopt, MatrixEntry{9, kNaN, kNaN}}, {MatrixEntry{0.16, kNaN, kNaN}, std::nullopt}};
    m.lower_triangle = true;
    const std::string text = render_matrix(m);
    CHECK(text.find("- -") != std::string::npos);
    CHECK(text.find("9.00") == std::string::npos);
    CHECK(text.find("0.16") != std::string::npos);
}

TEST_CASE("matrices wider than six columns continue in a second block") {
    LisrelMatrix m;
    m.title = "Wide";
    for (int j = 0; j < 8; ++j) m.column_names.push_back("V" + std::to_string(j));
    m.row_names = {"R"};
    m.entries = {std::vector<std::optional<MatrixEntry>>(8, MatrixEntry{1, kNaN, kNaN})};
    const std::string text = render_matrix(m);
    CHECK(text.find("V5") < text.find("V6"));
    CHECK(text.find("V5\n") != std::string::npos);  // V5 ends the first block's header line
}

TEST_CASE("a vector lists values under their names") {
    const std::string text = render_vector("PSI", "Note: This matrix is diagonal.", {"KEPUASAN", "BOR"},
                                           {MatrixEntry{0.83, kNaN, kNaN}, MatrixEntry{0.71, kNaN, kNaN}});
    CHECK(text ==
          "         PSI\n"
          "         Note: This matrix is diagonal.\n"
          "\n"
          "         KEPUASAN        BOR\n"
          "         --------   --------\n"
          "             0.83       0.71\n"
          "\n");
}
