// What the engine reports to a Progress (engine/progress.hpp): stages in order, counts that only grow and
// reach each stage's total; and the same results with or without a listener.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/fit.hpp"
#include "engine/inference/information.hpp"
#include "engine/inference/modification_indices.hpp"
#include "engine/results/residuals.hpp"
#include "models/model_spec.hpp"
#include "support/fixtures.hpp"

using namespace jalur;
using jalur::testing::source_path;

namespace {

// Records every stage with its total and the last count reported, and whether counts ever went back.
struct RecordedProgress : Progress {
    struct Stage {
        std::string name;
        std::size_t total = 0, last = 0;
        bool monotone = true;
    };
    std::vector<Stage> stages;

    void stage(std::string_view name, std::size_t total) override { stages.push_back({std::string(name), total}); }
    void advance(std::size_t done) override {
        REQUIRE_FALSE(stages.empty());
        if (done < stages.back().last) stages.back().monotone = false;
        stages.back().last = done;
    }
    const Stage* find(const std::string& name) const {
        for (const auto& s : stages)
            if (s.name == name) return &s;
        return nullptr;
    }
};

FitResult hs_cfa_fit(Progress* progress = nullptr) {
    const ModelSpec spec = read_model_spec(source_path("tests/fixtures/lavaan/hs_cfa/model.yaml"));
    return fit_model(spec.table, spec.data, spec.estimation, progress);
}

void check_complete(const RecordedProgress::Stage* stage) {
    REQUIRE(stage != nullptr);
    CAPTURE(stage->name);
    CHECK(stage->total > 0);
    CHECK(stage->last == stage->total);
    CHECK(stage->monotone);
}

}  // namespace

TEST_CASE("Progress: fit_model reports the search's evaluations and the information matrix to its end") {
    RecordedProgress progress;
    const FitResult fit = hs_cfa_fit(&progress);
    REQUIRE(progress.stages.size() == 2);
    const auto& search = progress.stages[0];
    CHECK(search.name == "estimating");
    CHECK(search.total == 0);  // unknown in advance
    CHECK(search.last > 0);
    CHECK(search.last <= static_cast<std::size_t>(fit.optimizer.evaluations));
    CHECK(search.monotone);
    check_complete(progress.find("standard errors"));
    CHECK(progress.find("standard errors")->total == information_entries(fit.table.free_count()));
}

TEST_CASE("Progress: the modification indices' counts reach their totals, one step per candidate") {
    const FitResult fit = hs_cfa_fit();
    RecordedProgress progress;
    const auto indices = modification_indices(fit, &progress);
    check_complete(progress.find("modification indices 1/2"));
    check_complete(progress.find("modification indices 2/2"));
    CHECK(progress.find("modification indices 2/2")->total >= indices.size());
    CHECK(indices.size() == modification_indices(fit).size());
}

TEST_CASE("Progress: the residuals' count reaches one step per free parameter, and the residuals do not depend on a listener") {
    const FitResult fit = hs_cfa_fit();
    RecordedProgress progress;
    const Residuals with = compute_residuals(fit, &progress);
    check_complete(progress.find("residuals"));
    CHECK(progress.find("residuals")->total == static_cast<std::size_t>(fit.table.free_count()));
    const Residuals without = compute_residuals(fit);
    CHECK(with.standardized.isApprox(without.standardized));
}

TEST_CASE("Progress: the bootstrap reports its replicates block by block to their total, the results unchanged") {
    ModelSpec spec = read_model_spec(source_path("examples/bootstrap/model.yaml"));
    spec.estimation.bootstrap->replicates = 600;  // more than one block of replicates
    RecordedProgress progress;
    const FitResult with = fit_model(spec.table, spec.data, spec.estimation, &progress);
    const RecordedProgress::Stage* stage = progress.find("bootstrap");
    check_complete(stage);
    CHECK(stage->total == 600);
    const FitResult without = fit_model(spec.table, spec.data, spec.estimation);
    REQUIRE(with.bootstrap);
    REQUIRE(without.bootstrap);
    CHECK(with.bootstrap->draws.cwiseEqual(without.bootstrap->draws).all());
}
