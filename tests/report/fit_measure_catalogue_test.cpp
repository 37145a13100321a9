// The catalogue of fit measures (report/common/fit_measure_catalogue.cpp) against the engine's names
// (engine/results/named_fit_measures.cpp): one entry for every measure, so that a measure the engine adds cannot
// reach the JSON and CSV reports without its labels, and the tables for reading list what the catalogue says.
#include <cmath>
#include <doctest/doctest.h>
#include <set>
#include <stdexcept>
#include <string>

#include "engine/results/named_fit_measures.hpp"
#include "report/common/fit_measure_catalogue.hpp"
#include "report/html/fit_cutoffs.hpp"
#include "report/json/json_report.hpp"

using namespace jalur;
using namespace jalur::report;

namespace {

// Every measure a different value, so that a writer that takes the wrong one shows.
FitMeasures numbered_measures() {
    FitMeasures f;
    f.df = 7;
    f.npar = 8;
    f.moments = 15;
    f.baseline_df = 10;
    double next = 0.125;
    for (double* field : {&f.minimum_fit_function, &f.fmin, &f.chisq, &f.pvalue, &f.baseline_chisq, &f.baseline_pvalue, &f.cfi, &f.tli, &f.nfi,
                          &f.rfi, &f.ifi, &f.rni, &f.pnfi, &f.rmsea, &f.rmsea_ci_lower, &f.rmsea_ci_upper,
                          &f.rmsea_pvalue, &f.srmr, &f.rmr, &f.gfi, &f.agfi, &f.pgfi, &f.logl, &f.unrestricted_logl,
                          &f.aic, &f.bic, &f.bic2, &f.ecvi, &f.cn_05, &f.cn_01, &f.ncp, &f.ncp_ci_lower,
                          &f.ncp_ci_upper, &f.f0, &f.f0_ci_lower, &f.f0_ci_upper, &f.ecvi_ci_lower, &f.ecvi_ci_upper,
                          &f.ecvi_saturated, &f.ecvi_independence, &f.aic_model, &f.aic_saturated,
                          &f.aic_independence, &f.caic_model, &f.caic_saturated, &f.caic_independence}) {
        *field = next;
        next += 0.125;
    }
    ScaledFitMeasures& s = f.scaled.emplace();  // a scaled test's too, above the counts
    next = 100.125;
    s.df = 97;
    s.baseline_df = 98;
    for (double* field : {&s.chisq, &s.pvalue, &s.scaling_factor, &s.shift, &s.baseline_chisq, &s.baseline_pvalue,
                          &s.baseline_scaling_factor, &s.indices.cfi, &s.indices.tli, &s.indices.nfi, &s.indices.rfi,
                          &s.indices.ifi, &s.indices.rni, &s.indices.pnfi, &s.robust.cfi, &s.robust.tli, &s.robust.rni,
                          &s.rmsea.rmsea, &s.rmsea.ci_lower, &s.rmsea.ci_upper, &s.rmsea.pvalue, &s.rmsea_robust.rmsea,
                          &s.rmsea_robust.ci_lower, &s.rmsea_robust.ci_upper, &s.rmsea_robust.pvalue}) {
        *field = next;
        next += 0.125;
    }
    return f;
}

}  // namespace

TEST_CASE("fit measures: the engine names each measure once and the catalogue has an entry for each, no more") {
    const FitMeasures f = numbered_measures();
    std::set<std::string> engine_names, values;
    for (const NamedFitMeasure& measure : named_fit_measures(f)) {
        CAPTURE(measure.name);
        CHECK(engine_names.insert(std::string(measure.name)).second);
        CHECK(values.insert(std::to_string(measure.value)).second);  // each field once: no two names share one
        CHECK(fit_measure_entry(measure.name).name == measure.name);
        CHECK(fit_measure(f, measure.name) == measure.value);
    }
    CHECK(engine_names.size() == 50 + 27);
    std::set<std::string> catalogue_names;
    for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
        CAPTURE(entry.name);
        CHECK(catalogue_names.insert(std::string(entry.name)).second);
        CHECK_FALSE(entry.label.empty());
        CHECK_FALSE(entry.indonesian.empty());
        CHECK_FALSE(entry.symbol.empty());
    }
    CHECK(catalogue_names == engine_names);
    CHECK_THROWS_AS(fit_measure(f, "not_a_measure"), std::logic_error);
    CHECK_THROWS_AS(fit_measure_entry("not_a_measure"), std::logic_error);
}

TEST_CASE("fit measures: the JSON fit object has every measure under its name, counts as integers") {
    const FitMeasures f = numbered_measures();
    const Json json = fit_json(f);
    CHECK(json.size() == named_fit_measures(f).size());
    for (const NamedFitMeasure& measure : named_fit_measures(f)) {
        CAPTURE(measure.name);
        REQUIRE(json.contains(std::string(measure.name)));
        const Json& value = json.at(std::string(measure.name));
        CHECK(value.is_number_integer() == (fit_measure_entry(measure.name).kind == FitMeasureKind::Count));
        CHECK(value.get<double>() == measure.value);
    }
}

TEST_CASE("fit measures: the HTML table lists the catalogue's HTML measures in its order, with their values") {
    const FitMeasures f = numbered_measures();
    const std::vector<FitCutoff> cutoffs = fit_cutoffs(f, Language::English);
    std::size_t at = 0;
    for (const FitMeasureEntry& entry : fit_measure_catalogue()) {
        if (!(entry.tables & kHtmlTable)) continue;
        CAPTURE(entry.name);
        REQUIRE(at < cutoffs.size());
        CHECK(cutoffs[at].key == entry.name);
        CHECK(cutoffs[at].value == fit_measure(f, entry.name));
        ++at;
    }
    CHECK(at == cutoffs.size());
    CHECK(at >= 13);
}

TEST_CASE("fit measures: the labels of the catalogue are the text report's, in English and Indonesian") {
    CHECK(fit_measure_label(Language::English, "cfi") == "Comparative Fit Index (CFI)");
    CHECK(fit_measure_label(Language::Indonesian, "df") == "Derajat bebas");
    CHECK(label(Language::Indonesian, "Minimum Fit Function Chi-Square") == "Chi-square fungsi fit minimum");
    CHECK(fit_measure_symbol(Language::Indonesian, fit_measure_entry("rmsea_ci_lower")) ==
          "Interval kepercayaan 90% RMSEA");
    CHECK(fit_measure_symbol(Language::Indonesian, fit_measure_entry("cfi")) == "CFI");
}

TEST_CASE("fit measures: a fit without a scaled test names none of its measures, gives NaN for them and the HTML table skips them") {
    FitMeasures f = numbered_measures();
    f.scaled.reset();
    CHECK(named_fit_measures(f).size() == 50);
    for (const NamedFitMeasure& measure : named_fit_measures(f)) CHECK_FALSE(is_scaled_measure(measure.name));
    CHECK(std::isnan(fit_measure(f, "cfi_robust")));
    CHECK(is_scaled_measure("cfi_robust"));
    for (const FitCutoff& cutoff : fit_cutoffs(f, Language::English)) CHECK_FALSE(is_scaled_measure(cutoff.key));
}

TEST_CASE("fit measures: the HTML table's sources are cited in full, authors and year, for a reader without jalur's docs") {
    int cited = 0;
    for (const FitCutoff& cutoff : fit_cutoffs(numbered_measures(), Language::English)) {
        CAPTURE(cutoff.key);
        CHECK(cutoff.source.empty() == cutoff.reference.empty());
        if (cutoff.source.empty()) continue;
        // "Hu & Bentler (1999)" → "Hu, L., & Bentler, P. M. (1999). Cutoff criteria ..."
        const std::string first_author = cutoff.source.substr(0, cutoff.source.find_first_of(" ,"));
        const std::string year = cutoff.source.substr(cutoff.source.find('('));
        CHECK(cutoff.reference.rfind(first_author + ", ", 0) == 0);
        CHECK(cutoff.reference.find(year + ". ") != std::string::npos);
        CHECK(cutoff.reference.find("docs/") == std::string::npos);
        ++cited;
    }
    CHECK(cited >= 13);
}
