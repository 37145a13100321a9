#pragma once
// lavaan's model syntax (docs/model-spec.md, "lavaan syntax"), from a .lav file or a YAML block (`model: |`):
//
//   visual  =~ x1 + x2 + x3          # a latent variable and its indicators (first loading: the marker)
//   textual =~ NA*x4 + x5 + x6       # NA* frees the marker
//   y ~ a*visual + start(0.5)*x7     # regressions; labels, fixed values (0.5*x), start values
//   y ~ 1                            # an intercept
//   x1 ~~ x4; y ~~ 1*y               # covariances and variances, ';' separates statements
//   ab := a*2                        # a defined parameter
//   a + b == 2; v > 0.01             # constraints on labelled parameters (==, <, >)
//
// Statements end at a newline or ';' and continue on the next line when a line ends with an operator, '+' or '*',
// or the next line starts with '+'. '#' and '!' start comments. The lhs may be a '+' list (y1 + y2 ~ x).
#include <string>

#include "models/model_rows.hpp"

namespace jalur::models {

// Where the text sits in its file, so that every row and message names the file's own lines and columns.
struct TextOrigin {
    std::string file;
    int line = 1;    // of the text's first character
    int column = 1;  // of the text's first character
    int margin = 1;  // column of the first character of every further line (a YAML block's indentation + 1)
};

// The rows the text writes, in statement order with defined parameters last, every row located at its term;
// the lhs of every "=~" is a latent variable. Throws InputError at the line and column of the offending
// character: an unknown operator, a missing side, a malformed term or
// modifier, a repeated row, a label that names a variable, a defined parameter or a constraint that is not a function of labels.
ModelRows parse_lavaan_syntax(const std::string& text, const TextOrigin& origin);

}  // namespace jalur::models
