// An immutable map from strings to small integers for hot lookups: one flat
// open-addressing slot array and one key arena, built once after loading, so
// a lookup is one hash of the key and usually one probe — no node per entry
// and no pointer chasing, unlike std::unordered_map.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals {

class StringTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // FNV-1a over the bytes.
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }

  // Replaces the contents. Keys must be distinct; values must not be kNone.
  void Build(const std::vector<std::pair<std::string_view, uint32_t>>& items) {
    size_t cap = 16;
    while (cap < items.size() * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    arena_.clear();
    size_t bytes = 0;
    for (const auto& it : items) bytes += it.first.size();
    arena_.reserve(bytes);
    for (const auto& [key, value] : items) {
      const uint64_t h = Hash(key);
      size_t i = h & mask_;
      while (slots_[i].value != kNone) i = (i + 1) & mask_;
      slots_[i] = Slot{h, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), value};
      arena_.append(key);
    }
    size_ = items.size();
  }

  // The value of `key`, or kNone. `hash` must be Hash(key).
  uint32_t Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kNone) return kNone;
      if (s.hash == hash && s.len == key.size() && std::string_view(arena_.data() + s.key, s.len) == key) {
        return s.value;
      }
    }
  }
  uint32_t Find(std::string_view key) const { return Find(key, Hash(key)); }

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key = 0, len = 0;  // into arena_
    uint32_t value = kNone;     // kNone: empty slot
  };
  std::vector<Slot> slots_;
  std::string arena_;
  size_t mask_ = 0, size_ = 0;
};

}  // namespace annals
