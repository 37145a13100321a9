#pragma once
// What a bootstrap run is asked to do (YAML `estimation: bootstrap:`, `se: bootstrap`, CLI --bootstrap).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/errors.hpp"

namespace jalur {

enum class BootstrapType {
    Nonparametric,  // resample the cases with replacement (lavaan's "ordinary")
    Parametric,     // draw N cases from the fitted model's normal distribution N(μ̂, Σ̂)
    BollenStine,    // resample the cases transformed to fit the model exactly: the χ² test's p-value
};
const char* bootstrap_type_name(BootstrapType type);  // "nonparametric", "parametric", "bollen.stine"
std::optional<BootstrapType> parse_bootstrap_type(const std::string& name);  // also lavaan's "ordinary"

// The interval the reports show (every kind is computed; JSON has them all).
enum class BootstrapInterval {
    Percentile,  // "perc": the α/2 and 1 − α/2 quantiles of the draws
    BCa,         // "bca": bias-corrected and accelerated (acceleration from the resampled case counts)
    BCaSimple,   // "bca.simple": bias-corrected, no acceleration (lavaan's)
    Basic,       // "basic": 2 θ̂ − the percentile limits
    Normal,      // "norm": θ̂ − bias ± z SE
};
const char* bootstrap_interval_name(BootstrapInterval interval);  // lavaan's boot.ci.type names
std::optional<BootstrapInterval> parse_bootstrap_interval(const std::string& name);
extern const char* const kBootstrapIntervalChoices;  // "perc, bca, bca.simple, basic or norm"

// Replicates where more than this share failed make the run's results doubtful: a warning says so.
constexpr double kBootstrapFailureWarning = 0.05;
constexpr int kLargestBootstrapReplicates = 10000000;

struct BootstrapOptions {
    int replicates = 1000;  // lavaan's default
    std::uint64_t seed = 1;
    BootstrapType type = BootstrapType::Nonparametric;
    BootstrapInterval interval = BootstrapInterval::Percentile;
    int threads = 0;  // 0: every core
    // Given resamples to replay instead of drawing them (--bootstrap-indices): a replicate per entry, the
    // 0-based indices of its cases among the complete rows. Nonparametric and Bollen–Stine only.
    std::vector<std::vector<int>> indices;
    SourceLocation indices_source;  // the file they came from, for messages
};

}  // namespace jalur
