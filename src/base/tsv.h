// TsvReader: reads the project's data files (UTF-8, tab-separated, '#'
// comments, a header row) and reports errors as "file:line: problem".
// Every dictionary loader goes through it. Tested by tsv_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace annals {

class TsvReader {
 public:
  // Reads all of `path`. The first non-comment line must equal `header`
  // (columns joined by tabs).
  static Result<TsvReader> Open(const std::string& path, std::string_view header);
  // Same, over text already in memory; `name` is used in messages.
  static Result<TsvReader> FromText(std::string name, std::string text,
                                    std::string_view header);

  // Advances to the next data row; false at the end. Comment and blank
  // lines are skipped.
  bool Next();
  // Columns of the current row (views into the reader's buffer; valid until
  // the reader is destroyed).
  const std::vector<std::string_view>& row() const { return row_; }
  int line() const { return line_; }
  // "path:line: message", as a DataError.
  Status Error(std::string_view message) const;

 private:
  std::string name_;
  std::string text_;
  size_t pos_ = 0;
  int line_ = 0;
  std::vector<std::string_view> row_;
};

// Splits `s` at `sep` (no trimming).
std::vector<std::string_view> Split(std::string_view s, char sep);
// Reads a whole file into a string.
Result<std::string> ReadFile(const std::string& path);

}  // namespace annals
