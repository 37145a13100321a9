#pragma once
// `--format csv --table NAME`: every table of a fit as its own CSV file, in the style of the parameter table
// (report/csv/csv_report.hpp: 10 significant digits, an empty cell for NaN, RFC 4180 quoting, "\n" line ends).
//
//   effects       from,to,type,est,se,z,pvalue,std_all       type direct, indirect or total
//   r2            variable,r2
//   reduced_form  outcome,from,est,se,z,pvalue,std_all,error_variance,r2   one line per term
//   fit           measure,value                              every field of the JSON "fit" object
//   residuals     row,col,raw,correlation,normalized,standardized   lower triangle with the diagonal
//   validity      factor,indicators,omega,composite_reliability,ave,fornell_larcker_holds
//   wald          test,constraint,value,statistic,df,pvalue      test each or joint; value lhs − rhs (each)
//   bootstrap     quantity,estimate,se,bias,mean,replicates, then lower and upper of perc, bca, bca_simple,
//                 basic and norm                             a line per bootstrap quantity (--bootstrap)
#include <string>

#include "report/fit/fit_report.hpp"

namespace jalur::report {

// The table context.csv_table names. The tables of --mi, --residuals, --validity and --wald need them computed
// (std::logic_error otherwise: the fit command computes what the table needs).
std::string render_csv_table(const FitResult& result, const ReportContext& context);

std::string render_csv_effects(const FitResult& result);
std::string render_csv_r2(const FitResult& result);
std::string render_csv_reduced_form(const FitResult& result);
std::string render_csv_fit(const FitMeasures& fit);
std::string render_csv_residuals(const std::vector<std::string>& observed, const Residuals& residuals);
std::string render_csv_validity(const ConstructValidity& validity);
std::string render_csv_wald(const ConstraintWaldTests& tests);
std::string render_csv_bootstrap(const BootstrapResult& run, const ParameterTable& table);
// --bootstrap-out: a line per replicate (replicate, outcome, the value of each quantity at full precision; with
// Bollen–Stine its chi-square), a failed replicate's values empty.
std::string bootstrap_draws_csv(const BootstrapResult& run, const ParameterTable& table);

}  // namespace jalur::report
