#pragma once
// The files a shard of a Monte Carlo study writes (`jalur simulate STUDY --shard k/K --shard-out FILE`) and
// `jalur simulate merge` reads back: FILE, the replicate-level CSV (report/simulation/simulation_report.hpp), and
// FILE.manifest.json, what was run: {"jalur_version", "study_hash", "seed", "replications", "conditions",
// "shard": k, "shards": K, "fits"}.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/simulation/study.hpp"

namespace jalur::models {

struct ShardManifest {
    std::string jalur_version;
    std::string study_hash;  // of the study file's bytes (FNV-1a 64, hex)
    std::uint64_t seed = 0;
    int replications = 0, conditions = 0, shard = 1, shards = 1;
    std::size_t fits = 0;
};

// The hash of a study file's bytes, for manifests.
std::string study_hash(const std::string& study_path);

std::string manifest_json(const ShardManifest& manifest);
ShardManifest read_manifest(const std::string& path);

// The fits of a replicate CSV, checked against the study (analyses, estimators and parameter names, conditions
// and replications in range). InputError at file and line for anything else.
std::vector<ReplicateFit> read_replicates_csv(const std::string& path, const Study& study,
                                              const std::vector<std::vector<StudyParameter>>& parameters);

// Every shard's fits after checking that the manifests agree with each other and with the study (its hash,
// seed, replications, conditions), that shards 1..K each appear once, and that every (condition, replication,
// analysis, estimator) appears exactly once. InputError naming the file otherwise; nothing is returned partly.
std::vector<ReplicateFit> merge_shards(const std::vector<std::string>& shard_files, const std::string& study_path,
                                       const Study& study, const std::vector<std::vector<StudyParameter>>& parameters);

}  // namespace jalur::models
