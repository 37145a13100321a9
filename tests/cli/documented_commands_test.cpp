// The commands the README and docs/*.md show run as they say: every `jalur ...` line of their code blocks is run
// with the built binary and must succeed, and where the doc shows what it prints (a "$ jalur ..." line with the
// output below it) the output must be that, so the docs cannot drift from the program.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_jalur.hpp"
#include "support/scratch.hpp"
#include "support/text_checks.hpp"

namespace fs = std::filesystem;
using jalur::testing::contains;
using jalur::testing::read_text;
using jalur::testing::Run;
using jalur::testing::run_jalur_in;
using jalur::testing::Scratch;
using jalur::testing::starts_with;

namespace {

const std::string kSource = JALUR_SOURCE_DIR;

// Commands a doc shows that this test does not run, each with its reason. Keep it short: a doc should use the
// files in examples/ so that its commands run from a fresh clone.
const std::vector<std::pair<std::string, std::string>> kNotRun = {
    // The README's example of bad input: the spec shown above it with a typo; the test case below writes it.
    {"README.md", "jalur fit model.yaml"},
    // Sharding a study over Slurm: the user's study.yaml in the current folder, shell globs (out/shard-*.csv)
    // and Slurm's variables (${SLURM_ARRAY_TASK_ID}). tests/cli/simulate_test.cpp runs shards and merges.
    {"simulation.md", "jalur simulate study.yaml"},
    {"simulation.md", "jalur simulate merge study.yaml"},
};

// The files the commands read, copied into a scratch folder so that what they write (--output, --plot) lands
// there and not in the source tree.
const char* const kInputs[] = {"examples", "tests/fixtures/servqual"};

struct DocumentedCommand {
    std::string doc;                  // README.md, docs/cli.md, ...
    int line = 0;                     // of the command in the doc
    std::string command;              // as written, without the prompt, the binary's path and the comment
    std::string folder;               // relative to the source root, where it runs
    std::vector<std::string> shown;   // the output the doc shows below it, if any
    bool excerpt = false;             // shown is a part of the output ("..." in it, or the first lines)
};

// "jalur fit x.yaml", "build/jalur ...", "../../build/jalur ...", each maybe after "$ ": the command without the
// path of the binary; "" when the line is no command.
std::string jalur_command(std::string line) {
    if (starts_with(line, "$ ")) line = line.substr(2);
    for (const char* binary : {"jalur ", "build/jalur ", "../../build/jalur "})
        if (starts_with(line, binary)) return "jalur " + line.substr(std::string(binary).size());
    return "";
}

// A usage synopsis, not a command to run: options in brackets, alternatives, or placeholders such as MODEL.yaml.
bool is_synopsis(const std::string& command) {
    static const std::regex placeholder(R"((^|[ =])([A-Z]{3,}\.[a-z]+|DATA|VAR|NAME|ITEMS|FILE)([ =,]|$))");
    return command.find('[') != std::string::npos || command.find(" | ") != std::string::npos ||
           command.find("...") != std::string::npos || std::regex_search(command, placeholder);
}

std::string without_comment(const std::string& command) {
    const std::size_t hash = command.find(" #");
    std::string kept = hash == std::string::npos ? command : command.substr(0, hash);
    while (!kept.empty() && kept.back() == ' ') kept.pop_back();
    return kept;
}

// Every command in the fenced code blocks of one doc, with the folder it runs in: the source root, the folder of
// a `cd DIR` line before it in the block, or the folder of the example file an "<!-- include:FILE -->" block shows.
std::vector<DocumentedCommand> commands_of(const fs::path& doc) {
    const std::vector<std::string> lines = jalur::testing::lines_of(read_text(doc));
    const std::string name = doc.filename().string();
    std::vector<DocumentedCommand> found;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string fence = lines[i].substr(std::min(lines[i].find_first_not_of(' '), lines[i].size()));
        if (!starts_with(fence, "```")) continue;
        std::string folder, included;
        bool head = false;
        if (i > 0 && starts_with(lines[i - 1], "<!-- include")) {
            head = starts_with(lines[i - 1], "<!-- include-head:");
            const std::size_t colon = lines[i - 1].find(':') + 1;
            included = lines[i - 1].substr(colon, lines[i - 1].find(" -->") - colon);
            folder = fs::path(included).parent_path().string();
        }
        std::size_t end = i + 1;
        while (end < lines.size() && lines[end].find("```") == std::string::npos) ++end;
        for (std::size_t k = i + 1; k < end; ++k) {
            if (starts_with(lines[k], "cd ")) folder = without_comment(lines[k].substr(3));
            std::string command = jalur_command(lines[k]);
            if (command.empty()) continue;
            DocumentedCommand c{name, static_cast<int>(k + 1), "", folder, {}, head};
            while (!command.empty() && command.back() == '\\' && k + 1 < end) {
                const std::string& next = lines[++k];
                command = command.substr(0, command.size() - 1) + next.substr(next.find_first_not_of(' '));
            }
            c.command = without_comment(command);
            // The output below a "$ " command, up to the next command or the block's end.
            if (starts_with(lines[c.line - 1], "$ "))
                for (std::size_t o = k + 1; o < end && jalur_command(lines[o]).empty(); ++o) {
                    if (lines[o] == "...") c.excerpt = true;
                    c.shown.push_back(lines[o]);
                }
            found.push_back(std::move(c));
        }
        i = end;
    }
    return found;
}

std::vector<DocumentedCommand> documented_commands() {
    std::vector<fs::path> docs{kSource + "/README.md"};
    for (const auto& entry : fs::directory_iterator(kSource + "/docs"))
        if (entry.path().extension() == ".md") docs.push_back(entry.path());
    std::vector<DocumentedCommand> all;
    for (const fs::path& doc : docs)
        for (DocumentedCommand& c : commands_of(doc)) all.push_back(std::move(c));
    return all;
}

bool not_run(const DocumentedCommand& c) {
    for (const auto& [doc, command] : kNotRun)
        if (c.doc == doc && starts_with(c.command, command) &&
            (c.command.size() == command.size() || c.command[command.size()] == ' '))
            return true;
    return false;
}

std::vector<std::string> words_of(const std::string& command) {
    std::istringstream in(command);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// The shown lines, in order, as parts of the output: a "..." line may stand for any lines; without one the whole
// output (or, for the first lines of a file, its beginning) must be what is shown.
void check_shown(const DocumentedCommand& c, const std::string& output) {
    std::vector<std::string> parts{""};
    for (const std::string& line : c.shown)
        if (line == "...") parts.emplace_back();
        else parts.back() += line + "\n";
    std::size_t at = 0;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (parts[p].empty()) continue;
        CAPTURE(parts[p]);
        const std::size_t found = output.find(parts[p], at);
        REQUIRE(found != std::string::npos);
        if (p == 0) CHECK(found == 0);
        at = found + parts[p].size();
    }
    std::string rest = output.substr(at);
    while (!rest.empty() && rest.back() == '\n') rest.pop_back();
    if (!c.excerpt && !parts.back().empty()) CHECK(rest.empty());
}

}  // namespace

TEST_CASE("docs: every jalur command in the README and docs/*.md runs, and prints what the doc shows") {
    Scratch scratch;
    for (const char* input : kInputs) {
        fs::create_directories((scratch.dir() / input).parent_path());
        fs::copy(kSource + "/" + input, scratch.dir() / input, fs::copy_options::recursive);
    }
    int run = 0, shown = 0;
    for (const DocumentedCommand& c : documented_commands()) {
        if (is_synopsis(c.command) || not_run(c)) continue;
        CAPTURE(c.doc);
        CAPTURE(c.line);
        CAPTURE(c.command);
        std::vector<std::string> args = words_of(c.command);
        args.erase(args.begin());  // "jalur": run_jalur_in runs the built binary
        const Run r = run_jalur_in((scratch.dir() / c.folder).string(), args);
        CAPTURE(r.err);
        CHECK(r.status == 0);
        if (!c.shown.empty()) {
            check_shown(c, r.out);
            ++shown;
        }
        ++run;
    }
    CHECK(run >= 40);
    CHECK(shown >= 8);
}

TEST_CASE("docs: the commands test finds the commands of a code block, their folder and their output") {
    Scratch scratch;
    const std::string doc = scratch.write("doc.md",
                                          "```sh\n"
                                          "cd examples/servqual\n"
                                          "../../build/jalur items survey.csv --range 1-5   # alpha\n"
                                          "```\n"
                                          "<!-- include-head:examples/bor/output.json -->\n"
                                          "```\n"
                                          "$ jalur fit model.yaml \\\n"
                                          "    --format json\n"
                                          "{\n"
                                          "```\n"
                                          "```\n"
                                          "jalur fit MODEL.yaml [--mi]\n"
                                          " jalur 0.1.0: an output line\n"
                                          "```\n");
    const std::vector<DocumentedCommand> found = commands_of(doc);
    REQUIRE(found.size() == 3);
    CHECK(found[0].command == "jalur items survey.csv --range 1-5");
    CHECK(found[0].folder == "examples/servqual");
    CHECK(found[0].shown.empty());
    CHECK(found[1].command == "jalur fit model.yaml --format json");
    CHECK(found[1].folder == "examples/bor");
    CHECK(found[1].shown == std::vector<std::string>{"{"});
    CHECK(found[1].excerpt);
    CHECK(found[1].line == 7);
    CHECK(is_synopsis(found[2].command));
    CHECK_FALSE(is_synopsis(found[0].command));
    CHECK_FALSE(is_synopsis("jalur fit examples/bor/model.yaml --estimator MLM"));
    CHECK(is_synopsis("jalur crosstab DATA --rows VAR --cols VAR"));
    CHECK(is_synopsis("jalur simulate STUDY.yaml --shard 3/8"));
}

namespace {

// The error a doc shows for the spec of its first YAML block with `typo` for `correct`, saved as `file`: the first
// block after the spec that starts with "jalur: error: " (README.md: after "$ jalur fit FILE").
void check_documented_error(const std::string& doc, const std::string& correct, const std::string& typo,
                            const std::string& file) {
    CAPTURE(doc);
    const std::string text = read_text(kSource + "/" + doc);
    const std::size_t spec_at = text.find("```yaml\n");
    REQUIRE(spec_at != std::string::npos);
    std::string spec = text.substr(spec_at + 8, text.find("```", spec_at + 8) - spec_at - 8);
    REQUIRE(contains(spec, correct));
    spec.replace(spec.find(correct), correct.size(), typo);
    Scratch scratch;
    scratch.write(file, spec);
    const Run r = run_jalur_in(scratch.dir().string(), {"fit", file});
    CHECK(r.status == 3);
    CHECK(r.out.empty());
    const std::size_t message = text.find("\njalur: error: " + file + ":", spec_at) + 1;
    REQUIRE(message != 0);
    CHECK(r.err == text.substr(message, text.find('\n', message) + 1 - message));
}

}  // namespace

TEST_CASE("docs: the examples of bad input in the README and model-spec.md are what jalur prints for their spec") {
    check_documented_error("README.md", "c*KUALITAS", "c**KUALITAS", "model.yaml");
    check_documented_error("docs/model-spec.md", "a*KUALITAS", "a*KUALTAS", "bor.yaml");
}

TEST_CASE("docs: cli.md's help topics are the commands the general help lists") {
    // The commands of `jalur help`: the first word of each line under "Commands:".
    const Run help = run_jalur_in("", {"help"});
    REQUIRE(help.status == 0);
    std::vector<std::string> commands;
    std::istringstream lines(help.out.substr(help.out.find("Commands:\n") + 10));
    for (std::string line; std::getline(lines, line) && starts_with(line, "  ");) commands.push_back(words_of(line)[0]);
    // The row of `jalur help [COMMAND]` in cli.md: "(`fit`, `diagram`, ..., `help`)".
    const std::string cli = read_text(kSource + "/docs/cli.md");
    const std::size_t row = cli.find("| `jalur help [COMMAND]` |");
    REQUIRE(row != std::string::npos);
    const std::size_t open = cli.find("(`", row) + 1;
    std::istringstream list(cli.substr(open, cli.find(')', open) - open));
    std::vector<std::string> topics;
    for (std::string topic; std::getline(list, topic, ',');)
        topics.push_back(topic.substr(topic.find('`') + 1, topic.rfind('`') - topic.find('`') - 1));
    CHECK(topics == commands);
    for (const std::string& topic : topics) CHECK(run_jalur_in("", {"help", topic}).status == 0);
}
