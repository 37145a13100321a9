#pragma once
// The parameters a user need not write, as lavaan's sem() adds them (fixed.x = FALSE; LISREL's defaults
// are the same where LISREL has one; `exogenous: fixed` then fixes some of them, fixed_exogenous.hpp):
//  - a scale for every latent variable: its first loading fixed to 1 (marker), or with std_lv its
//    (residual) variance fixed to 1;
//  - a free (residual) variance for every variable;
//  - free covariances among exogenous observed variables, and among exogenous latent variables;
//  - free residual covariances among the pure outcomes: variables regressed on others that predict nothing
//    and measure nothing (lavaan's auto.cov.y);
//  - with a mean structure (lavaan's meanstructure = TRUE): a free intercept (or mean) for every observed
//    variable and a mean fixed at 0 for every latent variable, unless the user wrote `v ~1`.
#include <string>
#include <vector>

#include "engine/estimation/estimation_options.hpp"
#include "engine/model/parameter_table.hpp"

namespace jalur {

// The table with the default rows appended (user = false). Rows the user wrote are never changed, except
// that a marker loading the user left free is fixed at 1 — or, as lavaan does, at its start value when it has
// one but was not freed on purpose (lavaan syntax's start(v)*x without NA), which a note in `notes` says.
ParameterTable with_default_parameters(const ParameterTable& table,
                                       Identification identification = Identification::Marker,
                                       bool meanstructure = false, std::vector<std::string>* notes = nullptr);

}  // namespace jalur
