#include "driver/interrupt.h"

#include <pthread.h>

namespace quire::driver {
namespace {

// Wakes the waiting thread when the guard ends; never sent from outside the process.
constexpr int kWake = SIGUSR2;

}  // namespace

InterruptGuard::InterruptGuard() {
  sigemptyset(&signals_);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, kWake}) sigaddset(&signals_, sig);
  pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
  waiter_ = std::thread([this] { wait_for_signals(); });
}

InterruptGuard::~InterruptGuard() {
  {
    std::lock_guard lock(critical_);
    stopping_ = true;
  }
  pthread_kill(waiter_.native_handle(), kWake);
  waiter_.join();
  pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

std::unique_lock<std::mutex> InterruptGuard::hold() { return std::unique_lock(critical_); }

void InterruptGuard::wait_for_signals() {
  for (;;) {
    int sig = 0;
    if (sigwait(&signals_, &sig) != 0) continue;
    std::unique_lock lock(critical_);  // waits while outputs are being put in place
    if (sig == kWake) {
      if (stopping_) return;
      continue;
    }
    // Die of the signal itself, as if it had never been held back.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, nullptr);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, sig);
    pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    raise(sig);
  }
}

}  // namespace quire::driver
