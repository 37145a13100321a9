#pragma once
// The paragraphs that `jalur help` and `jalur help fit` share: which model files and data jalur reads, and where
// the documentation is, so that a user who starts from the help finds the lavaan and SIMPLIS forms and the docs.

namespace jalur::cli {

inline constexpr const char* kModelFilesHelp =
    "Model files (fit, diagram), by their extension:\n"
    "  MODEL.yaml, .yml       jalur's model spec, which names its data (docs/model-spec.md)\n"
    "  MODEL.lav --data DATA  lavaan model syntax, fitted to the raw data in DATA\n"
    "  MODEL.spl, .spj, .ls8  LISREL SIMPLIS command file, with its covariance matrix or raw data\n"
    "Data: raw data as CSV (.csv; separator and decimal mark detected, or --sep and --decimal) or SPSS\n"
    "(.sav, .zsav), or a covariance or correlation matrix written in the model file.\n";

inline constexpr const char* kDocumentationHelp =
    "Documentation: the folder docs/ of jalur's source: cli.md (commands, options, reports, exit\n"
    "codes), model-spec.md (YAML, lavaan and SIMPLIS models, data, estimators), questionnaires.md and\n"
    "servqual.md (items, servqual, crosstab, scores), reports.md (Markdown, HTML, path diagrams),\n"
    "fit-indices.md, bootstrap.md, simulation.md, reproducing-lisrel.md; worked examples in examples/.\n";

}  // namespace jalur::cli
