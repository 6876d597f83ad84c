// Hashing that lets maps keyed by std::string be searched with a
// std::string_view, without building a string per lookup (C++20
// heterogeneous lookup).
#pragma once

#include <functional>
#include <string_view>

namespace annals {

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct TransparentEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

}  // namespace annals
