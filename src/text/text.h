// The text front end: article text → paragraphs, sentences, tokens with
// part-of-speech tags and lemmas, chunks (noun, verb and prepositional
// groups) and clauses (subject, verb, objects, prepositional phrases).
//
// Usage:
//   auto fe = annals::text::FrontEnd::Load(annals::text::DefaultModelDir());
//   if (!fe) { /* fe.error() says which file and line is bad */ }
//   annals::text::Document doc = fe->Analyze(article_text);
//   for (const auto& s : doc.sentences) puts(fe->DebugString(doc, s).c_str());
//
// All spans index Document::text, the normalized copy of the input (Unicode
// NFC, curly quotes and dashes folded to ASCII); Document::ToOriginal maps an
// offset back to the input. A loaded FrontEnd is immutable and safe to share
// between threads; Analyze never fails.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"

namespace annals::text {

// Penn Treebank tags. PRPS = PRP$, WPS = WP$; the punctuation tags follow
// the Penn names in PosName().
enum class Pos : uint8_t {
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS,
  PRP, PRPS, RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT,
  WP, WPS, WRB, LQUOTE, RQUOTE, COMMA, PERIOD, COLON, DOLLAR, HASH, LRB, RRB,
  kCount
};
constexpr int kNumPos = static_cast<int>(Pos::kCount);
const char* PosName(Pos p);
std::optional<Pos> ParsePos(std::string_view name);
bool IsNoun(Pos p);         // NN NNS NNP NNPS
bool IsProperNoun(Pos p);   // NNP NNPS
bool IsVerb(Pos p);         // VB VBD VBG VBN VBP VBZ
bool IsAdjective(Pos p);    // JJ JJR JJS
bool IsPunct(Pos p);

struct Token {
  Span span;               // into Document::text
  std::string_view lower;  // ASCII-lowercased surface (view into Document::lower)
  std::string_view lemma;  // base form (view into the lexicon, `lower` or Document storage)
  Pos tag = Pos::NN;
  bool capitalized = false;   // first letter is uppercase
  bool sentence_initial = false;
};

enum class ChunkKind : uint8_t { kNoun, kVerb, kPrep, kOther };
enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };
enum class Voice : uint8_t { kActive, kPassive };
// Modality of a verb group, from its auxiliaries and fixed expressions:
// kPlanned for will/shall/"be set to"/"be expected to"/"be going to"/
// "be scheduled to"/"be due to"; kPossible for may/might/could/can/would;
// kObligation for must/should/ought to.
enum class Modality : uint8_t { kNone, kPlanned, kPossible, kObligation };

// A chunk covers tokens [begin, end) of its sentence.
struct Chunk {
  ChunkKind kind = ChunkKind::kOther;
  uint16_t begin = 0, end = 0;
  uint16_t head = 0;  // index of the head token (last noun; main verb; the preposition)
  // Noun groups only: whether the group holds a coordinator or a comma
  // ("Russia and North Korea", "Paris, Berlin and Rome") and whether it
  // holds a possessive marker ("Putin 's advisor"). Set while chunking, so
  // that a reader splitting groups into conjuncts can pass over plain ones.
  bool coordinated = false;
  bool possessive = false;
  // Verb groups only.
  Tense tense = Tense::kNone;
  Voice voice = Voice::kActive;
  Modality modality = Modality::kNone;
  bool negated = false;     // not, n't, never
  bool perfect = false;     // has/had + participle
  bool infinitive = false;  // starts with "to" (an xcomp: "agreed to meet")
};

struct PrepPhrase {
  uint16_t prep = 0;  // token index of the preposition
  uint16_t np = 0;    // chunk index of its noun group
};

// A clause is built around one verb group. Indices are chunk indices; -1
// means none.
struct Clause {
  int16_t subject = -1;
  uint16_t verb = 0;
  std::vector<uint16_t> objects;
  std::vector<PrepPhrase> preps;
  int16_t parent = -1;  // the clause this one complements ("set to travel")
  bool subject_inherited = false;  // subject taken from the parent or a coordinated clause
  bool relative = false;           // introduced by who/which/that
  bool subordinate = false;        // introduced by that/if/because… ("said that X attacked Y")
};

struct Sentence {
  Span span;                 // into Document::text
  uint32_t paragraph = 0;    // index into Document::paragraphs
  bool quoted = false;       // has an opening quotation mark (a token tagged LQUOTE; set by the chunker)
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;
};

struct Document {
  // Tokens view `text`, `lower` and `storage`: a copy's tokens would point
  // into the original, so a Document is moved, never copied. A move keeps
  // those buffers (Normalize keeps the strings on the heap; a deque's
  // elements stay put) and is noexcept, so vectors of documents move them
  // when they grow instead of copying.
  Document() = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;

  std::string text;                  // normalized input
  std::string lower;                 // `text` with ASCII letters lowercased (same offsets)
  std::vector<uint32_t> to_original; // offset in text → offset in input (size text.size()+1)
  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  std::deque<std::string> storage;   // lemmas that are not substrings of `lower`
  bool ascii = true;                 // `text` has no byte above 0x7F

  uint32_t ToOriginal(uint32_t offset) const { return to_original[offset]; }
  std::string_view Text(Span s) const { return s.In(text); }
};

// Normalizes `input` (must be valid UTF-8; see annals::RepairUtf8): NFC, curly quotes
// → ", ', dashes → -, no-break and other spaces → ' ', control characters
// dropped. Fills doc.text, doc.lower and doc.to_original.
void Normalize(std::string_view input, Document* doc);

// Tokenizes one sentence (fills tokens with spans and lower forms).
void Tokenize(const Document& doc, Sentence* sentence);

class Tagger;
class Lemmatizer;
struct SplitRules;

// The loaded front end: tagger model + lemmatizer.
class FrontEnd {
 public:
  // Loads the tagger model and lemma tables from `model_dir` (built from
  // Debian data at build time) and the splitter's word lists from
  // `data_dir`/text (see data/README.md).
  static Result<std::unique_ptr<FrontEnd>> Load(const std::string& model_dir,
                                                const std::string& data_dir);
  ~FrontEnd();

  // Normalize → split → tokenize → tag → lemmatize → chunk → clauses.
  // REQUIRES: `input` is valid UTF-8 (callers repair or reject first).
  Document Analyze(std::string_view input) const;

  // Tags, lemmatizes, chunks one tokenized sentence of `doc`.
  void AnalyzeSentence(Document* doc, Sentence* s) const;

  const Tagger& tagger() const { return *tagger_; }
  const Lemmatizer& lemmatizer() const { return *lemmatizer_; }

 private:
  FrontEnd();
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<SplitRules> split_rules_;
};

// Corrects tags by context the tagger cannot see ("have tortured" → VBN,
// "Zambia extradited" → VBD, "according to" → IN). Run before lemmas
// (fix_tags.cc).
void FixTags(Sentence* s);

// Chunks a tagged, lemmatized sentence and builds its clauses.
void ChunkSentence(Sentence* s);


// Tagger accuracy on a hand-tagged file (word/TAG per token, a sentence per
// line, '#' comments); see tests/data/pos_gold.txt.
struct TagEval {
  size_t sentences = 0, tokens = 0, correct = 0;
  size_t tokenizer_agreeing_sentences = 0;  // our tokenizer gave the gold token count
  std::vector<std::string> errors;          // "word/GOLD tagged OURS (line N)"
  double accuracy() const { return tokens ? static_cast<double>(correct) / tokens : 0; }
};
Result<TagEval> EvaluateTagger(const FrontEnd& fe, const std::string& gold_path);

// One-line dumps for tests and the debug view.
// "Putin/NNP 's/POS advisor/NN ..."
std::string TaggedString(const Document& doc, const Sentence& s);
// "[NP Putin 's diplomatic advisor] [VG described] [NP the visit] [PP as] ..."
std::string ChunkString(const Document& doc, const Sentence& s);
// "subj=[Russian President Vladimir Putin] verb=[is set to travel](present,planned) pp=[to North Korea] ..."
std::string ClauseString(const Document& doc, const Sentence& s, const Clause& c);

}  // namespace annals::text
