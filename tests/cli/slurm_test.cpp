// jalur simulate --slurm through a real single-node Slurm (issue 15, docs/simulation.md): the scripts it writes,
// submitted with sbatch, run the shards as an array job and merge them in a job that waits for it, and the summary
// is the unsharded run's, byte for byte. scripts/start-local-slurm.sh starts Slurm (as root, installing slurm-wlm
// and munge when missing); where it cannot, the test says why and is skipped (ctest reports it as skipped).
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <string>
#include <thread>

#include "support/run_jalur.hpp"
#include "support/scratch.hpp"

using namespace jalur::testing;

namespace {

// A small study: one indirect effect, fitted by ML, 2 conditions × 24 replications (4 shards of 12 fits).
const std::string kStudy = R"(title: slurm study
population:
  model: |
    m ~ 0.4*x
    y ~ 0.3*m + 0.1*x
    x ~~ 1*x
    m ~~ 0.84*m
    y ~~ 0.88*y
analyses:
  - name: partial
    model: |
      m ~ a*x
      y ~ b*m + x
      ab := a*b
    estimators: [ML]
design:
  n: [80, 160]
  replications: 24
  seed: 11
)";

constexpr int kCannotStart = 77;     // scripts/start-local-slurm.sh: Slurm cannot be started on this machine
constexpr int kWaitSeconds = 120;    // a guard against a hang: the jobs take a few seconds

// Waits until the jobs `ids` ("A,B") have left Slurm's queue; cancels them when they have not after kWaitSeconds,
// or when the merge job can never start (a task of the array failed, so afterok is never satisfied). Returns ""
// or what went wrong.
std::string wait_for_jobs(const std::string& ids) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kWaitSeconds);
    for (;;) {
        const Run queue = run_shell("timeout 30 squeue -h -o '%i %T %r' -j " + ids);
        // A job Slurm has forgotten (MinJobAge) is an invalid id: done as well.
        const bool forgotten = queue.err.find("Invalid job id") != std::string::npos;
        if (queue.out.empty() && (queue.status == 0 || forgotten)) return "";
        const bool never = queue.out.find("DependencyNeverSatisfied") != std::string::npos;
        if (never || std::chrono::steady_clock::now() > deadline) {
            run_shell("timeout 30 scancel " + ids);
            return std::string(never ? "a task of the array job failed"
                                     : "the jobs did not finish within " + std::to_string(kWaitSeconds) + " s") +
                   "; squeue: " + queue.out + queue.err;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
}

// Every job's log (DIR/logs), for the message of a failure.
std::string job_logs(const std::string& directory) {
    std::string text;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory + "/logs", error))
        text += "--- " + entry.path().filename().string() + "\n" + read_text(entry.path());
    return text;
}

}  // namespace

TEST_CASE("simulate --slurm: a real Slurm runs the 4 shards as an array job, and the merge job's summary is the whole run's") {
    const std::string start = std::string(JALUR_SOURCE_DIR) + "/scripts/start-local-slurm.sh";
    const Run slurm = run_shell("timeout 600 bash " + shell_quote(start));  // 600 s: it may install packages first
    if (slurm.status == kCannotStart) {
        // tests/CMakeLists.txt: this line makes ctest report the test as skipped.
        MESSAGE((std::string("jalur test skipped: ") + slurm.err));
        return;
    }
    REQUIRE_MESSAGE(slurm.status == 0, slurm.err);

    Scratch scratch;
    const std::string study = scratch.write("study.yaml", kStudy);
    const std::string jobs = scratch.path("jobs");
    REQUIRE(run_jalur({"simulate", study, "--slurm", jobs, "--shards", "4"}).status == 0);
    const Run submitted = run_shell("timeout 60 " + shell_quote(jobs + "/submit.sh"));
    REQUIRE_MESSAGE(submitted.status == 0, submitted.err);
    std::smatch ids;
    REQUIRE_MESSAGE(std::regex_search(submitted.out, ids, std::regex("array job (\\d+), merge job (\\d+)")),
                    submitted.out);
    const std::string failure = wait_for_jobs(ids.str(1) + "," + ids.str(2));
    CHECK_MESSAGE(failure.empty(), (failure + "\n" + job_logs(jobs)));

    const Run whole = run_jalur({"simulate", study, "--format", "json"});
    REQUIRE(whole.status == 0);
    for (int k = 1; k <= 4; ++k) CHECK(std::filesystem::exists(jobs + "/shards/shard-" + std::to_string(k) + ".csv"));
    CHECK_MESSAGE(read_text(jobs + "/summary.json") == whole.out, job_logs(jobs));
}
