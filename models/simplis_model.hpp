#pragma once
// The model part of a SIMPLIS file → the user's rows of the parameter table:
//  - relationships "Y = X1 X2", "Y1 Y2 = X" and paths "X1 X2 -> Y", with fixed coefficients "0.5*X", start values
//    "(0.5)*X" and ranges "x1 - x3" (in the order of Observed or Latent Variables);
//    observed = latent is a loading (latent =~ observed), everything else a regression; a latent variable measured
//    only by latent variables is a second-order factor (its relationships become loadings, as lavaan writes them);
//  - Let the Errors of A and B Correlate; Set the [Error] Variance of A to v; Set the [Error] Covariance of A and B
//    to v; Set the Path from X to Y to v; Set the Path from X to Y1 Equal to the Path from X to Y2.
// Syntax errors are thrown as the lines are given; names and meaning are checked by finish().
#include <string>
#include <vector>

#include "engine/model/parameter_table.hpp"
#include "models/simplis_lines.hpp"

namespace jalur::models::simplis {

// A variable as written, or a range "x1 - x3".
struct NameRef {
    std::string text;
    SourceLocation where;
    std::string range_end;  // "x3" in "x1 - x3", else empty
    SourceLocation range_where;
};

struct Coefficient {
    enum Kind { None, Fixed, Start } kind = None;  // "X", "0.5*X", "(0.5)*X"
    double value = 0;
};

struct Term {
    NameRef name;
    Coefficient coefficient;
};

class ModelBuilder {
public:
    // A relationship or path: line.text[from...].
    void relationship(const CommandLine& line, std::size_t from);
    // The words after Let / Set: line.text[from...].
    void let(const CommandLine& line, std::size_t from);
    void set(const CommandLine& line, std::size_t from);

    bool empty() const { return relationships_.empty(); }

    // The rows, in the order written: relationships, then the Let and Set lines. `observed` and `latent` are the
    // declared names, where they were declared. Throws InputError for a name that is neither observed nor latent, a
    // repeated path, a latent variable without indicators, a Let or Set that does not fit the variable (the
    // variance of a dependent variable, the error of an independent one), ...
    // A factor whose scale the user set (a fixed loading, or its variance fixed) gets no marker loading from the
    // engine: its free loadings are marked free_explicit.
    std::vector<ParameterRow> finish(const std::vector<Word>& observed, const std::vector<Word>& latent) const;

    struct Relationship {  // predictors → outcomes, as written
        std::vector<Term> from;
        std::vector<Term> to;
        bool arrow = false;  // "X -> Y" (else "Y = X")
    };
    struct Pending {  // a Let or Set line
        enum Kind { ErrorCovariance, Covariance, ErrorVariance, Variance, FixPath, EqualPaths } kind = Variance;
        std::vector<NameRef> names;  // the variables; for paths: from, to (, from, to)
        double value = 0;
        bool fixed = false;
        SourceLocation where;
    };

private:
    std::vector<Relationship> relationships_;
    std::vector<Pending> pending_;
};

}  // namespace jalur::models::simplis
