#include "driver/interrupt.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>

using namespace quire;

namespace {

// Runs `body` in a child process and returns its wait status. The child has ten seconds,
// after which SIGALRM ends it, so a signal that is never acted on fails instead of hanging.
template <typename Body>
int in_child(Body body) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::alarm(10);
    body();
    std::_Exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST(InterruptGuard, AnInterruptWaitsForTheHeldSectionThenEndsTheProcess) {
  int pipe_fds[2];
  ASSERT_EQ(::pipe(pipe_fds), 0);
  const int status = in_child([&] {
    driver::InterruptGuard guard;
    {
      const auto held = guard.hold();
      ::kill(::getpid(), SIGINT);
      // Still alive inside the held section: say so to the parent.
      const char mark = 'x';
      if (::write(pipe_fds[1], &mark, 1) != 1) std::_Exit(3);
    }
    for (;;) ::pause();  // the interrupt is acted on once the section ends
  });
  ::close(pipe_fds[1]);
  char mark = 0;
  EXPECT_EQ(::read(pipe_fds[0], &mark, 1), 1) << "the child died inside the held section";
  ::close(pipe_fds[0]);
  ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGINT);
}

TEST(InterruptGuard, SigtermEndsTheProcessAsSigterm) {
  const int status = in_child([] {
    driver::InterruptGuard guard;
    ::kill(::getpid(), SIGTERM);
    for (;;) ::pause();
  });
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
}

TEST(InterruptGuard, EndingTheGuardRestoresTheSignalMask) {
  sigset_t before, after;
  ::pthread_sigmask(SIG_SETMASK, nullptr, &before);
  { driver::InterruptGuard guard; }
  ::pthread_sigmask(SIG_SETMASK, nullptr, &after);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGUSR2}) EXPECT_EQ(sigismember(&before, sig), sigismember(&after, sig));
}
