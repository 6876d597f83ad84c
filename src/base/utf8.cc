// UTF-8 decoding, validation and repair. Tested by utf8_test.cc.
#include "base/utf8.h"

namespace annals {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if invalid.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *cp = c; return 1; }
  int len;
  char32_t v;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return len;
}

Status ValidateUtf8(std::string_view input) {
  for (size_t i = 0; i < input.size();) {
    char32_t cp;
    int n = DecodeUtf8(input, i, &cp);
    if (n == 0) {
      return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(i));
    }
    i += n;
  }
  return Status::Ok();
}

std::string RepairUtf8(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (size_t i = 0; i < input.size();) {
    char32_t cp;
    int n = DecodeUtf8(input, i, &cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(input.data() + i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace annals
