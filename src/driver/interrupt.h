#pragma once
// Keeps an interrupt (SIGINT, SIGTERM, SIGHUP) from landing while outputs are being put in
// place: a build can be stopped at any moment, yet the outputs are either all the old ones
// or all the new ones.
#include <signal.h>

#include <mutex>
#include <thread>

namespace quire::driver {

// For its lifetime the calling thread, and every thread it starts, hold those signals back;
// a waiting thread takes them and ends the process as the signal asks (so the exit status
// still says "killed by SIGINT"), but only when no `hold()` lock is alive. Nothing is
// written before the outputs are staged, so an interrupt at any other point changes nothing.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // While the returned lock lives, an interrupt waits for it.
  std::unique_lock<std::mutex> hold();

 private:
  void wait_for_signals();

  sigset_t signals_;
  sigset_t previous_;
  std::mutex critical_;
  bool stopping_ = false;  // guarded by critical_
  std::thread waiter_;
};

}  // namespace quire::driver
