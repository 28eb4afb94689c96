#include "driver/run_command.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

extern char** environ;

namespace quire::driver {

namespace {

// Owns a file descriptor; closes it once.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

struct SpawnActionsDeleter {
  void operator()(posix_spawn_file_actions_t* a) const {
    posix_spawn_file_actions_destroy(a);
    delete a;
  }
};
using SpawnActions = std::unique_ptr<posix_spawn_file_actions_t, SpawnActionsDeleter>;

SpawnActions make_actions() {
  auto* a = new posix_spawn_file_actions_t;
  if (posix_spawn_file_actions_init(a) != 0) {
    delete a;
    return nullptr;
  }
  return SpawnActions(a);
}

}  // namespace

std::optional<std::string> capture_output(const std::vector<std::string>& argv) {
  if (argv.empty()) return std::nullopt;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  Fd read_end(fds[0]);
  Fd write_end(fds[1]);

  SpawnActions actions = make_actions();
  if (!actions) return std::nullopt;
  posix_spawn_file_actions_adddup2(actions.get(), write_end.fd, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(actions.get(), STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);

  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = 0;
  if (posix_spawnp(&pid, args[0], actions.get(), nullptr, args.data(), environ) != 0) return std::nullopt;
  write_end.reset();  // so the read below sees end-of-file when the child exits

  std::string out;
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(read_end.fd, buf, sizeof buf);
    if (n > 0) {
      out.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return std::nullopt;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

}  // namespace quire::driver
