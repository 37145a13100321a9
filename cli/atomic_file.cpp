#include "cli/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "cli/output_target.hpp"

namespace jalur::cli {

namespace {

std::string reason(int error) { return std::strerror(error); }

[[noreturn]] void fail(const std::string& path, int error) {
    throw OutputError("cannot write " + path + ": " + reason(error));
}

mode_t default_file_mode() {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::string& target) : name_(target + ".tmp-XXXXXX") {
        std::vector<char> buffer(name_.begin(), name_.end());
        buffer.push_back('\0');
        fd_ = ::mkstemp(buffer.data());
        if (fd_ < 0) fail(target, errno);
        name_.assign(buffer.data());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_) ::unlink(name_.c_str());
    }

    int fd() const { return fd_; }
    const std::string& name() const { return name_; }
    // Closes the descriptor; returns 0 or the errno of a failed close.
    int close() {
        int result = ::close(fd_) == 0 ? 0 : errno;
        fd_ = -1;
        return result;
    }
    void keep() { kept_ = true; }

private:
    std::string name_;
    int fd_ = -1;
    bool kept_ = false;
};

// `contents` in a closed temporary file beside `path`, removed again unless kept.
std::unique_ptr<TemporaryFile> written_temporary(const std::string& path, const std::string& contents) {
    if (path.empty()) throw OutputError("cannot write the output file: the file name is empty");
    auto temporary = std::make_unique<TemporaryFile>(path);
    if (::fchmod(temporary->fd(), default_file_mode()) != 0) fail(path, errno);

    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        ssize_t written = ::write(temporary->fd(), data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            fail(path, errno);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::fsync(temporary->fd()) != 0) fail(path, errno);
    if (int error = temporary->close(); error != 0) fail(path, error);
    return temporary;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& contents) {
    const std::string file = output_file(path);
    const auto temporary = written_temporary(file, contents);
    if (std::rename(temporary->name().c_str(), file.c_str()) != 0) fail(path, errno);
    temporary->keep();
}

StagedFiles::~StagedFiles() {
    for (const Staged& file : staged_) ::unlink(file.temporary.c_str());
}

void StagedFiles::stage(const std::string& path, const std::string& contents) {
    // rename() would only find a directory in the way at commit(), after other files are in place.
    const std::string file = output_file(path);
    const auto temporary = written_temporary(file, contents);
    staged_.push_back({file, temporary->name()});
    temporary->keep();  // removed by ~StagedFiles unless committed
}

void StagedFiles::commit() {
    while (!staged_.empty()) {
        const Staged& file = staged_.front();
        if (std::rename(file.temporary.c_str(), file.path.c_str()) != 0) fail(file.path, errno);
        staged_.erase(staged_.begin());
    }
}

}  // namespace jalur::cli
