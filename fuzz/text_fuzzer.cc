// libFuzzer target over the text front end: any bytes, repaired to UTF-8,
// through normalize → split → tokenize → tag → lemma → chunk. Checks the
// span invariants on the way.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/paths.h"
#include "base/utf8.h"
#include "text/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const annals::text::FrontEnd* fe = [] {
    auto r = annals::text::FrontEnd::Load(annals::DefaultModelDir(), annals::DefaultDataDir());
    if (!r) std::abort();
    return r->release();
  }();
  std::string input = annals::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  annals::text::Document doc = fe->Analyze(input);
  for (const auto& s : doc.sentences) {
    if (s.span.end > doc.text.size() || s.span.begin > s.span.end) std::abort();
    for (const auto& t : s.tokens) {
      if (t.span.begin < s.span.begin || t.span.end > s.span.end || t.span.empty()) std::abort();
    }
    for (const auto& c : s.chunks) {
      if (c.begin >= c.end || c.end > s.tokens.size() || c.head >= s.tokens.size()) std::abort();
    }
    (void)annals::text::ChunkString(doc, s);
    for (const auto& c : s.clauses) (void)annals::text::ClauseString(doc, s, c);
  }
  if (doc.to_original.size() != doc.text.size() + 1) std::abort();
  return 0;
}
