#include "models/study_shards.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "engine/errors.hpp"
#include "models/csv_data.hpp"
#include "models/file_text.hpp"
#include "models/lexical.hpp"

namespace jalur::models {

namespace {

const std::string kManifestRule = "a manifest written by jalur simulate --shard";

int index_of(const std::vector<std::string>& names, const std::string& name) {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

double number_cell(const SourceLocation& where, const CsvCell& cell) {
    if (cell.text.empty()) return kNaN;
    const std::optional<double> value = parse_number(cell.text);
    if (!value)
        throw InputError({where.file, where.line, cell.column},
                         quoted(cell.text) + " is not a number, expected a number or an empty cell");
    return *value;
}

int whole_cell(const SourceLocation& where, const CsvCell& cell, int largest, const char* what) {
    const double value = number_cell(where, cell);
    if (!(value >= 1 && value <= largest && value == static_cast<int>(value)))
        throw InputError({where.file, where.line, cell.column},
                         std::string(what) + " '" + cell.text + "' is out of range, expected 1 to " + std::to_string(largest));
    return static_cast<int>(value);
}

}  // namespace

std::string study_hash(const std::string& study_path) {
    const std::string text = read_file_text(study_path, SourceLocation{study_path}, "the study file", "a study spec");
    std::uint64_t h = 14695981039346656037ULL;
    for (const unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return fmt::format("{:016x}", h);
}

std::string manifest_json(const ShardManifest& m) {
    const nlohmann::ordered_json doc{{"jalur_version", m.jalur_version}, {"study_hash", m.study_hash},
                                     {"seed", m.seed},                   {"replications", m.replications},
                                     {"conditions", m.conditions},       {"shard", m.shard},
                                     {"shards", m.shards},               {"fits", m.fits}};
    return doc.dump(2) + "\n";
}

ShardManifest read_manifest(const std::string& path) {
    const std::string text = read_file_text(path, SourceLocation{path}, "the shard manifest", kManifestRule);
    ShardManifest m;
    try {
        const nlohmann::json doc = nlohmann::json::parse(text);
        m.jalur_version = doc.at("jalur_version").get<std::string>();
        m.study_hash = doc.at("study_hash").get<std::string>();
        m.seed = doc.at("seed").get<std::uint64_t>();
        m.replications = doc.at("replications").get<int>();
        m.conditions = doc.at("conditions").get<int>();
        m.shard = doc.at("shard").get<int>();
        m.shards = doc.at("shards").get<int>();
        m.fits = doc.at("fits").get<std::size_t>();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(SourceLocation{path}, std::string("the manifest cannot be read (") + e.what() + "), expected " +
                                                   kManifestRule);
    }
    return m;
}

std::vector<ReplicateFit> read_replicates_csv(const std::string& path, const Study& study,
                                              const std::vector<std::vector<StudyParameter>>& parameters) {
    const std::string text = read_file_text(path, SourceLocation{path}, "the shard file", "a replicate CSV of jalur simulate");
    std::istringstream lines(text);
    std::string line;
    const std::string header =
        "condition,replication,analysis,estimator,status,kind,name,est,se,ci_lower,ci_upper,pvalue,message";
    if (!std::getline(lines, line) || line != header)
        throw InputError(SourceLocation{path, 1, 1}, "the header is not jalur simulate's, expected " + header);
    // One fit per (condition, replication, analysis, estimator), its rows consecutive.
    std::vector<ReplicateFit> fits;
    std::map<std::tuple<int, int, int, int>, std::size_t> slot;
    std::vector<std::string> analyses;
    std::vector<std::vector<std::string>> estimators;  // per analysis
    for (const StudyAnalysis& a : study.analyses) {
        analyses.push_back(a.name);
        estimators.emplace_back();
        for (const StudyEstimator& e : a.estimators) estimators.back().push_back(e.name);
    }
    for (int number = 2; std::getline(lines, line); ++number) {
        if (line.empty()) continue;
        const SourceLocation where{path, number, 0};
        const std::vector<CsvCell> cells = split_csv_line(where, line, ',');
        if (cells.size() != 13)
            throw InputError({path, number, 1}, std::to_string(cells.size()) + " cells, expected 13 (" + header + ")");
        const int c = whole_cell(where, cells[0], static_cast<int>(study.conditions.size()), "condition") - 1;
        const int r = whole_cell(where, cells[1], study.replications, "replication") - 1;
        const int a = index_of(analyses, cells[2].text);
        if (a < 0)
            throw InputError({path, number, cells[2].column}, "analysis " + quoted(cells[2].text) +
                                                                  " is not in the study, expected one of " + join(analyses));
        const auto& analysis_estimators = estimators[static_cast<std::size_t>(a)];
        const int e = index_of(analysis_estimators, cells[3].text);
        if (e < 0)
            throw InputError({path, number, cells[3].column}, "estimator " + quoted(cells[3].text) +
                                                                  " is not in the analysis, expected one of " +
                                                                  join(analysis_estimators));
        auto [it, fresh] = slot.emplace(std::make_tuple(c, r, a, e), fits.size());
        if (fresh) {
            ReplicateFit fit;
            fit.condition = c;
            fit.replication = r;
            fit.analysis = a;
            fit.estimator = e;
            const std::string& status = cells[4].text;
            fit.status = status == "converged" ? ReplicateStatus::Converged
                         : status == "not_converged" ? ReplicateStatus::NotConverged
                                                     : ReplicateStatus::Failed;
            fits.push_back(std::move(fit));
        }
        ReplicateFit& fit = fits[it->second];
        const double est = number_cell(where, cells[7]);
        if (cells[5].text == "parameter") {
            const auto& names = parameters[static_cast<std::size_t>(a)];
            const std::size_t k = fit.parameters.size();
            if (k >= names.size() || names[k].name != cells[6].text)
                throw InputError({path, number, cells[6].column},
                                 "parameter " + quoted(cells[6].text) + " is not the next of analysis " +
                                     study.analyses[static_cast<std::size_t>(a)].name + ", expected " +
                                     (k < names.size() ? names[k].name : "its model rows") + " (a shard of this study)");
            fit.parameters.push_back({est, number_cell(where, cells[8]), number_cell(where, cells[9]),
                                      number_cell(where, cells[10]), number_cell(where, cells[11])});
        } else if (cells[5].text == "model") {
            const std::string& name = cells[6].text;
            if (name == "chisq") fit.chisq = est;
            else if (name == "df") fit.df = est;
            else if (name == "pvalue") fit.pvalue = est;
            else if (name == "cfi") fit.cfi = est;
            else if (name == "tli") fit.tli = est;
            else if (name == "rmsea") fit.rmsea = est;
            else if (name == "srmr") fit.srmr = est;
            else if (name == "heywood") fit.heywood = est == 1;
            fit.message = cells[12].text;
        } else {
            throw InputError({path, number, cells[5].column}, "kind " + quoted(cells[5].text) + ", expected parameter or model");
        }
    }
    return fits;
}

std::vector<ReplicateFit> merge_shards(const std::vector<std::string>& shard_files, const std::string& study_path,
                                       const Study& study, const std::vector<std::vector<StudyParameter>>& parameters) {
    const std::string hash = study_hash(study_path);
    std::vector<ReplicateFit> all;
    std::set<int> shards_seen;
    int shard_count = 0;
    for (const std::string& file : shard_files) {
        const std::string manifest_path = file + ".manifest.json";
        const ShardManifest m = read_manifest(manifest_path);
        auto refuse = [&](const std::string& what, const std::string& rule) {
            throw InputError(SourceLocation{manifest_path}, what + ", expected " + rule);
        };
        if (m.study_hash != hash || m.seed != study.seed || m.replications != study.replications ||
            m.conditions != static_cast<int>(study.conditions.size()))
            refuse("the shard is of another study (or of an earlier version of " + study_path + ")",
                   "shards written from this study file as it is now");
        if (shard_count == 0) shard_count = m.shards;
        if (m.shards != shard_count)
            refuse("the shard is 1 of " + std::to_string(m.shards) + ", the others of " + std::to_string(shard_count),
                   "the shards of one split");
        if (!shards_seen.insert(m.shard).second)
            refuse("shard " + std::to_string(m.shard) + " is given twice", "each shard once");
        std::vector<ReplicateFit> fits = read_replicates_csv(file, study, parameters);
        if (fits.size() != m.fits)
            refuse("the manifest counts " + std::to_string(m.fits) + " fits and the file has " + std::to_string(fits.size()),
                   "a complete shard file");
        const Shard shard{m.shard - 1, m.shards};
        for (const ReplicateFit& f : fits)
            if (!shard.contains(f.replication))
                throw InputError(SourceLocation{file}, "replication " + std::to_string(f.replication + 1) +
                                                           " is not in shard " + std::to_string(m.shard) + "/" +
                                                           std::to_string(m.shards) + ", expected the shard's own");
        all.insert(all.end(), fits.begin(), fits.end());
    }
    std::vector<int> missing;
    for (int k = 1; k <= shard_count; ++k)
        if (!shards_seen.count(k)) missing.push_back(k);
    if (!missing.empty()) {
        std::vector<std::string> names;
        for (const int k : missing) names.push_back(std::to_string(k) + "/" + std::to_string(shard_count));
        throw InputError(SourceLocation{shard_files.front()}, "shard " + join(names) + " is missing, expected all " +
                                                                  std::to_string(shard_count) + " shards");
    }
    std::size_t expected = 0;
    for (const StudyAnalysis& a : study.analyses) expected += a.estimators.size();
    expected *= study.conditions.size() * static_cast<std::size_t>(study.replications);
    if (all.size() != expected)
        throw InputError(SourceLocation{shard_files.front()}, "the shards hold " + std::to_string(all.size()) +
                                                                  " fits, expected " + std::to_string(expected) +
                                                                  " (every replication of every condition once)");
    return all;
}

}  // namespace jalur::models
