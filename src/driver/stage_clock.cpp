#include "driver/stage_clock.h"

namespace quire::driver {

void StageClock::begin(std::string stage) {
  end();
  if (!observer_) return;
  stage_ = std::move(stage);
  start_ = std::chrono::steady_clock::now();
  observer_->stage_begun(stage_);
}

void StageClock::end() {
  if (!observer_ || stage_.empty()) return;
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  observer_->stage_ended(stage_, elapsed.count());
  stage_.clear();
}

}  // namespace quire::driver
