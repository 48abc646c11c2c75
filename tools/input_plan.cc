// Planning the inputs of a run and walking them again: see input_plan.hh.
#include "input_plan.hh"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string_view>
#include <utility>

namespace parley::cli {

InputPlan::InputPlan(const std::vector<std::string>& arguments) : arguments_(arguments) {
  InputWalk walk(arguments);
  ends_.assign(arguments.size(), 0);
  while (const auto file = walk.next()) {
    fingerprints_.push_back(fingerprint(*file));
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(file->path, ec);
    if (!ec) total_bytes_ += static_cast<std::size_t>(bytes);
    ends_[walk.argument()] = fingerprints_.size();
  }
  // Arguments with no inputs end where the one before them does.
  for (std::size_t i = 1; i < ends_.size(); ++i) ends_[i] = std::max(ends_[i], ends_[i - 1]);
  refused_ = walk.refused();
}

const std::string& InputPlan::argument_of(std::size_t index) const {
  const auto it = std::upper_bound(ends_.begin(), ends_.end(), index);
  return arguments_[static_cast<std::size_t>(it - ends_.begin())];
}

std::uint64_t InputPlan::fingerprint(const InputFile& file) {
  return std::hash<std::string_view>{}(file.path);
}

std::optional<InputFile> InputFeed::take(std::size_t index) {
  std::lock_guard lock(mutex_);
  while (matched_ <= index) match_next();
  const auto it = ready_.find(index);
  std::optional<InputFile> file = std::move(it->second);
  ready_.erase(it);
  return file;
}

void InputFeed::match_next() {
  const std::vector<std::uint64_t>& planned = plan_.fingerprints_;
  for (;;) {
    if (!found_) found_ = walk_.next();
    if (!found_) {  // the walk is over: the rest of the plan is gone
      ready_.emplace(matched_++, std::nullopt);
      return;
    }
    const std::uint64_t fingerprint = InputPlan::fingerprint(*found_);
    if (fingerprint == planned[matched_]) {
      ready_.emplace(matched_++, std::exchange(found_, std::nullopt));
      return;
    }
    if (std::find(planned.begin() + static_cast<std::ptrdiff_t>(matched_) + 1, planned.end(), fingerprint) !=
        planned.end()) {
      ready_.emplace(matched_++, std::nullopt);  // planned further on: the one planned here is gone
      return;
    }
    found_.reset();  // new since the plan
  }
}

}  // namespace parley::cli
