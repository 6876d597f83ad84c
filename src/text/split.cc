// Paragraph and sentence splitting for news prose: abbreviations and initials
// ("U.S. National Security Council", "Gen.", "Jan. 5", "p.m."), quotes after
// periods, datelines ("MOSCOW (Reuters) -"), headings and list items, and
// site boilerplate lines. Tested by split_test.cc.
#include <string>

#include "text/split_rules.h"

namespace annals::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The word (maximal non-space run) ending at `end` (exclusive), without
// leading quotes or brackets.
std::string_view WordBefore(std::string_view t, size_t end) {
  size_t b = end;
  while (b > 0 && !IsSpace(t[b - 1])) --b;
  while (b < end && (t[b] == '"' || t[b] == '(' || t[b] == '\'' || t[b] == '[')) ++b;
  return t.substr(b, end - b);
}

std::string_view WordAt(std::string_view t, size_t b) {
  while (b < t.size() && (t[b] == '"' || t[b] == '(' || t[b] == '\'')) ++b;
  size_t e = b;
  while (e < t.size() && !IsSpace(t[e]) && t[e] != ',' && t[e] != '.') ++e;
  return t.substr(b, e - b);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  // ASCII only, as std::tolower in the "C" locale the program runs in.
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Is `word` (which ends with '.') an abbreviation that does not end a sentence
// when `next` follows?
bool PeriodEndsSentence(std::string_view word, std::string_view next, const SplitRules& rules) {
  std::string_view stem = word.substr(0, word.size() - 1);
  std::string lower_stem = Lower(stem);
  std::string lower_next = Lower(next);
  // Single initial: "John F. Kennedy".
  if (stem.size() == 1 && IsUpper(stem[0])) return false;
  const bool dotted = stem.find('.') != std::string_view::npos;  // U.S., p.m.
  if (rules.titles.count(lower_stem)) return false;           // Mr. Gen. Jan.
  if (dotted || rules.abbreviations.count(lower_stem)) {
    // "U.S." or "Inc." ends a sentence only when a typical sentence opener follows.
    return rules.openers.count(lower_next) > 0;
  }
  return true;
}

bool IsBoilerplate(std::string_view line, const SplitRules& rules) {
  if (line.size() > 64) return false;  // boilerplate lines are short
  std::string l = Lower(line);
  while (!l.empty() && (l.back() == ' ' || l.back() == '.' || l.back() == ':')) l.pop_back();
  size_t b = 0;
  while (b < l.size() && l[b] == ' ') ++b;
  return rules.boilerplate.count(l.substr(b)) > 0;
}

// Length of a dateline at the start of a paragraph ("MOSCOW (Reuters) - ",
// "WASHINGTON, June 18 (AP) - "), or 0.
size_t DatelineLength(std::string_view p) {
  size_t i = 0;
  int caps = 0;
  while (i < p.size() && (IsUpper(p[i]) || p[i] == ' ' || p[i] == '.' || p[i] == '\'' ||
                          (p[i] == '-' && i + 1 < p.size() && p[i + 1] != ' '))) {
    if (IsUpper(p[i])) ++caps;
    ++i;
  }
  if (caps < 3) return 0;
  // Optional ", June 18" and "(Reuters)".
  size_t limit = std::min(p.size(), i + 40);
  size_t dash = std::string_view::npos;
  for (size_t k = i; k + 2 < limit; ++k) {
    if (p[k] == ' ' && p[k + 1] == '-' && p[k + 2] == ' ') { dash = k; break; }
    if (p[k] == '.' || p[k] == '"') break;
  }
  if (dash == std::string_view::npos) return 0;
  size_t end = dash + 3;
  while (end < p.size() && p[end] == ' ') ++end;
  return end;
}

bool IsListMarker(std::string_view line, size_t* len) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') { *len = 2; return true; }
  if (line.rfind("\xE2\x80\xA2", 0) == 0) { *len = 3; return true; }  // bullet •
  size_t i = 0;
  while (i < line.size() && i < 3 && IsDigit(line[i])) ++i;
  if (i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ') {
    *len = i + 2;
    return true;
  }
  return false;
}

void AddSentence(Document* doc, uint32_t paragraph, size_t b, size_t e) {
  const std::string& t = doc->text;
  while (b < e && IsSpace(t[b])) ++b;
  while (e > b && IsSpace(t[e - 1])) --e;
  if (b >= e) return;
  Sentence s;
  s.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  s.paragraph = paragraph;
  doc->sentences.push_back(std::move(s));
}

// Splits the text of one line (no newlines inside) into sentences.
void SplitLine(Document* doc, uint32_t paragraph, size_t b, size_t e, const SplitRules& rules) {
  std::string_view t = doc->text;
  size_t start = b;
  for (size_t i = b; i < e; ++i) {
    char c = t[i];
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    while (j < e && (t[j] == '.' || t[j] == '?' || t[j] == '!')) ++j;     // "?!", "..."
    while (j < e && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) ++j;    // closing quotes
    if (j < e && t[j] != ' ') continue;                                     // "3.5", "U.S."
    size_t k = j;
    while (k < e && t[k] == ' ') ++k;
    if (k >= e) break;  // end of line ends the sentence anyway
    char n = t[k];
    if (n == '"' || n == '(' || n == '\'') {
      if (k + 1 < e) n = t[k + 1];
    }
    if (!IsUpper(n) && !IsDigit(n)) continue;
    if (c == '.' && j == i + 1) {
      std::string_view word = WordBefore(t, i + 1);
      if (!PeriodEndsSentence(word, WordAt(t, k), rules)) continue;
    }
    AddSentence(doc, paragraph, start, j);
    start = k;
    i = k - 1;
  }
  AddSentence(doc, paragraph, start, e);
}

bool EndsSentence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '"' || line.back() == ')' ||
                           line.back() == '\'')) {
    line.remove_suffix(1);
  }
  return !line.empty() && (line.back() == '.' || line.back() == '?' || line.back() == '!' ||
                           line.back() == ':');
}

size_t CountWords(std::string_view line) {
  size_t n = 0;
  bool in = false;
  for (char c : line) {
    if (c == ' ') in = false;
    else if (!in) { in = true; ++n; }
  }
  return n;
}

}  // namespace

void SplitSentences(Document* doc, const SplitRules& rules) {
  std::string_view t = doc->text;
  doc->paragraphs.clear();
  doc->sentences.clear();
  size_t i = 0;
  while (i < t.size()) {
    // Skip blank lines between paragraphs.
    while (i < t.size() && IsSpace(t[i])) ++i;
    if (i >= t.size()) break;
    size_t p_end = t.find("\n\n", i);
    // A line holding only spaces also ends the paragraph.
    for (size_t q = i; q < t.size(); ++q) {
      if (t[q] != '\n') continue;
      size_t r = q + 1;
      while (r < t.size() && t[r] == ' ') ++r;
      if (r < t.size() && t[r] == '\n') { if (q < p_end) p_end = q; break; }
      if (r >= t.size()) break;
    }
    if (p_end == std::string_view::npos) p_end = t.size();
    const uint32_t para = static_cast<uint32_t>(doc->paragraphs.size());
    size_t sentences_before = doc->sentences.size();

    // Walk the paragraph's lines; a line break ends a sentence after final
    // punctuation, before a list item, or after a short heading-like line.
    size_t line_b = i;
    size_t pending = i;  // start of text not yet split
    bool first_line = true;
    while (line_b < p_end) {
      size_t line_e = t.find('\n', line_b);
      if (line_e == std::string_view::npos || line_e > p_end) line_e = p_end;
      std::string_view line = t.substr(line_b, line_e - line_b);
      size_t lead = 0;
      while (lead < line.size() && line[lead] == ' ') ++lead;
      line.remove_prefix(lead);
      size_t marker = 0;
      if (IsBoilerplate(line, rules)) {
        if (pending < line_b) SplitLine(doc, para, pending, line_b, rules);
        pending = line_e;
      } else {
        if (IsListMarker(line, &marker)) {
          if (pending < line_b) SplitLine(doc, para, pending, line_b, rules);
          pending = line_b + lead + marker;
        }
        if (first_line && pending == line_b) {
          size_t d = DatelineLength(line);
          if (d > 0) pending = line_b + lead + d;
        }
        const bool next_is_list = [&] {
          if (line_e >= p_end) return false;
          std::string_view next = t.substr(line_e + 1, p_end - line_e - 1);
          while (!next.empty() && next[0] == ' ') next.remove_prefix(1);
          size_t m;
          return IsListMarker(next, &m);
        }();
        if (line_e >= p_end || EndsSentence(line) || next_is_list || marker > 0 ||
            (CountWords(line) <= 12 && !EndsSentence(line))) {
          SplitLine(doc, para, pending, line_e, rules);
          pending = line_e;
        }
      }
      first_line = false;
      line_b = line_e + 1;
    }
    if (pending < p_end) SplitLine(doc, para, pending, p_end, rules);
    if (doc->sentences.size() > sentences_before) {
      doc->paragraphs.push_back(Span{static_cast<uint32_t>(i), static_cast<uint32_t>(p_end)});
    }
    i = p_end;
  }
}

}  // namespace annals::text
