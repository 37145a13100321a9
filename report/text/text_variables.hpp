#pragma once
// What the sections of the text report share: the variables in LISREL's roles and the matrices built from
// the sample and implied covariances or from the (co)variance parameters of the model.
#include <optional>
#include <string>
#include <vector>

#include "engine/results/fit_result.hpp"
#include "report/fit/fit_report.hpp"
#include "report/text/lisrel_matrix.hpp"

namespace jalur::report {

// The variables in LISREL's roles. In a path model the Y are the endogenous and the X the exogenous
// observed variables. With latent variables the indicators get measurement equations, and Y and X are the
// variables of the structural part (latent or observed), as ETA and KSI in LISREL.
struct Variables {
    std::vector<std::string> indicators;  // observed variables measuring a latent variable
    std::vector<std::string> y, x, yx;    // structural outcomes, the other structural variables, both
    std::vector<std::string> observed;    // observed variables, endogenous first (LISREL's Y then X)
    bool latent = false;
};

Variables variables_of(const FitResult& r);

// Element (a, b) of a matrix whose rows and columns are in the order of `order`; NaN when a name is not there.
double element(const std::vector<std::string>& order, const Eigen::MatrixXd& m, const std::string& a,
               const std::string& b);

// A covariance (or, with `correlation`, correlation) matrix `m` in the order of r.observed, printed for `names`.
std::string covariance_matrix(const std::string& title, const FitResult& r, const Eigen::MatrixXd& m,
                              const std::vector<std::string>& names, bool correlation);

bool off_diagonal_present(const std::vector<std::vector<std::optional<MatrixEntry>>>& entries);

std::vector<std::optional<MatrixEntry>> diagonal(const std::vector<std::vector<std::optional<MatrixEntry>>>& m);

}  // namespace jalur::report
