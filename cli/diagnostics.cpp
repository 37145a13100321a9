#include "cli/diagnostics.hpp"

#include <string>

#include "cli/atomic_file.hpp"
#include "cli/exit_codes.hpp"
#include "engine/errors.hpp"

namespace jalur::cli {

namespace {

// One line: inner line breaks become spaces, trailing white space goes.
std::string one_line(std::string_view message) {
    std::string line(message);
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    line.erase(line.find_last_not_of(" \t") + 1);
    return line;
}

}  // namespace

void print_error(std::ostream& err, std::string_view message) {
    err << "jalur: error: " << one_line(message) << '\n' << std::flush;
}

void print_warning(std::ostream& err, std::string_view message) {
    err << "jalur: warning: " << one_line(message) << '\n' << std::flush;
}

int report_failure(std::exception_ptr failure, std::ostream& err) {
    try {
        std::rethrow_exception(failure);
    } catch (const InputError& e) {
        print_error(err, e.what());
        return kExitInput;
    } catch (const IdentificationError& e) {
        print_error(err, e.what());
        if (!e.parameters().empty()) err << "jalur: parameters involved: " << join(e.parameters()) << '\n' << std::flush;
        return kExitNotIdentified;
    } catch (const NumericalError& e) {
        print_error(err, e.what());
        return kExitNumerical;
    } catch (const OutputError& e) {
        print_error(err, e.what());
        return kExitCannotWrite;
    } catch (const UsageError& e) {
        print_error(err, std::string(e.what()) + " (see '" + e.help_command() + "')");
        return kExitUsage;
    } catch (const std::exception& e) {
        print_error(err, std::string("internal error: ") + e.what());
        return kExitInternal;
    } catch (...) {
        print_error(err, "internal error: unknown exception");
        return kExitInternal;
    }
}

}  // namespace jalur::cli
