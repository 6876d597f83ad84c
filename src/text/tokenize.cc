// Tokenization of one sentence, Penn-style: punctuation split off, possessive
// 's and contractions (n't, 're, 'll…) as their own tokens, abbreviations
// ("U.S.", "Gen.", "p.m."), hyphenated words, numbers ("1,200", "3.5",
// "2024-06-18") and "$" kept as single tokens. Tested by tokenize_test.cc.
#include <utf8proc.h>


#include "text/text.h"

namespace annals::text {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return IsAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Characters that always stand alone as tokens.
bool IsSolo(char c) {
  switch (c) {
    case ',': case ';': case '!': case '?': case '(': case ')': case '[': case ']': case '{': case '}':
    case '"': case '$': case '%': case '#': case '@': case '&': case '*': case '+': case '=': case '<':
    case '>': case '|': case '~': case '^': case '`':
      return true;
    default:
      return false;
  }
}

// Suffixes split off a word: contractions and the possessive.
constexpr std::string_view kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

void Push(const Document& doc, std::vector<Token>* tokens, size_t b, size_t e) {
  if (b >= e) return;
  Token t;
  t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  t.lower = t.span.In(doc.lower);
  const char c = doc.text[b];
  t.capitalized = c >= 'A' && c <= 'Z';
  if (static_cast<unsigned char>(c) >= 0x80) {  // "Ürümqi", "Łódź"
    utf8proc_int32_t cp;
    if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(doc.text.data() + b),
                         static_cast<utf8proc_ssize_t>(e - b), &cp) > 0) {
      t.capitalized = utf8proc_isupper(cp);
    }
  }
  tokens->push_back(t);
}

// Emits the word text[b, e), splitting clitics off its end.
void PushWord(const Document& doc, std::vector<Token>* tokens, size_t b, size_t e) {
  std::string_view lw(doc.lower.data() + b, e - b);
  for (const std::string_view clitic : kClitics) {
    const size_t n = clitic.size();
    if (lw.size() > n && lw.ends_with(clitic)) {
      size_t cut = e - n;
      // "can't" → "ca" "n't"; "won't" → "wo" "n't" (Penn convention).
      Push(doc, tokens, b, cut);
      Push(doc, tokens, cut, e);
      return;
    }
  }
  // Plural possessive: "countries'" → "countries" "'".
  if (lw.size() > 2 && lw.back() == '\'' && lw[lw.size() - 2] == 's') {
    Push(doc, tokens, b, e - 1);
    Push(doc, tokens, e - 1, e);
    return;
  }
  Push(doc, tokens, b, e);
}

}  // namespace

void Tokenize(const Document& doc, Sentence* s) {
  const std::string_view t = doc.text;
  size_t i = s->span.begin;
  const size_t end = s->span.end;
  // Tokens go to a reused buffer first, so that the sentence's vector is
  // allocated once, at its final size.
  thread_local std::vector<Token> tokens;
  tokens.clear();
  while (i < end) {
    char c = t[i];
    if (c == ' ' || c == '\n') { ++i; continue; }
    // Ellipsis and double dash.
    if (c == '.' && i + 2 < end + 0 && t.substr(i, 3) == "...") { Push(doc, &tokens, i, i + 3); i += 3; continue; }
    if (c == '-' && i + 1 < end && t[i + 1] == '-') { Push(doc, &tokens, i, i + 2); i += 2; continue; }
    if (IsSolo(c) || c == ':' || c == '-' || c == '/' || c == '\\') {
      Push(doc, &tokens, i, i + 1);
      ++i;
      continue;
    }
    if (c == '\'') {
      // A clitic that starts a chunk after a space is unusual; treat "'" as a quote
      // unless a letter-clitic follows ("'s", "'re" after a closing quote).
      size_t j = i + 1;
      while (j < end && IsAlpha(t[j])) ++j;
      std::string_view lw(doc.lower.data() + i, j - i);
      if (lw == "'s" || lw == "'re" || lw == "'ve" || lw == "'ll" || lw == "'d" || lw == "'m") {
        Push(doc, &tokens, i, j);
        i = j;
      } else {
        Push(doc, &tokens, i, i + 1);
        ++i;
      }
      continue;
    }
    if (c == '.') {  // stray period
      Push(doc, &tokens, i, i + 1);
      ++i;
      continue;
    }
    // A word: letters, digits, internal . , - ' / & are allowed when followed
    // by a word character ("U.S.-led", "1,200", "al-Qaeda", "O'Brien").
    size_t j = i;
    bool has_alpha = false, has_dot = false;
    while (j < end) {
      char d = t[j];
      if (IsWordByte(d)) { has_alpha |= IsAlpha(d); ++j; continue; }
      if (d == '.' && j + 2 < end && t[j + 1] == '-' && IsWordByte(t[j + 2])) {  // "U.S.-led"
        has_dot = true;
        j += 2;
        continue;
      }
      if ((d == '.' || d == ',' || d == '-' || d == '\'' || d == '/' || d == '&') && j + 1 < end &&
          IsWordByte(t[j + 1])) {
        if (d == ',' && !(IsDigit(t[j - 1]) && IsDigit(t[j + 1]))) break;  // "1,200" only
        if (d == '/' && !IsDigit(t[j + 1]) && !IsDigit(t[j - 1]) && j + 1 < end && !IsAlpha(t[j + 1])) break;
        if (d == '\'') {
          // Keep "O'Brien" together but split clitics later.
          std::string_view rest(doc.lower.data() + j, std::min<size_t>(4, end - j));
          if (rest.rfind("'s", 0) == 0 || rest.rfind("'re", 0) == 0 || rest.rfind("'ve", 0) == 0 ||
              rest.rfind("'ll", 0) == 0 || rest.rfind("'d", 0) == 0 || rest.rfind("'m", 0) == 0) {
            size_t k = j + 1;
            while (k < end && IsAlpha(t[k])) ++k;
            if (k - j <= 3) { j = k; continue; }  // clitic: consumed, split in PushWord
          }
        }
        has_dot |= d == '.';
        ++j;
        continue;
      }
      break;
    }
    // A trailing period belongs to the word when it is an abbreviation:
    // a dotted acronym ("U.S."), a single initial ("F."), or a short
    // capitalized or lowercase title-like word followed by more text ("Gen.").
    if (j < end && t[j] == '.' && !(j + 2 < end && t.substr(j, 3) == "...")) {
      std::string_view w = t.substr(i, j - i);
      const bool initial = w.size() == 1 && IsAlpha(w[0]);
      const bool acronym = has_dot && has_alpha;
      bool last = true;  // is this the sentence's final period?
      for (size_t k = j + 1; k < end; ++k) {
        if (t[k] != ' ' && t[k] != '"' && t[k] != '\'' && t[k] != ')') { last = false; break; }
      }
      const bool titleish = !last && w.size() <= 4 && has_alpha && !has_dot && IsAlpha(w[0]) &&
                            (j + 1 >= end || t[j + 1] == ' ');
      // Next word starts lowercase or is a digit → the period was an abbreviation ("Jan. 5").
      size_t k = j + 1;
      while (k < end && t[k] == ' ') ++k;
      const bool continues = k < end && (IsDigit(t[k]) || (t[k] >= 'a' && t[k] <= 'z') ||
                                         (t[k] >= 'A' && t[k] <= 'Z'));
      if (acronym || initial || (titleish && continues)) ++j;
    }
    if (j == i) {  // any other symbol ("_") stands alone
      Push(doc, &tokens, i, i + 1);
      ++i;
      continue;
    }
    PushWord(doc, &tokens, i, j);
    i = j;
  }
  s->tokens.assign(tokens.begin(), tokens.end());
}

}  // namespace annals::text
