#pragma once
// Times the pipeline's named stages for an observer: begin() ends the running stage and starts
// the next; the destructor ends the last one, so an early return still reports it.
#include <chrono>
#include <string>

#include "driver/build_observer.h"

namespace quire::driver {

class StageClock {
 public:
  explicit StageClock(BuildObserver* observer) : observer_(observer) {}
  ~StageClock() { end(); }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

  void begin(std::string stage);
  void end();

 private:
  BuildObserver* observer_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace quire::driver
