#include "report/simulation/slurm_scripts.hpp"

namespace jalur::report {

namespace {

// A word for the shell: single-quoted, a single quote inside as '\''.
std::string shell_word(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string header(const SlurmJob& job, const std::string& name) {
    std::string out = "#!/bin/bash\n#SBATCH --job-name=" + name + "\n#SBATCH --cpus-per-task=1\n";
    if (job.partition) out += "#SBATCH --partition=" + *job.partition + "\n";
    out += "#SBATCH --output=" + job.directory + "/logs/%x-%A_%a.out\n";
    return out;
}

}  // namespace

std::string slurm_array_script(const SlurmJob& job) {
    std::string out = header(job, "jalur-study");
    out += "#SBATCH --array=1-" + std::to_string(job.shards) + "\n";
    if (job.time) out += "#SBATCH --time=" + *job.time + "\n";
    out += "# Task k runs shard k/" + std::to_string(job.shards) +
           " of the study; every replication draws from its own random stream, so the\n"
           "# shards merged give the summaries of the whole run. Written by jalur simulate --slurm.\n"
           "set -euo pipefail\n"
           "k=${SLURM_ARRAY_TASK_ID}\n" +
           shell_word(job.jalur) + " simulate " + shell_word(job.study) + " --quiet --threads 1 --shard \"$k/" +
           std::to_string(job.shards) + "\" --shard-out " + shell_word(job.directory) + "\"/shards/shard-$k.csv\"\n";
    return out;
}

std::string slurm_merge_script(const SlurmJob& job) {
    std::string out = header(job, "jalur-merge");
    out += "# Starts after every task of the array job succeeded (submit.sh: --dependency=afterok).\n"
           "set -euo pipefail\n"
           "shards=()\n"
           "for k in $(seq 1 " + std::to_string(job.shards) + "); do shards+=(" + shell_word(job.directory) +
           "\"/shards/shard-$k.csv\"); done\n";
    const std::string merge = shell_word(job.jalur) + " simulate merge " + shell_word(job.study) + " \"${shards[@]}\"";
    out += merge + " -o " + shell_word(job.directory + "/summary.txt") + "\n";
    out += merge + " --format csv -o " + shell_word(job.directory + "/summary.csv") + "\n";
    out += merge + " --format csv --table models -o " + shell_word(job.directory + "/models.csv") + "\n";
    out += merge + " --format json -o " + shell_word(job.directory + "/summary.json") + "\n";
    return out;
}

std::string slurm_submit_script(const SlurmJob& job) {
    return "#!/bin/bash\n"
           "# Submits the array job of the study's shards and the merge job that waits for it.\n"
           "set -euo pipefail\n"
           "cd " + shell_word(job.directory) + "\n"
           "array=$(sbatch --parsable array.sbatch)\n"
           "merge=$(sbatch --parsable --dependency=afterok:${array%%;*} merge.sbatch)\n"
           "echo \"array job ${array}, merge job ${merge}: the summary will be in " + job.directory + "/summary.txt\"\n";
}

}  // namespace jalur::report
