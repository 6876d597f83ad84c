// Articles from plain text and HTML. Tested by ingest_test.cc; HtmlToText is
// fuzzed by fuzz/ingest_fuzzer.cc.
#include <cctype>
#include <string>

#include "ingest/entities.h"
#include "ingest/ingest.h"

namespace annals::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Appends the UTF-8 encoding of `cp`.
void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) { *out += static_cast<char>(cp); return; }
  if (cp < 0x800) { *out += static_cast<char>(0xC0 | (cp >> 6)); }
  else if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) { *out += "\xEF\xBF\xBD"; return; }
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
    return;
  } else if (cp <= 0x10FFFF) {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  } else { *out += "\xEF\xBF\xBD"; return; }
  *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  *out += static_cast<char>(0x80 | (cp & 0x3F));
}

}  // namespace

namespace detail {

size_t DecodeEntity(std::string_view html, size_t i, std::string* out) {
  size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = html.substr(i + 1, semi - i - 1);
  if (name.empty()) return 0;
  if (name[0] == '#') {
    char32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10) : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + v;
      if (cp > 0x10FFFF) return 0;
    }
    AppendUtf8(cp, out);
    return semi - i + 1;
  }
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"ndash", "-"}, {"mdash", " - "}, {"lsquo", "'"}, {"rsquo", "'"}, {"ldquo", "\""},
      {"rdquo", "\""}, {"hellip", "..."}};
  for (auto [n, v] : kNamed) {
    if (name == n) { *out += v; return semi - i + 1; }
  }
  return 0;
}

}  // namespace detail

namespace {

bool IsBlockTag(std::string_view tag) {
  static const char* kBlocks[] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                  "tr", "blockquote", "section", "article", "ul", "ol", "table"};
  for (const char* b : kBlocks) if (tag == b) return true;
  return false;
}

bool IsSkippedTag(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "nav" || tag == "header" ||
         tag == "footer" || tag == "aside" || tag == "noscript" || tag == "form" || tag == "svg";
}

}  // namespace

std::string HtmlToText(std::string_view html, std::string* title) {
  std::string out;
  std::string skip_until;  // closing tag name we are skipping to
  bool in_title = false;
  size_t i = 0;
  auto paragraph_break = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.substr(out.size() >= 2 ? out.size() - 2 : 0) != "\n\n") {
      out += out.back() == '\n' ? "\n" : "\n\n";
    }
  };
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (html.substr(i, 4) == "<!--") {
        size_t e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? html.size() : e + 3;
        continue;
      }
      size_t e = html.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view inner = html.substr(i + 1, e - i - 1);
      bool closing = !inner.empty() && inner[0] == '/';
      if (closing) inner.remove_prefix(1);
      size_t n = 0;
      while (n < inner.size() && std::isalnum(static_cast<unsigned char>(inner[n]))) ++n;
      std::string tag = Lower(inner.substr(0, n));
      i = e + 1;
      if (!skip_until.empty()) {
        if (closing && tag == skip_until) skip_until.clear();
        continue;
      }
      if (!closing && IsSkippedTag(tag) && (inner.empty() || inner.back() != '/')) { skip_until = tag; continue; }
      if (tag == "title") { in_title = !closing; continue; }
      if (IsBlockTag(tag)) paragraph_break();
      continue;
    }
    if (!skip_until.empty()) { ++i; continue; }
    std::string* dst = in_title && title ? title : &out;
    if (c == '&') {
      size_t len = detail::DecodeEntity(html, i, dst);
      if (len) { i += len; continue; }
    }
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && (dst->empty() || dst->back() == ' ' || dst->back() == '\n')) { ++i; continue; }
    *dst += c;
    ++i;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

Result<Article> ArticleFromText(std::string id, std::string_view text, Date date) {
  Article a;
  a.id = std::move(id);
  a.date = date;
  size_t first_break = text.find("\n\n");
  if (first_break != std::string_view::npos && first_break < 200) {
    std::string_view first = text.substr(0, first_break);
    if (first.find('\n') == std::string_view::npos && !first.empty() && first.back() != '.') {
      a.title = std::string(first);
      text.remove_prefix(first_break + 2);
    }
  }
  a.text = std::string(text);
  ANNALS_RETURN_IF_ERROR(ValidateArticle(a));
  return a;
}

Result<Article> ArticleFromHtml(std::string id, std::string_view html, Date date) {
  Article a;
  a.id = std::move(id);
  a.date = date;
  a.text = HtmlToText(html, &a.title);
  ANNALS_RETURN_IF_ERROR(ValidateArticle(a));
  return a;
}

}  // namespace annals::ingest
