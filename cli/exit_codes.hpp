#pragma once
// The exit status of the jalur command: one code per kind of failure, so scripts can tell a bad command
// line from a bad model from a model that cannot be estimated. Documented in docs/cli.md and `jalur help`.

namespace jalur::cli {

enum ExitCode : int {
    kExitSuccess = 0,
    kExitUsage = 2,            // bad command line: unknown option or command, missing model path, unknown format
    kExitInput = 3,            // InputError: the model spec or its data is wrong
    kExitNotIdentified = 4,    // IdentificationError: the model cannot be estimated as specified
    kExitNumerical = 5,        // NumericalError: matrix not positive definite, no convergence
    kExitCannotWrite = 6,      // the output file (or standard output) cannot be written
    kExitInternal = 70,        // any other failure: a bug in jalur (EX_SOFTWARE)
};

// The exit codes as `jalur help` and every command's help list them.
inline constexpr const char* kExitStatusHelp =
    "Exit status:\n"
    "  0   success\n"
    "  2   usage error: unknown command or option, missing model path, unknown format, an output\n"
    "      that is an input of the command or another output\n"
    "  3   input error: the model spec or its data is wrong (message starts with file:line:column)\n"
    "  4   the model is not identified (the parameters involved are listed)\n"
    "  5   numerical trouble: a matrix that is not positive definite, no convergence\n"
    "  6   the output file (or standard output) cannot be written, or is a device, FIFO or directory\n"
    "  70  internal error: a bug in jalur\n";

}  // namespace jalur::cli
