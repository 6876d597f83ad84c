// FrontEnd: loads the tagger, lemmatizer and splitter rules once, then runs
// the whole text stage over an article. Tested by frontend_test.cc.
#include "text/lemmatizer.h"
#include "text/split_rules.h"
#include "text/tagger.h"
#include "text/text.h"

namespace annals::text {

FrontEnd::FrontEnd() = default;
FrontEnd::~FrontEnd() = default;

Result<std::unique_ptr<FrontEnd>> FrontEnd::Load(const std::string& model_dir,
                                                  const std::string& data_dir) {
  std::unique_ptr<FrontEnd> fe(new FrontEnd());
  ANNALS_ASSIGN_OR_RETURN(Tagger tagger, Tagger::Load(model_dir));
  ANNALS_ASSIGN_OR_RETURN(Lemmatizer lemmatizer, Lemmatizer::Load(model_dir));
  ANNALS_ASSIGN_OR_RETURN(SplitRules rules, SplitRules::Load(data_dir));
  fe->tagger_ = std::make_unique<Tagger>(std::move(tagger));
  fe->lemmatizer_ = std::make_unique<Lemmatizer>(std::move(lemmatizer));
  const Lemmatizer* lem = fe->lemmatizer_.get();
  fe->tagger_->set_irregular_verb_forms([lem](std::string_view w) { return lem->IsIrregularVerbForm(w); });
  fe->tagger_->set_verb_lemmas([lem](std::string_view w) { return lem->IsWord('v', w); });
  fe->split_rules_ = std::make_unique<SplitRules>(std::move(rules));
  return fe;
}

void FrontEnd::AnalyzeSentence(Document* doc, Sentence* s) const {
  Tokenize(*doc, s);
  tagger_->Tag(doc->text, s);
  FixTags(s);
  for (Token& t : s->tokens) t.lemma = lemmatizer_->Lemma(t.lower, t.tag, &doc->storage);
  // A sentence has at most one chunk per token and rarely more than four
  // clauses: reserving spares the chunker the growth of both vectors.
  s->chunks.reserve(s->tokens.size());
  s->clauses.reserve(4);
  ChunkSentence(s);
}

Document FrontEnd::Analyze(std::string_view input) const {
  Document doc;
  Normalize(input, &doc);
  SplitSentences(&doc, *split_rules_);
  for (Sentence& s : doc.sentences) AnalyzeSentence(&doc, &s);
  return doc;
}

}  // namespace annals::text
