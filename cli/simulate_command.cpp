#include "cli/simulate_command.hpp"

#include "cli/atomic_file.hpp"
#include "cli/command_line.hpp"
#include "cli/diagnostics.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output_target.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "cli/report_style_options.hpp"
#include "engine/simulation/performance.hpp"
#include "models/study_shards.hpp"
#include "models/study_spec.hpp"
#include "report/simulation/simulation_report.hpp"
#include "report/simulation/slurm_scripts.hpp"

#include <filesystem>

namespace po = boost::program_options;

namespace jalur::cli {

namespace {

const char* const kHelp = "jalur help simulate";

po::options_description simulate_options() {
    po::options_description options("Options");
    options.add_options()  //
        ("format,f", po::value<std::string>()->value_name("FORMAT"),
         "report format: text (the default), json, csv (the parameters' summary; --table models for the models'), "
         "markdown (APA-style tables) or html (one page with the tables and plots of bias and coverage by N)")  //
        ("table", po::value<std::string>()->value_name("TABLE"), "with --format csv: parameters (the default) or models")  //
        ("lang", po::value<std::string>()->value_name("LANG"), "the language of the text, markdown and html reports: en or id")  //
        ("output,o", po::value<std::string>()->value_name("FILE"),
         "write the report to FILE (- for standard output), replaced only when it is complete")  //
        ("replicates-out", po::value<std::string>()->value_name("FILE"),
         "also write every fit's estimates, SEs, intervals, p-values and fit measures as a long CSV")  //
        ("threads", po::value<std::string>()->value_name("N"), "threads (default: every core); the results do not depend on it")  //
        ("shard", po::value<std::string>()->value_name("K/N"),
         "run only shard K of N (the replications r with r mod N = K - 1) and write its replicates to --shard-out "
         "with a manifest, for jalur simulate merge")  //
        ("shard-out", po::value<std::string>()->value_name("FILE"),
         "with --shard: the shard's replicate CSV (and FILE.manifest.json)")  //
        ("slurm", po::value<std::string>()->value_name("DIR"),
         "write Slurm job scripts into DIR instead of running: an array job of --shards tasks (each one shard), a "
         "merge job that waits for it, and submit.sh that submits both")  //
        ("shards", po::value<std::string>()->value_name("N"), "with --slurm: the number of shards (array tasks)")  //
        ("partition", po::value<std::string>()->value_name("P"), "with --slurm: #SBATCH --partition")  //
        ("time", po::value<std::string>()->value_name("T"), "with --slurm: #SBATCH --time of each task (e.g. 00:30:00)")  //
        ("quiet,q", "no progress bar")  //
        ("help,h", "show this help and exit");
    return options;
}

models::ShardManifest manifest_of(const std::string& study_path, const Study& study, const Shard& shard,
                                  std::size_t fits) {
    models::ShardManifest m;
    m.jalur_version = JALUR_VERSION;
    m.study_hash = models::study_hash(study_path);
    m.seed = study.seed;
    m.replications = study.replications;
    m.conditions = static_cast<int>(study.conditions.size());
    m.shard = shard.index + 1;
    m.shards = shard.count;
    m.fits = fits;
    return m;
}

Shard parse_shard(const std::string& text) {
    const auto slash = text.find('/');
    const std::string rule = "K/N with 1 <= K <= N, e.g. 3/8";
    if (slash == std::string::npos) throw UsageError("invalid --shard value '" + text + "', expected " + rule, kHelp);
    const long count = whole_number_option("--shard", text.substr(slash + 1), 1, 100000, kHelp);
    const long index = whole_number_option("--shard", text.substr(0, slash), 1, count, kHelp);
    return {static_cast<int>(index - 1), static_cast<int>(count)};
}

struct ReportOptions {
    report::ReportFormat format = report::ReportFormat::Text;
    report::SimulationTable table = report::SimulationTable::Parameters;
    report::Language language = report::Language::English;
    std::optional<std::string> output;
};

ReportOptions report_options(const ParsedCommand& command) {
    ReportOptions o;
    o.format = format_option(command, {"text", "json", "csv", "markdown", "html"}, report::ReportFormat::Text, kHelp);
    o.output = output_option(command, kHelp);
    if (const auto table = text_option(command, "table", kHelp)) {
        if (o.format != report::ReportFormat::Csv) throw UsageError("--table chooses the table of a CSV report; add --format csv", kHelp);
        if (*table == "models") o.table = report::SimulationTable::Models;
        else if (*table != "parameters") throw UsageError("unknown table '" + *table + "', expected parameters or models", kHelp);
    }
    o.language = report_style_option(command, o.format, kHelp).language;  // simulate has --lang, no --decimal-comma
    return o;
}

// --slurm DIR: the scripts of a sharded run (nothing is simulated here); the study is read first, so that a bad
// study is refused before any job is written.
int write_slurm_scripts(const ParsedCommand& command, const std::string& study_path, std::ostream& out) {
    const auto directory = text_option(command, "slurm", kHelp);
    const auto shards = text_option(command, "shards", kHelp);
    if (!shards) throw UsageError("--slurm needs --shards N, the number of array tasks", kHelp);
    (void)models::read_study_spec(study_path);
    namespace fs = std::filesystem;
    report::SlurmJob job;
    job.jalur = fs::canonical("/proc/self/exe").string();
    job.study = fs::absolute(study_path).lexically_normal().string();
    job.directory = fs::absolute(*directory).lexically_normal().string();
    job.shards = static_cast<int>(whole_number_option("--shards", *shards, 1, 100000, kHelp));
    job.partition = text_option(command, "partition", kHelp);
    job.time = text_option(command, "time", kHelp);
    std::error_code error;
    for (const char* sub : {"", "/shards", "/logs"}) fs::create_directories(job.directory + sub, error);
    if (error) throw OutputError("cannot create " + job.directory + " (" + error.message() + ")");
    const std::pair<const char*, std::string> files[] = {{"array.sbatch", report::slurm_array_script(job)},
                                                         {"merge.sbatch", report::slurm_merge_script(job)},
                                                         {"submit.sh", report::slurm_submit_script(job)}};
    for (const auto& [name, text] : files) write_report(text, job.directory + "/" + name, out);
    fs::permissions(job.directory + "/submit.sh", fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add,
                    error);
    return print_text(out, "wrote " + job.directory + "/array.sbatch (" + std::to_string(job.shards) +
                               " tasks), merge.sbatch and submit.sh; run " + job.directory + "/submit.sh\n");
}

int run_merge(const ParsedCommand& command, std::ostream& out) {
    const std::vector<std::string>& positional = command.positional;
    if (positional.size() < 3)
        throw UsageError("jalur simulate merge needs the study file and its shard files: jalur simulate merge "
                         "STUDY.yaml SHARD.csv...",
                         kHelp);
    const ReportOptions options = report_options(command);
    const std::string& study_path = positional[1];
    const std::vector<std::string> files(positional.begin() + 2, positional.end());
    std::vector<NamedFile> inputs{{"the study file", study_path}};
    for (const std::string& f : files) inputs.push_back({"a shard file", f});
    check_distinct_files(inputs, {{"--output", options.output.value_or("")}}, kHelp);
    const Study study = models::read_study_spec(study_path);
    report::SimulationReport report;
    report.study = &study;
    report.study_path = study_path;
    report.parameters = study_parameters(study);
    report.cells = summarize_study(study, report.parameters, models::merge_shards(files, study_path, study, report.parameters));
    report.shards = "merged from " + std::to_string(files.size()) + " shards";
    report.language = options.language;
    report.table = options.table;
    write_report(report::render_simulation_report(options.format, report), options.output, out);
    return kExitSuccess;
}

}  // namespace

std::string simulate_help() {
    return std::string(
               "Usage: jalur simulate STUDY.yaml [--format text|json|csv|markdown|html] [--table parameters|models]\n"
               "                      [--lang en|id]\n"
               "                      [--output FILE] [--replicates-out FILE] [--threads N] [--quiet]\n"
               "       jalur simulate STUDY.yaml --shard K/N --shard-out FILE.csv [--threads N]\n"
               "       jalur simulate merge STUDY.yaml SHARD.csv... [--format ...] [--output FILE]\n"
               "       jalur simulate STUDY.yaml --slurm DIR --shards N [--partition P] [--time T]\n"
               "\n"
               "Runs the Monte Carlo study in STUDY.yaml (docs/simulation.md): data sets drawn from the population\n"
               "model under each condition (sample size, distribution, missingness), each fitted by every analysis\n"
               "model with every estimator; reports per condition, analysis and estimator the convergence, the\n"
               "chi-square rejection rate and fit indices, and each parameter's bias, empirical and mean SE, SE\n"
               "ratio, coverage and power or type-I error with Monte Carlo SEs. Replication r of condition c draws\n"
               "from the random stream keyed by (seed, r, c): the same results for any --threads and any split\n"
               "into shards, which merge gives back bit for bit.\n"
               "\n") +
           describe(simulate_options()) + "\nExit status as for jalur fit (jalur help fit).\n";
}

int run_simulate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedCommand command = parse_command(args, simulate_options(), kHelp);
    if (command.options.count("help")) return print_text(out, simulate_help());
    if (!command.positional.empty() && command.positional.front() == "merge") return run_merge(command, out);
    const std::string study_path = single_positional(command, "study file", "jalur simulate STUDY.yaml", kHelp);
    if (command.options.count("slurm")) return write_slurm_scripts(command, study_path, out);
    for (const char* option : {"shards", "partition", "time"})
        if (command.options.count(option))
            throw UsageError(std::string("--") + option + " goes with --slurm DIR", kHelp);
    const ReportOptions options = report_options(command);
    const auto replicates_out = text_option(command, "replicates-out", kHelp);
    const auto shard_text = text_option(command, "shard", kHelp);
    const auto shard_out = text_option(command, "shard-out", kHelp);
    if (shard_text.has_value() != shard_out.has_value())
        throw UsageError("--shard and --shard-out go together: a shard writes its replicates for jalur simulate merge", kHelp);
    const Shard shard = shard_text ? parse_shard(*shard_text) : Shard{};
    int threads = 0;
    if (const auto t = text_option(command, "threads", kHelp)) threads = static_cast<int>(whole_number_option("--threads", *t, 1, 4096, kHelp));
    check_distinct_files({{"the study file", study_path}},
                         {{"--output", options.output.value_or("")},
                          {"--replicates-out", replicates_out.value_or("")},
                          {"--shard-out", shard_out.value_or("")}},
                         kHelp);

    ProgressBar progress(err, progress_wanted(command.options.count("quiet") > 0));
    const Study study = models::read_study_spec(study_path);
    const std::vector<ReplicateFit> fits = run_study(study, shard, threads, &progress);
    const std::vector<std::vector<StudyParameter>> parameters = study_parameters(study);
    if (shard_text) {
        const std::string csv = report::render_replicates_csv(study, parameters, fits);
        const std::string manifest = models::manifest_json(manifest_of(study_path, study, shard, fits.size()));
        progress.finish();
        write_report(csv, shard_out, out);
        write_report(manifest, *shard_out + ".manifest.json", out);
        return kExitSuccess;
    }
    report::SimulationReport report;
    report.study = &study;
    report.study_path = study_path;
    report.parameters = parameters;
    report.cells = summarize_study(study, parameters, fits);
    report.language = options.language;
    report.table = options.table;
    const std::string text = report::render_simulation_report(options.format, report);
    const std::string replicates = replicates_out ? report::render_replicates_csv(study, parameters, fits) : std::string();
    progress.finish();
    if (replicates_out) write_report(replicates, replicates_out, out);
    write_report(text, options.output, out);
    return kExitSuccess;
}

}  // namespace jalur::cli
