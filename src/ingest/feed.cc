// Articles from RSS 2.0 and Atom feeds: one per <item> or <entry>. Not a
// general XML parser: it finds the few elements a news feed's items carry
// (title, link, date, id, and the text as description, summary or content,
// often HTML escaped or in CDATA) and leaves the rest. Tested by
// ingest_test.cc; fuzzed by fuzz/ingest_fuzzer.cc.
#include <array>
#include <cctype>
#include <string>

#include "ingest/entities.h"
#include "ingest/ingest.h"

namespace annals::ingest {
namespace {

// The element <name …>…</name> (or <name …/>) found first in `xml` from
// `from`: its attributes' text and its content, raw.
struct Element {
  bool found = false;
  std::string_view attributes, content;
  size_t begin = 0, end = 0;  // the element's '<', and past its end
};

Element FindElement(std::string_view xml, std::string_view name, size_t from = 0) {
  Element e;
  // (Built with append: GCC 12 warns falsely on "<" + std::string.)
  std::string open(1, '<');
  open.append(name);
  for (size_t at = xml.find(open, from); at != std::string_view::npos; at = xml.find(open, at + 1)) {
    const size_t after = at + open.size();
    if (after >= xml.size()) return e;
    const char c = xml[after];
    if (c != '>' && c != '/' && !std::isspace(static_cast<unsigned char>(c))) continue;  // <titles>, <link2>
    const size_t close = xml.find('>', after);
    if (close == std::string_view::npos) return e;
    e.found = true;
    e.begin = at;
    e.attributes = xml.substr(after, close - after);
    if (xml[close - 1] == '/') {  // <link href="…"/>
      e.attributes.remove_suffix(1);
      e.end = close + 1;
      return e;
    }
    std::string end_tag("</");
    end_tag.append(name).append(1, '>');
    const size_t stop = xml.find(end_tag, close + 1);
    if (stop == std::string_view::npos) {
      e.content = xml.substr(close + 1);
      e.end = xml.size();
    } else {
      e.content = xml.substr(close + 1, stop - close - 1);
      e.end = stop + end_tag.size();
    }
    return e;
  }
  return e;
}

// The value of attribute `name` ("href") in an element's attribute text.
std::string_view Attribute(std::string_view attributes, std::string_view name) {
  for (size_t at = attributes.find(name); at != std::string_view::npos; at = attributes.find(name, at + 1)) {
    if (at > 0 && !std::isspace(static_cast<unsigned char>(attributes[at - 1]))) continue;
    size_t k = at + name.size();
    while (k < attributes.size() && attributes[k] == ' ') ++k;
    if (k >= attributes.size() || attributes[k] != '=') continue;
    ++k;
    while (k < attributes.size() && attributes[k] == ' ') ++k;
    if (k >= attributes.size() || (attributes[k] != '"' && attributes[k] != '\'')) continue;
    const size_t stop = attributes.find(attributes[k], k + 1);
    if (stop == std::string_view::npos) return {};
    return attributes.substr(k + 1, stop - k - 1);
  }
  return {};
}

// An element's content as text: CDATA sections taken as they are, the rest
// with XML's character references decoded. (What is left may be HTML.)
std::string XmlText(std::string_view content) {
  std::string out;
  size_t i = 0;
  while (i < content.size()) {
    if (content.substr(i, 9) == "<![CDATA[") {
      const size_t stop = content.find("]]>", i + 9);
      const size_t end = stop == std::string_view::npos ? content.size() : stop;
      out.append(content.substr(i + 9, end - i - 9));
      i = stop == std::string_view::npos ? content.size() : stop + 3;
      continue;
    }
    if (content[i] == '&') {
      if (const size_t n = detail::DecodeEntity(content, i, &out); n > 0) {
        i += n;
        continue;
      }
    }
    out += content[i++];
  }
  return out;
}

// Text of an element holding (possibly escaped) HTML, tags stripped.
std::string PlainText(std::string_view content) { return HtmlToText(XmlText(content), nullptr); }

// "2024-06-19T08:00:00Z" (Atom, dc:date) or "Wed, 19 Jun 2024 08:00:00 GMT"
// (RSS, RFC 822; two-digit years too).
std::optional<Date> FeedDate(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-') {
    return ParseIsoDate(s.substr(0, 10));
  }
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  // Day, month, year as the first number, month name and number after it.
  int day = -1, month = -1, year = -1;
  size_t i = 0;
  while (i < s.size() && year < 0) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    const std::string_view word = s.substr(i, j - i);
    i = j;
    if (word.empty()) break;
    if (std::isdigit(static_cast<unsigned char>(word[0]))) {
      if (word.size() > 4) return std::nullopt;
      int n = 0;
      for (char c : word) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        n = n * 10 + (c - '0');
      }
      if (month < 0 && day < 0) day = n;
      else if (month >= 0) year = word.size() == 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
      continue;
    }
    if (word.size() >= 3 && day >= 0 && month < 0) {
      std::string m(word.substr(0, 3));
      for (char& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (size_t k = 0; k < kMonths.size(); ++k) {
        if (m == kMonths[k]) month = static_cast<int>(k) + 1;
      }
      if (month < 0) return std::nullopt;
    }
  }
  if (day < 1 || month < 1 || year < 1) return std::nullopt;
  if (year > 9999 || day > DaysInMonth(year, month)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

bool LooksLikeFeed(std::string_view content) {
  const std::string_view head = content.substr(0, 1024);
  return head.find("<rss") != std::string_view::npos || head.find("<feed") != std::string_view::npos ||
         head.find("<rdf:RDF") != std::string_view::npos;
}

std::vector<Record> ArticlesFromFeed(std::string_view xml, const std::string& name, std::optional<Date> fallback) {
  std::vector<Record> out;
  const bool atom = xml.substr(0, 1024).find("<feed") != std::string_view::npos;
  const std::string_view item_tag = atom ? "entry" : "item";
  // The feed's own title, before its first item: the source of its articles.
  const Element first = FindElement(xml, item_tag);
  const Element channel_title = FindElement(xml.substr(0, first.found ? first.begin : xml.size()), "title");
  const std::string source = channel_title.found ? PlainText(channel_title.content) : "";
  int index = 0;
  for (Element item = first; item.found; item = FindElement(xml, item_tag, item.end)) {
    ++index;
    const std::string_view body = item.content;
    Record rec;
    rec.where = name + " " + std::string(item_tag) + " " + std::to_string(index);
    Article a;
    a.source = source;
    if (Element t = FindElement(body, "title"); t.found) a.title = PlainText(t.content);
    // Links: RSS's text, Atom's href (the "alternate" one, or the first).
    for (Element l = FindElement(body, "link"); l.found; l = FindElement(body, "link", l.end)) {
      if (!l.content.empty()) { a.url = XmlText(l.content); break; }
      const std::string_view rel = Attribute(l.attributes, "rel");
      if (rel.empty() || rel == "alternate") { a.url = XmlText(Attribute(l.attributes, "href")); break; }
    }
    for (std::string_view id_tag : {"guid", "id"}) {
      if (Element g = FindElement(body, id_tag); g.found) a.id = XmlText(g.content);
      if (!a.id.empty()) break;
    }
    if (a.id.empty()) a.id = !a.url.empty() ? a.url : name + "#" + std::to_string(index);
    rec.where += " (" + a.id + ")";
    // The longest of the texts an item may carry.
    for (std::string_view text_tag : {"content:encoded", "content", "description", "summary"}) {
      if (Element c = FindElement(body, text_tag); c.found) {
        std::string text = PlainText(c.content);
        if (text.size() > a.text.size()) a.text = std::move(text);
      }
    }
    std::string date_text;
    for (std::string_view date_tag : {"pubDate", "published", "dc:date", "updated"}) {
      if (Element d = FindElement(body, date_tag); d.found) {
        date_text = XmlText(d.content);
        break;
      }
    }
    if (std::optional<Date> d = FeedDate(date_text)) {
      a.date = *d;
    } else if (fallback) {
      a.date = *fallback;
    } else {
      rec.article = Status::InvalidArgument(rec.where + ": " +
                                            (date_text.empty() ? std::string("no date (pubDate, published or updated)")
                                                               : "unreadable date \"" + date_text + "\"") +
                                            "; give --date for items without one");
      out.push_back(std::move(rec));
      continue;
    }
    if (Status s = ValidateArticle(a); !s.ok()) {
      rec.article = Status::InvalidArgument(rec.where + ": " + s.message());
    } else {
      rec.article = std::move(a);
    }
    out.push_back(std::move(rec));
  }
  return out;
}

}  // namespace annals::ingest
