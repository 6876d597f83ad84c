// UTF-8 checks shared by ingest (reject or repair input) and the text stage.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace annals {

// Decodes one UTF-8 sequence at s[i]; returns its length (1-4) and sets *cp,
// or returns 0 for an invalid, overlong or truncated sequence.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// OK, or an InvalidArgument naming the byte offset of the first invalid
// sequence.
Status ValidateUtf8(std::string_view input);
// Replaces each invalid byte with U+FFFD.
std::string RepairUtf8(std::string_view input);

}  // namespace annals
