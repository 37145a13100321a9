#include "models/simplis_data.hpp"

#include <cmath>

#include "engine/estimation/estimation_options.hpp"
#include "engine/data/sample_moments.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"
#include "models/matrix_checks.hpp"

namespace jalur::models::simplis {
namespace {

// "1 value", "5 values".
std::string count(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

[[noreturn]] void fail(const SourceLocation& where, const std::string& what, const std::string& rule) {
    throw InputError(where, what + ", expected " + rule + ".");
}

// A symmetric matrix as written, with the word of every written cell (cells[i][j]) for messages.
struct WrittenMatrix {
    Eigen::MatrixXd values;
    std::vector<std::vector<const Word*>> cells;
};

WrittenMatrix symmetric_matrix(const NumberList& list, std::size_t p) {
    const std::vector<double> numbers = numbers_of(list);
    const std::size_t lower = p * (p + 1) / 2, full = p * p;
    if (numbers.size() != lower && numbers.size() != full)
        fail(list.where, list.what + " has " + count(numbers.size(), "value"),
             std::to_string(lower) + " (the lower triangle, row by row, of " + std::to_string(p) +
                 " observed variables) or " + std::to_string(full) + " (the full matrix)");
    WrittenMatrix m;
    const auto n = static_cast<Eigen::Index>(p);
    m.values.resize(n, n);
    m.cells.assign(p, std::vector<const Word*>(p, nullptr));
    std::size_t k = 0;
    const bool is_lower = numbers.size() == lower;
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < (is_lower ? i + 1 : p); ++j, ++k) {
            m.values(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = numbers[k];
            m.cells[i][j] = &list.words[k];
        }
    if (is_lower)
        for (std::size_t i = 0; i < p; ++i)
            for (std::size_t j = i + 1; j < p; ++j) m.cells[i][j] = m.cells[j][i];
    if (const std::optional<Cell> cell = symmetrize(m.values, is_lower)) {
        const auto [i, j] = *cell;
        fail(m.cells[i][j]->where,
             "value " + std::to_string(j + 1) + " of row " + std::to_string(i + 1) + " of " + list.what + " is " +
                 m.cells[i][j]->text + " but value " + std::to_string(i + 1) + " of row " + std::to_string(j + 1) +
                 " is " + m.cells[j][i]->text,
             "a symmetric matrix (equal within 1e-8 relative)");
    }
    return m;
}

}  // namespace

std::vector<double> numbers_of(const NumberList& list) {
    std::vector<double> out;
    out.reserve(list.words.size());
    for (std::size_t k = 0; k < list.words.size(); ++k) {
        const Word& word = list.words[k];
        const std::optional<double> value = parse_number(word.text);
        if (!value)
            fail(word.where, "value " + std::to_string(k + 1) + " of " + list.what + " is '" + word.text + "'",
                 "a number");
        out.push_back(*value);
    }
    return out;
}

Eigen::MatrixXd covariance_matrix(const NumberList& list, const std::vector<std::string>& names) {
    WrittenMatrix m = symmetric_matrix(list, names.size());
    if (const std::optional<std::size_t> i = first_nonpositive_diagonal(m.values))
        fail(m.cells[*i][*i]->where, "the variance of " + names[*i] + " is " + m.cells[*i][*i]->text,
             "a positive number on the diagonal");
    return std::move(m.values);
}

Eigen::MatrixXd covariance_from_correlations(const NumberList& correlations, const NumberList& deviations,
                                             const std::vector<std::string>& names) {
    const std::size_t p = names.size();
    const WrittenMatrix r = symmetric_matrix(correlations, p);
    if (const std::optional<Cell> at = first_invalid_correlation(r.values, false)) {
        const auto [i, j] = *at;
        const Word& cell = *r.cells[i][j];
        if (i == j)
            fail(cell.where, "the diagonal value of " + names[i] + " is " + cell.text,
                 "1 on the diagonal of a correlation matrix");
        fail(cell.where, "the correlation of " + names[i] + " and " + names[j] + " is " + cell.text,
             "a correlation between -1 and 1");
    }
    const std::vector<double> sd = numbers_of(deviations);
    if (sd.size() != p)
        fail(deviations.where, deviations.what + " has " + count(sd.size(), "value"),
             std::to_string(p) + ", one per observed variable");
    Eigen::VectorXd d(static_cast<Eigen::Index>(p));
    for (std::size_t i = 0; i < p; ++i) {
        if (!(sd[i] > 0))
            fail(deviations.words[i].where, "the standard deviation of " + names[i] + " is " + deviations.words[i].text,
                 "a positive number");
        d(static_cast<Eigen::Index>(i)) = sd[i];
    }
    return covariance_from_correlation(r.values, d);
}

Eigen::MatrixXd raw_data(const NumberList& list, std::size_t p) {
    const std::vector<double> numbers = numbers_of(list);
    if (numbers.size() % p != 0)
        fail(list.where, list.what + " has " + count(numbers.size(), "value"),
             "a multiple of " + std::to_string(p) + ", one value per observed variable for each observation");
    const std::size_t rows = numbers.size() / p;
    if (rows < 2) fail(list.where, list.what + " has " + count(rows, "observation"), "at least 2");
    Eigen::MatrixXd data(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(p));
    for (std::size_t k = 0; k < numbers.size(); ++k)
        data(static_cast<Eigen::Index>(k / p), static_cast<Eigen::Index>(k % p)) = numbers[k];
    return data;
}

void check_means(const NumberList& list, std::size_t p) {
    const std::vector<double> numbers = numbers_of(list);
    if (numbers.size() != p)
        fail(list.where, list.what + " has " + count(numbers.size(), "value"),
             std::to_string(p) + ", one per observed variable");
}

int sample_size(const NumberList& list) {
    if (list.words.size() != 1)
        fail(list.where, list.what + " has " + count(list.words.size(), "value"),
             "one number, the number of observations");
    const Word& word = list.words.front();
    const std::optional<double> value = parse_number(word.text);
    if (!value || *value < 2 || *value != std::floor(*value) || *value > kLargestSampleSize)
        fail(word.where, list.what + " is '" + word.text + "'",
             "an integer from 2 to " + std::to_string(kLargestSampleSize));
    return static_cast<int>(*value);
}

std::string read_named_file(const std::string& path, const SourceLocation& where, const std::string& what) {
    return read_file_text(path, where, what + " '" + path + "'",
                          "a readable file (a relative path is read from the model file's folder)");
}

}  // namespace jalur::models::simplis
