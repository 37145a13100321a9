#include "cli/commands.hpp"

#include <boost/program_options.hpp>

#include "cli/command_line.hpp"
#include "cli/crosstab_command.hpp"
#include "cli/diagram_command.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/fit_command.hpp"
#include "cli/help_texts.hpp"
#include "cli/items_command.hpp"
#include "cli/scores_command.hpp"
#include "cli/servqual_command.hpp"
#include "cli/simulate_command.hpp"

namespace po = boost::program_options;

namespace jalur::cli {

namespace {

po::options_description global_options() {
    po::options_description options("Options");
    options.add_options()                                 //
        ("help,h", "show this help and exit")             //
        ("version", "print the version and exit");
    return options;
}

int run_help(const std::vector<std::string>& topics, std::ostream& out) {
    if (topics.empty()) return print_text(out, general_help());
    if (topics.size() > 1) throw UsageError("'jalur help' takes at most one command");
    if (topics[0] == "fit") return print_text(out, fit_help());
    if (topics[0] == "diagram") return print_text(out, diagram_help());
    if (topics[0] == "items") return print_text(out, items_help());
    if (topics[0] == "servqual") return print_text(out, servqual_help());
    if (topics[0] == "crosstab") return print_text(out, crosstab_help());
    if (topics[0] == "scores") return print_text(out, scores_help());
    if (topics[0] == "simulate") return print_text(out, simulate_help());
    if (topics[0] == "help") return print_text(out, general_help());
    throw UsageError("unknown command '" + topics[0] + "'");
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Global options come before the command; everything after the command belongs to it.
    std::size_t command_at = 0;
    while (command_at < args.size() && !args[command_at].empty() && args[command_at][0] == '-') ++command_at;
    const std::vector<std::string> global(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(command_at));

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(global).options(global_options()).style(kCommandLineStyle).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    if (vm.count("help")) return print_text(out, general_help());
    if (vm.count("version")) return print_text(out, std::string("jalur ") + JALUR_VERSION + "\n");
    if (command_at == args.size()) throw UsageError("no command given");

    const std::string& command = args[command_at];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(command_at) + 1, args.end());
    if (command == "fit") return run_fit_command(rest, out, err);
    if (command == "diagram") return run_diagram_command(rest, out, err);
    if (command == "items") return run_items_command(rest, out);
    if (command == "servqual") return run_servqual_command(rest, out);
    if (command == "crosstab") return run_crosstab_command(rest, out, err);
    if (command == "scores") return run_scores_command(rest, out);
    if (command == "simulate") return run_simulate_command(rest, out, err);
    if (command == "help") return run_help(rest, out);
    throw UsageError("unknown command '" + command + "'");
}

}  // namespace

std::string general_help() {
    return std::string(
               "Usage: jalur <command> [options]\n"
               "       jalur --help | --version\n"
               "\n"
               "Structural equation models estimated by maximum likelihood (or GLS, WLS, ULS, DWLS, robust ML),\n"
               "reported as LISREL 8 does, with bootstraps and Monte Carlo studies of the estimators.\n"
               "\n"
               "Commands:\n"
               "  fit MODEL.yaml   estimate the model and print its report\n"
               "  diagram MODEL    draw the fitted model's path diagram (SVG, PNG or DOT)\n"
               "  items DATA       item validity (item-total r) and reliability (Cronbach's alpha) of scales\n"
               "  servqual DATA    SERVQUAL gaps, priorities and importance-performance quadrants\n"
               "  crosstab DATA    chi-square test of two categorical variables (Fisher, Cramer's V)\n"
               "  scores DATA      respondents' scale scores and categories as CSV\n"
               "  simulate STUDY   a Monte Carlo study of estimators: bias, SEs, coverage, power, rejection rates\n"
               "  help [COMMAND]   show this help, or the help of COMMAND\n"
               "\n") +
           kModelFilesHelp + "\n" + describe(global_options()) + "\n" + kExitStatusHelp +
           "\nErrors go to standard error as 'jalur: error: <message>'.\n\n" + kDocumentationHelp;
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    try {
        return dispatch(args, out, err);
    } catch (...) {
        return report_failure(std::current_exception(), err);
    }
}

}  // namespace jalur::cli
