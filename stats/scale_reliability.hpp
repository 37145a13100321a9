#pragma once
// Item analysis of one scale — Likert items summed into a total — as SPSS RELIABILITY and R's psych::alpha
// print it: Cronbach's alpha, standardized alpha, item–total correlations, alpha if an item is deleted, and the
// validity test of the seeds (item–total r against the critical r of the t distribution at df = N − 2).
#include <Eigen/Dense>
#include <map>
#include <string>
#include <vector>

namespace jalur::stats {

struct ItemStatistics {
    std::string item;
    double mean = 0;
    double sd = 0;                         // divisor N − 1
    std::map<double, int> frequencies;     // each response value given → how many gave it
    double r_total = 0;                    // r with the scale total (Excel CORREL, psych raw.r)
    double r_corrected = 0;                // r with the total of the other items (SPSS, psych r.drop)
    double alpha_if_deleted = 0;           // raw alpha of the other items (psych alpha.drop raw_alpha); NaN
                                           // for k = 2: one item has no alpha
    bool valid = false;                    // r_total > r_critical, the seeds' rule ("r-hitung > r-tabel")
};

struct ScaleReliability {
    std::string name;
    int n = 0;                 // respondents used (complete answers to every item of the scale)
    int k = 0;                 // items
    double alpha = 0;          // k/(k−1) (1 − Σ s_i² / s_total²)
    double alpha_std = 0;      // k r̄ / (1 + (k − 1) r̄), from the correlations
    double average_r = 0;      // r̄, the mean inter-item correlation
    double r_critical = 0;     // critical_r(n − 2, significance)
    std::vector<ItemStatistics> items;
};

// `responses`: one row per respondent, one column per item, reverse-keyed items already reversed, no missing
// values. Requires k ≥ 2 and n ≥ 3. Throws NumericalError naming the item when an item (or, for k = 2, the
// other item) has the same answer from every respondent, so that a correlation is undefined.
ScaleReliability analyze_scale(const std::string& name, const std::vector<std::string>& items,
                               const Eigen::MatrixXd& responses, double significance = 0.05);

// The smallest |r| significant at `significance` (two-sided) with df degrees of freedom: r = t / √(df + t²),
// t the upper significance/2 quantile of Student's t (the "r-tabel" of Indonesian textbooks). df ≥ 1.
double critical_r(int df, double significance = 0.05);

}  // namespace jalur::stats
