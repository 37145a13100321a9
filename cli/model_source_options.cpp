#include "cli/model_source_options.hpp"

#include "cli/csv_dialect_options.hpp"
#include "cli/diagnostics.hpp"
#include "models/lexical.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

void add_model_source_options(po::options_description& options) {
    options.add_options()  //
        ("data", po::value<std::string>()->value_name("FILE"),
         "the raw data (CSV, or SPSS .sav) of a lavaan model file MODEL.lav; a YAML spec names its own data")  //
        ("estimator", po::value<std::string>()->value_name("NAME"),
         "ML (the default), GLS, WLS (or ADF), ULS, DWLS, or robust ML: MLM, MLMV, MLMVS, MLR (lavaan's), over the "
         "model spec's; WLS, DWLS and the robust ones need raw data")  //
        ("likelihood", po::value<std::string>()->value_name("NAME"),
         "with --data: normal (n = N, the default, as lavaan) or wishart (n = N - 1, as LISREL)")  //
        ("std-lv", "with --data: scale latent variables by fixing their variances to 1 instead of their first "
                   "loadings")  //
        ("fixed-x", "with --data: fix the variances, covariances and means of the exogenous observed variables at "
                    "their sample values, as lavaan's sem() does by default (fixed.x = TRUE): npar, logL, AIC, BIC "
                    "and GFI as lavaan's; without it they are estimated, as LISREL estimates Phi");
    add_csv_dialect_options(options);
}

void read_model_source_options(const ParsedCommand& parsed, ModelSource& options, const std::string& command) {
    const po::variables_map& vm = parsed.options;
    const std::string help = "jalur help " + command;
    const bool lav = models::file_extension(options.model_path) == ".lav";
    if (vm.count("data")) {
        if (!lav)
            throw UsageError("--data is for a lavaan model file (.lav); the spec " + options.model_path +
                                 " has its own data section",
                             help);
        options.data_path = vm["data"].as<std::string>();
        if (options.data_path->empty()) throw UsageError("the data file name is empty", help);
    } else if (lav) {
        throw UsageError("a lavaan model file names no data: jalur " + command + " " + options.model_path + " --data DATA.csv",
                         help);
    }
    if (!options.data_path && (vm.count("likelihood") || vm.count("std-lv") || vm.count("fixed-x")))
        throw UsageError("--likelihood, --std-lv and --fixed-x go with a .lav model and --data; a YAML spec sets "
                         "them under estimation:",
                         help);
    if (vm.count("likelihood")) {
        const std::string name = vm["likelihood"].as<std::string>();
        options.likelihood = parse_likelihood(name);
        if (!options.likelihood)
            throw UsageError("unknown likelihood '" + name + "', expected normal or wishart", help);
    }
    if (vm.count("estimator")) {
        const std::string name = vm["estimator"].as<std::string>();
        options.estimator = parse_estimator_choice(name);
        if (!options.estimator) throw UsageError("unknown estimator '" + name + "', expected " + kEstimatorChoices, help);
    }
    options.std_lv = vm.count("std-lv") > 0;
    options.fixed_x = vm.count("fixed-x") > 0;
    options.dialect = csv_dialect_option(parsed, options.data_path.value_or(options.model_path), help);
}

}  // namespace jalur::cli
