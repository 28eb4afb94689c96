#pragma once
// What a running build tells whoever watches it (a progress display, a report): stages as they
// begin and end, and counts as they grow. The pipeline knows nothing of terminals.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quire::driver {

class BuildObserver {
 public:
  virtual ~BuildObserver() = default;
  virtual void stage_begun(std::string_view /*stage*/) {}
  virtual void stage_ended(std::string_view /*stage*/, double /*seconds*/) {}
  // `what` ("entries", "pages") has reached `done` of `total` (total 0 = not known yet).
  virtual void counted(std::string_view /*what*/, std::size_t /*done*/, std::size_t /*total*/) {}
};

// Passes every event on to several observers, in order.
class ObserverList : public BuildObserver {
 public:
  void add(BuildObserver* o) {
    if (o) observers_.push_back(o);
  }
  void stage_begun(std::string_view stage) override;
  void stage_ended(std::string_view stage, double seconds) override;
  void counted(std::string_view what, std::size_t done, std::size_t total) override;

 private:
  std::vector<BuildObserver*> observers_;
};

// Records how long each stage took, in the order stages ran (a stage run twice adds up).
class StageTimes : public BuildObserver {
 public:
  void stage_ended(std::string_view stage, double seconds) override;
  const std::vector<std::pair<std::string, double>>& stages() const { return stages_; }

 private:
  std::vector<std::pair<std::string, double>> stages_;
};

}  // namespace quire::driver
