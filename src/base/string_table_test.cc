#include "base/string_table.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace annals {
namespace {

// Keys of every length up to 20 that differ only in one byte, so that the
// eight-byte heads and the arena comparison are both exercised.
TEST(StringTable, FindsExactlyTheKeys) {
  std::vector<std::string> keys;
  for (size_t len = 0; len <= 20; ++len) {
    for (char c : {'a', 'b'}) {
      std::string k(len, 'x');
      if (len > 0) k[len - 1] = c;
      if (len == 0 && c == 'b') continue;
      keys.push_back(k);
    }
  }
  keys.push_back("north korea");
  keys.push_back("\xC3\xA9lys\xC3\xA9" "e");
  std::vector<std::pair<std::string_view, uint32_t>> items;
  for (size_t i = 0; i < keys.size(); ++i) items.emplace_back(keys[i], static_cast<uint32_t>(i));
  StringTable t;
  t.Build(items);
  EXPECT_EQ(t.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(t.Find(keys[i]), i) << keys[i];
  for (const char* absent : {"c", "xc", "xxxxxxxc", "xxxxxxxxc", "xxxxxxxxxxxxxxxxxxxxx", "north kore",
                             "north koreA", "y"}) {
    EXPECT_EQ(t.Find(absent), StringTable::kNone) << absent;
  }
}

TEST(StringTable, EmptyTable) {
  // Keys as strings, not literals: GCC's -Warray-bounds (in the sanitizer
  // build) misreads the loads Word() never makes for a two-byte array.
  const std::string a = "a", empty;
  StringTable t;
  EXPECT_EQ(t.Find(a), StringTable::kNone);
  t.Build({});
  EXPECT_EQ(t.Find(empty), StringTable::kNone);
}

}  // namespace
}  // namespace annals
