// JSONL article parsing and validation (nlohmann::json, without exceptions).
// Tested by ingest_test.cc; fuzzed by fuzz/ingest_fuzzer.cc.
#include <nlohmann/json.hpp>

#include "ingest/ingest.h"
#include "base/utf8.h"

namespace annals::ingest {
namespace {

using nlohmann::json;

// Reads an optional string field; an error if present with another type.
Status StringField(const json& j, const char* name, bool required, std::string* out) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) {
    return required ? Status::InvalidArgument(std::string("missing field \"") + name + "\"") : Status::Ok();
  }
  if (!it->is_string()) {
    return Status::InvalidArgument(std::string("field \"") + name + "\" is not a string");
  }
  *out = it->get<std::string>();
  return Status::Ok();
}

}  // namespace

Status ValidateArticle(const Article& a) {
  if (a.id.empty()) return Status::InvalidArgument("empty id");
  if (!a.date.valid()) return Status::InvalidArgument("invalid date");
  if (a.text.size() > kMaxArticleBytes) {
    return Status::InvalidArgument("text is " + std::to_string(a.text.size()) +
                                   " bytes, over the limit of " + std::to_string(kMaxArticleBytes));
  }
  bool blank = true;
  for (char c : a.text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') { blank = false; break; }
  }
  if (blank) return Status::InvalidArgument("empty text");
  Status utf8 = ValidateUtf8(a.text);
  if (!utf8.ok()) return Status::InvalidArgument("text is not valid UTF-8: " + utf8.message());
  // Binary data: NUL bytes or mostly control characters.
  size_t control = 0;
  for (unsigned char c : a.text) {
    if (c == 0) return Status::InvalidArgument("text contains NUL bytes (binary data?)");
    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') ++control;
  }
  if (control * 10 > a.text.size()) return Status::InvalidArgument("text is mostly control characters (binary data?)");
  return Status::Ok();
}

Result<Article> ParseJsonArticle(std::string_view line) {
  if (line.size() > kMaxArticleBytes + 64 * 1024) {
    return Status::InvalidArgument("record is " + std::to_string(line.size()) +
                                   " bytes, over the limit of " + std::to_string(kMaxArticleBytes));
  }
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("invalid JSON");
  if (!j.is_object()) return Status::InvalidArgument("record is not a JSON object");
  Article a;
  std::string date;
  ANNALS_RETURN_IF_ERROR(StringField(j, "id", true, &a.id));
  ANNALS_RETURN_IF_ERROR(StringField(j, "date", true, &date));
  ANNALS_RETURN_IF_ERROR(StringField(j, "text", true, &a.text));
  ANNALS_RETURN_IF_ERROR(StringField(j, "title", false, &a.title));
  ANNALS_RETURN_IF_ERROR(StringField(j, "url", false, &a.url));
  ANNALS_RETURN_IF_ERROR(StringField(j, "source", false, &a.source));
  // Accept "2024-06-17" and timestamps such as "2024-06-17T08:00:00Z".
  auto d = ParseIsoDate(std::string_view(date).substr(0, 10));
  if (!d) return Status::InvalidArgument("date \"" + date + "\" is not YYYY-MM-DD");
  a.date = *d;
  Status st = ValidateArticle(a);
  if (!st.ok()) return st;
  return a;
}

bool JsonlReader::Next(Record* out) {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out->where = name_ + ":" + std::to_string(line_);
    Result<Article> a = ParseJsonArticle(line);
    if (!a) {
      // Name the record by its id when the line got that far.
      std::string id;
      json j = json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.is_object() && j.contains("id") && j["id"].is_string()) {
        id = " (id \"" + j["id"].get<std::string>() + "\")";
      }
      out->article = Status::InvalidArgument(out->where + id + ": " + a.error().message());
    } else {
      out->article = std::move(a);
    }
    return true;
  }
  return false;
}

}  // namespace annals::ingest
