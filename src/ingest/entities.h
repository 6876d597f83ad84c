// Internal to ingest: character references shared by the HTML and feed
// readers.
#pragma once

#include <string>
#include <string_view>

namespace annals::ingest::detail {

// Decodes the character reference starting at text[i] ('&': "&amp;",
// "&#8217;", "&#x2019;", a few HTML names) onto *out; returns its length,
// or 0 (and appends nothing) when it is none.
size_t DecodeEntity(std::string_view text, size_t i, std::string* out);

}  // namespace annals::ingest::detail
