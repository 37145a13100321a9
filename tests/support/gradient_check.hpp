#pragma once
// check_gradient(objective, θ): the analytic gradient of an objective equals central differences at θ, entry
// by entry, as Ceres' GradientChecker and Stan's expect_ad do for every objective on every test model.
#include <doctest/doctest.h>

#include <Eigen/Dense>
#include <limits>
#include <algorithm>
#include <cmath>

#include "engine/estimation/optimizer.hpp"

namespace jalur::testing {

// Returns false (checking nothing) when θ is infeasible, so that a caller drawing random points can draw
// again. Central differences with one Richardson step: error O(h⁴), so h can stay large enough that rounding
// in F does not matter; h = relative_step · max(1, |θ_k|). Models of real data, whose F curves sharply in some
// parameters, need a smaller step than the small test models.
inline bool check_gradient(Objective& objective, const Eigen::VectorXd& theta, double relative_step = 1e-3) {
    double f = 0;
    Eigen::VectorXd gradient;
    if (!objective.evaluate(theta, &f, &gradient)) return false;
    for (Eigen::Index k = 0; k < theta.size(); ++k) {
        auto central = [&](double h) {
            Eigen::VectorXd up = theta, down = theta;
            up[k] += h;
            down[k] -= h;
            double f_up = 0, f_down = 0;
            REQUIRE(objective.evaluate(up, &f_up, nullptr));
            REQUIRE(objective.evaluate(down, &f_down, nullptr));
            return (f_up - f_down) / (2 * h);
        };
        const double h = relative_step * std::max(1.0, std::abs(theta[k]));
        const double numeric = (4 * central(h / 2) - central(h)) / 3;
        // The differences carry F's rounding error, |F| ε / h: no better than that can they be compared (it
        // matters for least squares on unscaled data, where F is in the thousands).
        const double rounding = 10 * std::abs(f) * std::numeric_limits<double>::epsilon() / h;
        CAPTURE(k);
        CHECK(gradient[k] == doctest::Approx(numeric).epsilon(1e-6).scale(std::max(1e-3, rounding / 1e-6)));
    }
    return true;
}

}  // namespace jalur::testing
