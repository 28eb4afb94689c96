#include "driver/build_observer.h"

namespace quire::driver {

void ObserverList::stage_begun(std::string_view stage) {
  for (auto* o : observers_) o->stage_begun(stage);
}

void ObserverList::stage_ended(std::string_view stage, double seconds) {
  for (auto* o : observers_) o->stage_ended(stage, seconds);
}

void ObserverList::counted(std::string_view what, std::size_t done, std::size_t total) {
  for (auto* o : observers_) o->counted(what, done, total);
}

void StageTimes::stage_ended(std::string_view stage, double seconds) {
  for (auto& [name, total] : stages_) {
    if (name == stage) {
      total += seconds;
      return;
    }
  }
  stages_.emplace_back(std::string(stage), seconds);
}

}  // namespace quire::driver
