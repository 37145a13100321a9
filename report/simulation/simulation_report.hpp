#pragma once
// The report of `jalur simulate` (docs/simulation.md): per condition, analysis and estimator, the model's
// convergence, χ² rejection rate and fit indices, and each parameter's bias, empirical and model SE, SE ratio,
// coverage and rejection rate with Monte Carlo SEs — as text (English or Indonesian), JSON, CSV; and the
// replicate-level long CSV (--replicates-out), from which a merge of shards computes the same summaries.
//
//   summary CSV (--format csv): condition,n,distribution,analysis,estimator,parameter,truth,replications,mean,
//     bias,bias_mcse,relative_bias,relative_bias_mcse,empirical_se,empirical_se_mcse,mean_se,se_ratio,
//     se_ratio_mcse,rmse,rmse_mcse,coverage,coverage_mcse,rejection,rejection_mcse
//   model CSV (--format csv --table models): condition,n,distribution,analysis,estimator,attempted,converged,
//     not_converged,failed,heywood,tested,chisq_mean,df,chisq_rejection,chisq_rejection_mcse,cfi_mean,tli_mean,
//     rmsea_mean,srmr_mean,cfi_below_95,rmsea_above_06,srmr_above_08, then p05,p50,p95 of cfi, tli, rmsea, srmr
//   replicates CSV: condition,replication,analysis,estimator,status,kind,name,est,se,ci_lower,ci_upper,pvalue,
//     message   (kind parameter; or kind model with name chisq, df, pvalue, cfi, tli, rmsea, srmr in est)
#include <string>
#include <vector>

#include "engine/simulation/performance.hpp"
#include "engine/simulation/study.hpp"
#include "report/common/report_format.hpp"
#include "report/common/report_language.hpp"

namespace jalur::report {

enum class SimulationTable { Parameters, Models };

struct SimulationReport {
    const Study* study = nullptr;
    std::string study_path;
    std::vector<std::vector<StudyParameter>> parameters;  // study_parameters(study)
    std::vector<CellPerformance> cells;
    std::string shards;  // "" for a whole run, else "merged from 4 shards" (the text report's header only: the JSON
                         // and CSV of a merge are those of the whole run, byte for byte)
    Language language = Language::English;
    SimulationTable table = SimulationTable::Parameters;
};

std::string render_simulation_report(ReportFormat format, const SimulationReport& report);

// The replicate-level rows of `fits` (17 significant digits: read back, they give the same summaries).
std::string render_replicates_csv(const Study& study, const std::vector<std::vector<StudyParameter>>& parameters,
                                  const std::vector<ReplicateFit>& fits);

}  // namespace jalur::report
