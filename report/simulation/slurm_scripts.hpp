#pragma once
// The Slurm job scripts of a sharded study (`jalur simulate STUDY --slurm DIR --shards N`, docs/simulation.md):
// an array job whose task k runs shard k/N, a merge job to start after it (--dependency=afterok), and a submit
// script that does both.
#include <optional>
#include <string>

namespace jalur::report {

struct SlurmJob {
    std::string jalur;       // the jalur executable, absolute
    std::string study;       // the study file, absolute
    std::string directory;   // where the scripts, shards/ and the summary go, absolute
    int shards = 1;
    std::optional<std::string> partition;  // #SBATCH --partition
    std::optional<std::string> time;       // #SBATCH --time of each array task
};

std::string slurm_array_script(const SlurmJob& job);
std::string slurm_merge_script(const SlurmJob& job);
std::string slurm_submit_script(const SlurmJob& job);

}  // namespace jalur::report
