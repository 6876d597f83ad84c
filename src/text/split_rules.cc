// Loads the splitter's word lists from data/text/. Tested by split_test.cc.
#include "text/split_rules.h"

#include "base/tsv.h"

namespace annals::text {
namespace {

Status LoadList(const std::string& path, std::string_view header,
                std::unordered_set<std::string>* out) {
  ANNALS_ASSIGN_OR_RETURN(TsvReader r, TsvReader::Open(path, header));
  while (r.Next()) {
    if (r.row().size() != 1 || r.row()[0].empty()) return r.Error("expected one non-empty column");
    std::string v(r.row()[0]);
    for (char& c : v) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out->insert(std::move(v));
  }
  return Status::Ok();
}

}  // namespace

Result<SplitRules> SplitRules::Load(const std::string& data_dir) {
  SplitRules r;
  const std::string d = data_dir + "/text/";
  ANNALS_RETURN_IF_ERROR(LoadList(d + "titles.tsv", "title", &r.titles));
  ANNALS_RETURN_IF_ERROR(LoadList(d + "abbreviations.tsv", "abbreviation", &r.abbreviations));
  ANNALS_RETURN_IF_ERROR(LoadList(d + "openers.tsv", "opener", &r.openers));
  ANNALS_RETURN_IF_ERROR(LoadList(d + "boilerplate.tsv", "line", &r.boilerplate));
  return r;
}

}  // namespace annals::text
