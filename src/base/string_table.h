// Immutable maps from strings for hot lookups: one flat open-addressing slot
// array and one key arena, built once after loading, so a lookup is one hash
// of the key and usually one probe — no node per entry and no pointer
// chasing, unlike std::unordered_map. Keys are always compared in full; the
// hash only chooses where to look. StringMap<V> keeps each value in its
// slot (one memory read finds key and value); StringTable maps to small
// integers.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annals {

template <typename V>
class StringMap {
 public:
  // Eight bytes at a time, multiply-xorshift mixed.
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) h = Mix(h ^ Word(s.data() + i, 8));
    if (i < s.size()) h = Mix(h ^ Word(s.data() + i, s.size() - i));
    return h;
  }

  // Replaces the contents. Keys must be distinct.
  void Build(const std::vector<std::pair<std::string_view, V>>& items) {
    size_t cap = 16;
    while (cap < items.size() * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    arena_.clear();
    size_t bytes = 0;
    for (const auto& it : items) bytes += it.first.size();
    arena_.reserve(bytes);
    for (const auto& [key, value] : items) {
      size_t i = Hash(key) & mask_;
      while (slots_[i].len != kEmpty) i = (i + 1) & mask_;
      slots_[i] = Slot{Word(key.data(), std::min<size_t>(key.size(), 8)), static_cast<uint32_t>(arena_.size()),
                       static_cast<uint32_t>(key.size()), value};
      arena_.append(key);
    }
    size_ = items.size();
  }

  // The value of `key`, or null. `hash` must be Hash(key).
  const V* Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    // The first eight bytes are kept in the slot: most words are decided
    // there, without reading the arena.
    const uint64_t head = Word(key.data(), std::min<size_t>(key.size(), 8));
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      if (s.head == head && s.len == key.size() &&
          (key.size() <= 8 || key.substr(8) == std::string_view(arena_.data() + s.key + 8, s.len - 8))) {
        return &s.value;
      }
    }
  }
  const V* Find(std::string_view key) const { return Find(key, Hash(key)); }

  size_t size() const { return size_; }

 private:
  // Bytes [0, n) of p (n <= 8), little end first, zero-padded: equal
  // words mean equal bytes for keys of one length.
  // (Fixed-size loads that may overlap: no byte loop, no memcpy call.)
  static uint64_t Word(const char* p, size_t n) {
    static_assert(std::endian::native == std::endian::little, "Word assumes little-endian loads");
    if (n >= 4) {
      uint32_t lo, hi;
      if (n == 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        return w;
      }
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return lo | static_cast<uint64_t>(hi) << (8 * (n - 4));
    }
    if (n == 0) return 0;
    auto b = [&](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k); };
    return b(0) | b(n / 2) | b(n - 1);
  }
  static uint64_t Mix(uint64_t x) {
    x *= 0xFF51AFD7ED558CCDull;
    return x ^ (x >> 32);
  }

  static constexpr uint32_t kEmpty = UINT32_MAX;  // Slot::len of an empty slot
  struct Slot {
    uint64_t head = 0;              // the key's first eight bytes (Word)
    uint32_t key = 0, len = kEmpty;  // into arena_
    V value{};
  };
  std::vector<Slot> slots_;
  std::string arena_;
  size_t mask_ = 0, size_ = 0;
};

// Strings to small integers.
class StringTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  static uint64_t Hash(std::string_view s) { return StringMap<uint32_t>::Hash(s); }
  // Replaces the contents. Keys must be distinct.
  void Build(const std::vector<std::pair<std::string_view, uint32_t>>& items) { map_.Build(items); }
  // The value of `key`, or kNone. `hash` must be Hash(key).
  uint32_t Find(std::string_view key, uint64_t hash) const {
    const uint32_t* v = map_.Find(key, hash);
    return v ? *v : kNone;
  }
  uint32_t Find(std::string_view key) const { return Find(key, Hash(key)); }
  size_t size() const { return map_.size(); }

 private:
  StringMap<uint32_t> map_;
};

}  // namespace annals
