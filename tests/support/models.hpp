#pragma once
// Small models built in code for engine tests: the thesis path model and variations on it, and a
// two-factor model that exercises latent variables in the RAM machinery.
#include <string>

#include "engine/model/parameter_table.hpp"
#include "engine/data/sample_moments.hpp"

namespace jalur::testing {

inline ParameterRow path(const std::string& outcome, const std::string& predictor, const std::string& label = "") {
    ParameterRow r;
    r.lhs = outcome;
    r.op = Op::Regression;
    r.rhs = predictor;
    r.label = label;
    return r;
}

inline ParameterRow fixed_path(const std::string& outcome, const std::string& predictor, double value) {
    ParameterRow r = path(outcome, predictor);
    r.free = false;
    r.value = value;
    return r;
}

inline ParameterRow loading(const std::string& factor, const std::string& indicator, const std::string& label = "") {
    ParameterRow r;
    r.lhs = factor;
    r.op = Op::Loading;
    r.rhs = indicator;
    r.label = label;
    return r;
}

inline ParameterRow fixed_loading(const std::string& factor, const std::string& indicator, double value) {
    ParameterRow r = loading(factor, indicator);
    r.free = false;
    r.value = value;
    return r;
}

inline ParameterRow covariance(const std::string& a, const std::string& b, const std::string& label = "") {
    ParameterRow r;
    r.lhs = a;
    r.op = Op::Covariance;
    r.rhs = b;
    r.label = label;
    return r;
}

inline ParameterRow fixed_covariance(const std::string& a, const std::string& b, double value) {
    ParameterRow r = covariance(a, b);
    r.free = false;
    r.value = value;
    return r;
}

inline ParameterRow defined(const std::string& name, const std::string& expression) {
    ParameterRow r;
    r.lhs = name;
    r.op = Op::Defined;
    r.rhs = expression;
    r.free = false;
    return r;
}

// `variable ~1`: a free intercept (or mean), and one fixed at a value.
inline ParameterRow intercept(const std::string& variable, const std::string& label = "") {
    ParameterRow r;
    r.lhs = variable;
    r.op = Op::Intercept;
    r.label = label;
    return r;
}

inline ParameterRow fixed_intercept(const std::string& variable, double value) {
    ParameterRow r = intercept(variable);
    r.free = false;
    r.value = value;
    return r;
}

// The covariance matrix of Lampiran G in seed 004 (LISREL 8.70 printout), N = 250.
inline SampleMoments thesis_moments() {
    SampleMoments d;
    d.names = {"KEPUASAN", "BOR", "KUALITAS"};
    d.n = 250;
    d.covariance.resize(3, 3);
    d.covariance << 161.90, 7.66, 71.55,  //
        7.66, 3.02, 12.37,                //
        71.55, 12.37, 186.78;
    return d;
}

// KUALITAS → KEPUASAN → BOR and KUALITAS → BOR, with the indirect and total effect defined.
inline ParameterTable thesis_model() {
    ParameterTable t;
    t.rows = {path("KEPUASAN", "KUALITAS", "a"), path("BOR", "KEPUASAN", "b"), path("BOR", "KUALITAS", "c"),
              defined("indirect", "a*b"), defined("total", "c + a*b")};
    return t;
}

// Six indicators of two correlated factors (x1..x3 on F, x4..x6 on G), with a covariance matrix generated
// from known values so the model fits nearly but not exactly.
inline SampleMoments two_factor_moments() {
    SampleMoments d;
    d.names = {"x1", "x2", "x3", "x4", "x5", "x6"};
    d.n = 300;
    d.covariance.resize(6, 6);
    d.covariance << 2.00, 1.10, 0.95, 0.42, 0.38, 0.30,  //
        1.10, 2.40, 1.05, 0.45, 0.36, 0.33,              //
        0.95, 1.05, 1.90, 0.40, 0.41, 0.28,              //
        0.42, 0.45, 0.40, 3.10, 1.60, 1.35,              //
        0.38, 0.36, 0.41, 1.60, 2.70, 1.20,              //
        0.30, 0.33, 0.28, 1.35, 1.20, 2.20;
    return d;
}

inline ParameterTable two_factor_model() {
    ParameterTable t;
    // As a reader writes it: the engine's defaults make x1 and x4 the markers (or, with std_lv, fix the
    // factor variances).
    t.rows = {loading("F", "x1"), loading("F", "x2"), loading("F", "x3"),
              loading("G", "x4"), loading("G", "x5"), loading("G", "x6")};
    return t;
}

}  // namespace jalur::testing
