// Unicode clean-up ahead of splitting: UTF-8 validation and repair, NFC,
// folding of typographic quotes, dashes and spaces, with a map back to the
// input's offsets. Tested by normalize_test.cc.
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "text/text.h"

namespace annals::text {
namespace {

// What a typographic code point folds to; nullptr when it is kept as is.
const char* Fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
      return "-";
    case 0x2014: case 0x2015:
      return " - ";  // an em dash separates words; it never joins them
    case 0x2026:
      return "...";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000: case 0x2028:
      return " ";
    case 0x2029:
      return "\n\n";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return "";
    default:
      return nullptr;
  }
}

bool IsCombining(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
         cat == UTF8PROC_CATEGORY_ME;
}

// Emits the cluster at input[i] (a code point of `n` bytes and the combining
// marks after it), composed with utf8proc (NFC). Returns the next offset.
template <typename Emit>
size_t EmitCluster(std::string_view input, size_t i, int n, Emit& emit) {
  size_t end = i + n;
  while (end < input.size()) {
    char32_t next;
    int m = DecodeUtf8(input, end, &next);
    if (m == 0 || !IsCombining(next)) break;
    end += m;
  }
  utf8proc_uint8_t* composed = nullptr;
  utf8proc_ssize_t len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(input.data() + i),
      static_cast<utf8proc_ssize_t>(end - i), &composed,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len >= 0 && composed) {
    emit(std::string_view(reinterpret_cast<char*>(composed), len), i);
  } else {
    emit(input.substr(i, end - i), i);
  }
  std::free(composed);
  return end;
}

}  // namespace

void Normalize(std::string_view input, Document* doc) {
  std::string& out = doc->text;
  std::vector<uint32_t>& map = doc->to_original;
  out.clear();
  map.clear();
  out.reserve(input.size());
  map.reserve(input.size() + 1);
  auto emit = [&](std::string_view bytes, size_t orig) {
    out.append(bytes);
    map.insert(map.end(), bytes.size(), static_cast<uint32_t>(orig));
  };

  auto plain = [](unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; };
  for (size_t i = 0; i < input.size();) {
    const unsigned char c = static_cast<unsigned char>(input[i]);
    if (plain(c)) {  // a run of printable ASCII is copied as is
      size_t j = i + 1;
      while (j < input.size() && plain(static_cast<unsigned char>(input[j]))) ++j;
      // The run's last byte may take a combining mark after it: leave it to
      // the byte-by-byte path below.
      const size_t end = j < input.size() && static_cast<unsigned char>(input[j]) >= 0x80 ? j - 1 : j;
      if (end > i) {
        out.append(input.data() + i, end - i);
        const size_t at = map.size();
        map.resize(at + (end - i));
        for (size_t k = i; k < end; ++k) map[at + (k - i)] = static_cast<uint32_t>(k);
        i = end;
        continue;
      }
    }
    if (c < 0x80) {  // ASCII
      if (c == '\r') { ++i; continue; }
      if (c == '\t' || c == '\f' || c == '\v') { emit(" ", i); ++i; continue; }
      if (c < 0x20 && c != '\n') { ++i; continue; }
      if (c == 0x7F) { ++i; continue; }
      char32_t next;
      if (i + 1 < input.size() && static_cast<unsigned char>(input[i + 1]) >= 0x80 &&
          DecodeUtf8(input, i + 1, &next) > 0 && IsCombining(next)) {
        i = EmitCluster(input, i, 1, emit);  // "e" + combining acute → "é"
        continue;
      }
      out.push_back(static_cast<char>(c));
      map.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    char32_t cp;
    int n = DecodeUtf8(input, i, &cp);
    if (n == 0) {  // REQUIRES says valid input; stay safe anyway
      emit("\xEF\xBF\xBD", i);
      ++i;
      continue;
    }
    if (const char* f = Fold(cp)) {
      emit(f, i);
      i += n;
      continue;
    }
    if (cp >= 0x80 && cp < 0xA0) { i += n; continue; }  // C1 controls
    i = EmitCluster(input, i, n, emit);
  }
  map.push_back(static_cast<uint32_t>(input.size()));

  doc->lower = out;
  // Tokens view these two strings; a short one would live in the string's
  // own small buffer, which moves with the Document and leaves the views
  // behind. On the heap, a move hands the buffer over.
  if (doc->text.capacity() < 16) doc->text.reserve(16);
  if (doc->lower.capacity() < 16) doc->lower.reserve(16);
  doc->ascii = true;
  for (char& ch : doc->lower) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    doc->ascii &= static_cast<unsigned char>(ch) < 0x80;
  }
}

}  // namespace annals::text
