#pragma once
// The catalogue of fit measures: for every measure the engine names (engine/results/named_fit_measures.hpp),
// what the reports need to show it — its kind, its label in English and Indonesian, its short symbol, its
// digits and the tables for reading that list it. The JSON, CSV, Markdown and HTML reports iterate it; the text
// report keeps LISREL's layout and takes the labels of the measures it prints from here.
//
// A new measure (a scaled chi-square, a robust RMSEA): a field of FitMeasures, computed in
// engine/results/fit_measures.cpp, named in engine/results/named_fit_measures.cpp, and one entry here.
#include <string>
#include <string_view>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "report/common/report_labels.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

enum class FitMeasureKind {
    Count,      // an integer: df, npar; JSON writes it without a decimal point
    Statistic,  // a chi-square, a log-likelihood, an information criterion: fixed decimals
    Index,      // a fit index (CFI, RMSEA, SRMR): APA style, no leading zero
    PValue,     // APA style, "< .001"
};

// The tables for reading that list a measure (bits): the Markdown report's fit table and the HTML report's
// table of measures with their cut-offs.
enum FitTables : unsigned { kNoTable = 0, kMarkdownTable = 1, kHtmlTable = 2, kBothTables = 3 };

struct FitMeasureEntry {
    std::string_view name;        // the engine's name: the JSON key, the CSV's measure
    FitMeasureKind kind;
    int digits;                   // decimals in the Markdown and HTML tables
    unsigned tables;              // FitTables
    std::string_view label;       // English, in LISREL's words where LISREL prints the measure
    std::string_view indonesian;
    std::string_view symbol;      // the short name of the tables for reading: "CFI", "χ²"
    std::string_view symbol_indonesian = {};  // empty: the symbol stays as it is in Indonesian
    // A "_ci_lower" entry in the Markdown table is a row for the interval, [lower, upper], with its "_ci_upper".
};

// Every measure, in the order of the tables for reading.
const std::vector<FitMeasureEntry>& fit_measure_catalogue();

// The entry of a measure; std::logic_error for a name the catalogue does not have (a bug).
const FitMeasureEntry& fit_measure_entry(std::string_view name);

// The measure's label and symbol in a language.
std::string_view fit_measure_label(Language language, std::string_view name);
std::string_view fit_measure_symbol(Language language, const FitMeasureEntry& entry);

// A measure's value as APA tables write it: integers, p-values ("< .001") and indices without a leading zero,
// statistics with the catalogue's decimals.
std::string apa_fit_value(const FitMeasureEntry& entry, double value);
std::string apa_fit_value(std::string_view name, double value);

// The labels and translated symbols, for label_catalogue().
const LabelList& fit_measure_labels();

}  // namespace jalur::report
