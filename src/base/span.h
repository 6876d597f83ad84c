// Span: a half-open byte range [begin, end) into a text owned elsewhere.
// Stages pass spans, not copies, so every output can be cut from the source.
#pragma once

#include <cstdint>
#include <string_view>

namespace annals {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  // REQUIRES: end <= text.size()
  std::string_view In(std::string_view text) const { return text.substr(begin, end - begin); }
  bool operator==(const Span&) const = default;
};

}  // namespace annals
