// TsvReader and file helpers. Tested by tsv_test.cc.
#include "base/tsv.h"

#include <fstream>
#include <sstream>

namespace annals {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return ss.str();
}

Result<TsvReader> TsvReader::Open(const std::string& path, std::string_view header) {
  auto text = ReadFile(path);
  if (!text) return text.error();
  return FromText(path, std::move(*text), header);
}

Result<TsvReader> TsvReader::FromText(std::string name, std::string text,
                                      std::string_view header) {
  TsvReader r;
  r.name_ = std::move(name);
  r.text_ = std::move(text);
  // Find the header: the first line that is neither blank nor a comment.
  while (r.pos_ < r.text_.size()) {
    size_t eol = r.text_.find('\n', r.pos_);
    if (eol == std::string::npos) eol = r.text_.size();
    std::string_view line(r.text_.data() + r.pos_, eol - r.pos_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++r.line_;
    r.pos_ = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line != header) {
      return r.Error("header is \"" + std::string(line) + "\", expected \"" +
                     std::string(header) + "\"");
    }
    r.row_.resize(Split(header, '\t').size());
    return r;
  }
  return r.Error("no header line; expected \"" + std::string(header) + "\"");
}

bool TsvReader::Next() {
  const size_t want = row_.size();
  while (pos_ < text_.size()) {
    size_t eol = text_.find('\n', pos_);
    if (eol == std::string::npos) eol = text_.size();
    std::string_view line(text_.data() + pos_, eol - pos_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_;
    pos_ = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    row_ = Split(line, '\t');
    // A short row is padded so callers can check emptiness; a long row keeps
    // its extra columns so callers can report them.
    if (row_.size() < want) row_.resize(want);
    return true;
  }
  return false;
}

Status TsvReader::Error(std::string_view message) const {
  return Status::DataError(name_ + ":" + std::to_string(line_) + ": " + std::string(message));
}

}  // namespace annals
