/*!
The compiled matcher: every lexicon of a run turned, once, into hash indexes keyed by stems
and normalised words, so one pass over a field's tokens finds every term, valence word, frame
cue, paraphrase and entity alias in it.

Why hash maps and not one big regex: a regex of thousands of alternatives with Unicode word
boundaries collapses to a crawl on text with curly quotes, and it cannot match by stem. Here
each distinct word is stemmed once per thread (a cache), its stem looked up once, and
multi-word terms are checked token by token from their first word.
*/

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use regex::Regex;
use serde::Serialize;
use thread_local::ThreadLocal;

use super::{Categories, LexiconKind, LexiconSet, MatchMode};
use crate::text::normalize::{normalize_word, strip_possessive};
use crate::text::stem::{SnowballEnglish, Stemmer};
use crate::text::{tokenize, Segmented, Span, Token};
use crate::vocab::Role;

/// No id: the word is not in any lexicon.
const NONE: u32 = u32::MAX;

/// How many distinct words a thread's cache holds before it is cleared, so memory stays flat
/// on an endless stream of articles.
const CACHE_LIMIT: usize = 200_000;

/// What the matcher knows about one word of the text.
#[derive(Debug, Clone)]
pub struct WordInfo {
    /// The Snowball stem of the normalised word.
    pub stem: Arc<str>,
    stem_id: u32,
    exact_id: u32,
    /// A function word ([`crate::text::stopwords`]), looked up once per distinct word.
    pub is_stopword: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Stem(u32),
    Exact(u32),
    Case(u32),
    /// `*` in a sense guard: any one word.
    Any,
    /// `#` in a sense guard: a figure, any word that starts with a digit ("158,682", "5%").
    Number,
}

/// What a match is a match of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "index")]
pub enum Payload {
    /// An entry of a `terms` lexicon: index into [`Matcher::terms`].
    Term(u32),
    /// A valence word with its score.
    Valence(i8),
    /// A cue of the frame at this index of [`Matcher::frames`].
    Frame(u16),
    /// A member of the paraphrase set at this index of [`Matcher::sets`].
    Paraphrase(u32),
    /// An alias of the entity at this index of [`Matcher::entities`].
    Entity(u32),
}

/// One match in a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Token indices covered.
    pub tokens: Range<usize>,
    /// Byte span in the field's text.
    pub span: Span,
    pub payload: Payload,
}

/// A term entry as the analyses need it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermInfo {
    pub term: String,
    pub category: String,
    /// The category's role, from the lexicon headers ([`Categories`]).
    pub role: Option<Role>,
    pub weight: f64,
    /// `finding` or `note` (from the entry or its lexicon header).
    pub tier: crate::vocab::Tier,
    pub neutral: Vec<String>,
    pub note: String,
    pub mode: MatchMode,
    /// The lexicon's name and where it came from.
    pub lexicon: String,
    pub path: String,
    /// Index of the lexicon in the set and of the entry in the lexicon.
    pub lexicon_index: usize,
    pub entry_index: usize,
}

/// Whether a country's one-word alias is the name of a place ("Washington", "America",
/// "Moscow"), which can open a longer name ("Washington Examiner", "America Rising"): not an
/// abbreviation ("U.S. Central Command" is the country's), nor a demonym ("Russian Orthodox
/// Church", "Saudi Arabian Airlines", "British Columbia" keep their country), nor a possessive
/// ("Russia's Yakutia Republic").
fn names_a_place(alias: &str, lower: &str) -> bool {
    alias.chars().count() >= 4
        && !lower.ends_with("'s")
        && !lower.ends_with("\u{2019}s")
        && !alias.chars().all(|c| !c.is_lowercase())
        && !["an", "ans", "ese", "ish", "i", "is", "ch", "ic"]
            .iter()
            .any(|end| lower.ends_with(end))
}

/// Capitalised words after a country's alias that keep it a mention of the country: titles,
/// institutions, forces and the like ("US President", "American Embassy", "Washington
/// Consensus" aside). Sorted.
const COUNTRY_WORD_FOLLOWERS: &[&str] = &[
    "administration",
    "admiral",
    "agency",
    "air",
    "ambassador",
    "army",
    "attorney",
    "bishop",
    "bishops",
    "cabinet",
    "capitol",
    "catholic",
    "catholics",
    "christian",
    "christians",
    "coast",
    "colonel",
    "commander",
    "congress",
    "congressman",
    "congresswoman",
    "consul",
    "consulate",
    "court",
    "defense",
    "department",
    "diplomat",
    "diplomats",
    "embassy",
    "envoy",
    "federal",
    "forces",
    "gen",
    "general",
    "government",
    "house",
    "jewish",
    "jews",
    "justice",
    "marine",
    "marines",
    "military",
    "minister",
    "muslim",
    "muslims",
    "navy",
    "officials",
    "president",
    "presidential",
    "rep",
    "representative",
    "secretary",
    "sen",
    "senate",
    "senator",
    "special",
    "state",
    "supreme",
    "treasury",
    "troops",
    "vice",
];

/// The words and matches of one field.
#[derive(Debug, Clone, Default)]
pub struct FieldMatches {
    /// One per token of the segmented field.
    pub words: Vec<WordInfo>,
    /// Sorted by start, longer first.
    pub matches: Vec<Match>,
}

struct Pattern {
    keys: Box<[Key]>,
    /// The normalised lexicon word at each position: a stem match must also be an
    /// inflection of it (see [`is_inflection_pair`]).
    surfaces: Box<[Box<str>]>,
    payload: Payload,
    guards: Option<Box<CompiledGuards>>,
}

/// A pattern as the per-token loop first sees it, stored inline in the index of its first key.
///
/// Why: common first words ("in", "it", "is", "on") start dozens of multi-word patterns each,
/// and chasing every pattern's boxed keys per occurrence was the largest cost of matching.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    pattern: u32,
    len: u32,
    /// The id of the pattern's second key ([`NONE`] for a one-word pattern). A pattern's keys
    /// are all of one kind (its lexicon's match mode), so the id is of the first key's kind.
    second: u32,
}

/// The candidates of one first key: `candidates[start..multi]` are one-word patterns,
/// `candidates[multi..end]` longer ones.
#[derive(Debug, Clone, Copy, Default)]
struct Group {
    start: u32,
    multi: u32,
    end: u32,
    /// Bit `id % 64` is set for the second key id of every longer pattern: when the next
    /// word's bit is clear, none of them can match and the scan skips them all.
    seconds: u64,
}

/// Candidates by first key, as ranges into one flat array: per key kind, a group per id.
#[derive(Default)]
struct FirstIndex {
    candidates: Vec<Candidate>,
    stem: Vec<Group>,
    exact: Vec<Group>,
    case: Vec<Group>,
}

impl FirstIndex {
    /// Flattens the first-key map; ids index the ranges directly, no hashing per token.
    fn build(by_first: &HashMap<Key, Vec<u32>>, patterns: &[Pattern], ids: [usize; 3]) -> Self {
        let mut index = FirstIndex {
            candidates: Vec::new(),
            stem: vec![Group::default(); ids[0]],
            exact: vec![Group::default(); ids[1]],
            case: vec![Group::default(); ids[2]],
        };
        for (key, list) in by_first {
            let mut group: Vec<Candidate> = list
                .iter()
                .map(|&p| {
                    let keys = &patterns[p as usize].keys;
                    let second = keys.get(1).map_or(NONE, |&second| {
                        debug_assert_eq!(
                            std::mem::discriminant(&second),
                            std::mem::discriminant(key)
                        );
                        key_id(second)
                    });
                    Candidate {
                        pattern: p,
                        len: keys.len() as u32,
                        second,
                    }
                })
                .collect();
            // One-word patterns first; stable, so each part keeps the lexicons' order.
            group.sort_by_key(|c| c.len > 1);
            let start = index.candidates.len() as u32;
            let multi = start + group.iter().filter(|c| c.len == 1).count() as u32;
            let seconds = group
                .iter()
                .filter(|c| c.len > 1)
                .fold(0u64, |bits, c| bits | second_bit(c.second));
            index.candidates.extend(group);
            let range = Group {
                start,
                multi,
                end: index.candidates.len() as u32,
                seconds,
            };
            match *key {
                Key::Stem(id) => index.stem[id as usize] = range,
                Key::Exact(id) => index.exact[id as usize] = range,
                Key::Case(id) => index.case[id as usize] = range,
                Key::Any | Key::Number => {}
            }
        }
        index
    }

    /// The candidates of first key `id` worth checking when the next word's key id of the same
    /// kind is `next` ([`NONE`] when the next word cannot continue a phrase): the one-word
    /// patterns, and the longer ones unless none has `next` as its second key.
    fn candidates(&self, groups: &[Group], id: u32, next: u32) -> [&[Candidate]; 2] {
        let Some(&g) = groups.get(id as usize) else {
            return [&[], &[]];
        };
        let singles = &self.candidates[g.start as usize..g.multi as usize];
        if next == NONE || g.seconds & second_bit(next) == 0 {
            return [singles, &[]];
        }
        [singles, &self.candidates[g.multi as usize..g.end as usize]]
    }
}

#[derive(Default, Clone)]
struct CompiledGuards {
    unless_after: Vec<Box<[Key]>>,
    unless_before: Vec<Box<[Key]>>,
    if_after: Vec<Box<[Key]>>,
    if_before: Vec<Box<[Key]>>,
}

/// The lexicons of a run, compiled for matching. Build it once and share it (`Send + Sync`).
pub struct Matcher {
    lexicons: LexiconSet,
    categories: Categories,
    pub terms: Vec<TermInfo>,
    pub frames: Vec<String>,
    pub sets: Vec<String>,
    pub entities: Vec<(String, String)>,
    stems: HashMap<Box<str>, u32>,
    /// While compiling: the stem id of each lexicon word seen, so each is stemmed once.
    stem_of_word: HashMap<Box<str>, u32>,
    exact: HashMap<Box<str>, u32>,
    case: HashMap<Box<str>, u32>,
    patterns: Vec<Pattern>,
    by_first: HashMap<Key, Vec<u32>>,
    first: FirstIndex,
    /// First bytes of the case-sensitive keys: most tokens need no lookup at all.
    case_first_bytes: [bool; 256],
    regexes: Vec<(Regex, u32)>,
    /// Per term id, the compiled phrases of its `unless-article-has` guard (empty for most).
    article_guards: Vec<Box<[Box<[Key]>]>>,
    /// Every regex of `regexes` in one alternation, asked once per field whether any of them
    /// matches anywhere: most fields hold none, and one pass over the text is cheaper than a
    /// pass per regex (21 in the embedded lexicons). `None` when there are no regexes or the
    /// alternation would not compile (then each regex is searched, as before).
    any_regex: Option<Regex>,
    stemmer: Box<dyn Stemmer>,
    cache: ThreadLocal<RefCell<HashMap<Box<str>, WordInfo>>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("terms", &self.terms.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

impl Matcher {
    /// Compiles a lexicon set with the default (Snowball English) stemmer.
    pub fn new(lexicons: LexiconSet) -> Matcher {
        Matcher::with_stemmer(lexicons, Box::new(SnowballEnglish::new()))
    }

    pub fn with_stemmer(lexicons: LexiconSet, stemmer: Box<dyn Stemmer>) -> Matcher {
        let mut m = Matcher {
            lexicons: LexiconSet::default(),
            categories: Categories::default(),
            terms: Vec::new(),
            frames: Vec::new(),
            sets: Vec::new(),
            entities: Vec::new(),
            stems: HashMap::default(),
            stem_of_word: HashMap::default(),
            exact: HashMap::default(),
            case: HashMap::default(),
            patterns: Vec::new(),
            by_first: HashMap::default(),
            first: FirstIndex::default(),
            case_first_bytes: [false; 256],
            regexes: Vec::new(),
            article_guards: Vec::new(),
            any_regex: None,
            stemmer,
            cache: ThreadLocal::new(),
        };
        let categories = Categories::of(&lexicons);
        for (li, lexicon) in lexicons.lexicons.iter().enumerate() {
            match lexicon.kind {
                LexiconKind::Terms => {
                    for (ei, entry) in lexicon.entries.iter().enumerate() {
                        let id = m.terms.len() as u32;
                        m.terms.push(TermInfo {
                            term: entry.term.clone(),
                            category: lexicon.category.clone(),
                            role: categories.role(&lexicon.category),
                            weight: entry.weight,
                            tier: entry.tier,
                            neutral: entry.neutral.clone(),
                            note: entry.note.clone(),
                            mode: entry.mode,
                            lexicon: lexicon.name.clone(),
                            path: lexicon.path.clone(),
                            lexicon_index: li,
                            entry_index: ei,
                        });
                        let guards = m.compile_guards(&entry.guards);
                        let article_guard: Box<[Box<[Key]>]> = entry
                            .guards
                            .unless_article_has
                            .iter()
                            .map(|p| m.guard_keys(p))
                            .filter(|k| !k.is_empty())
                            .collect();
                        m.article_guards.push(article_guard);
                        for form in std::iter::once(&entry.term).chain(&entry.variants) {
                            if entry.mode == MatchMode::Regex {
                                // Validated at load time; an entry that still fails is skipped.
                                if let Ok(re) = regex::RegexBuilder::new(form)
                                    .case_insensitive(true)
                                    .build()
                                {
                                    m.regexes.push((re, id));
                                }
                                continue;
                            }
                            let keys = m.phrase_keys(form, entry.mode);
                            m.add_pattern(keys, Payload::Term(id), guards.clone());
                        }
                    }
                }
                LexiconKind::Valence => {
                    for v in &lexicon.valence {
                        let keys = m.phrase_keys(&v.term, MatchMode::Stem);
                        m.add_pattern(keys, Payload::Valence(v.score), None);
                    }
                }
                LexiconKind::Frames => {
                    for frame in &lexicon.frames {
                        let index = match m.frames.iter().position(|f| f == &frame.name) {
                            Some(i) => i,
                            None => {
                                m.frames.push(frame.name.clone());
                                m.frames.len() - 1
                            }
                        } as u16;
                        for cue in &frame.cues {
                            let keys = m.phrase_keys(cue, MatchMode::Stem);
                            m.add_pattern(keys, Payload::Frame(index), None);
                        }
                    }
                }
                LexiconKind::Paraphrases => {
                    for set in &lexicon.sets {
                        let index = m.sets.len() as u32;
                        m.sets.push(set.name.clone());
                        for term in &set.terms {
                            let keys = m.phrase_keys(term, MatchMode::Stem);
                            m.add_pattern(keys, Payload::Paraphrase(index), None);
                        }
                    }
                }
                LexiconKind::Entities => {
                    for entity in &lexicon.entities {
                        let index = m.entities.len() as u32;
                        m.entities.push((entity.name.clone(), entity.kind.clone()));
                        for alias in &entity.aliases {
                            let keys = m.phrase_keys(alias, MatchMode::Exact);
                            m.add_pattern(keys, Payload::Entity(index), None);
                        }
                    }
                }
            }
        }
        m.lexicons = lexicons;
        m.categories = categories;
        m.stem_of_word = HashMap::default();
        m.first = FirstIndex::build(
            &std::mem::take(&mut m.by_first),
            &m.patterns,
            [m.stems.len(), m.exact.len(), m.case.len()],
        );
        for word in m.case.keys() {
            if let Some(&b) = word.as_bytes().first() {
                m.case_first_bytes[usize::from(b)] = true;
            }
        }
        m.any_regex = any_of(&m.regexes);
        m
    }

    /// The categories of the compiled lexicons, with their roles, titles and colours.
    pub fn categories(&self) -> &Categories {
        &self.categories
    }

    /// The lexicons this matcher was built from.
    pub fn lexicons(&self) -> &LexiconSet {
        &self.lexicons
    }

    fn intern(map: &mut HashMap<Box<str>, u32>, word: &str) -> u32 {
        let next = map.len() as u32;
        *map.entry(word.into()).or_insert(next)
    }

    /// The interned stem of a lexicon word, stemmed once per distinct word.
    fn stem_id_of(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.stem_of_word.get(word) {
            return id;
        }
        let stem = self.stemmer.stem(word).into_owned();
        let id = Self::intern(&mut self.stems, &stem);
        self.stem_of_word.insert(word.into(), id);
        id
    }

    /// The keys of a term's words, interned, with the normalised words.
    fn phrase_keys(&mut self, phrase: &str, mode: MatchMode) -> (Vec<Key>, Vec<Box<str>>) {
        let (mut tokens, mut words) = (Vec::new(), String::new());
        let mut sink = tokenize::Sink {
            tokens: &mut tokens,
            words: &mut words,
        };
        tokenize::tokenize_into(phrase, Span::new(0, phrase.len()), 0, &mut sink);
        let lower = |t: &Token| &words[t.lower.clone()];
        let surfaces = tokens
            .iter()
            .map(|t| Box::from(strip_possessive(lower(t))))
            .collect();
        let keys = tokens
            .iter()
            .map(|t| match mode {
                MatchMode::Stem | MatchMode::Regex => Key::Stem(self.stem_id_of(lower(t))),
                MatchMode::Exact => {
                    Key::Exact(Self::intern(&mut self.exact, strip_possessive(lower(t))))
                }
                MatchMode::CaseSensitive => {
                    let original = normalize_apostrophes(&phrase[t.span.start..t.span.end]);
                    Key::Case(Self::intern(&mut self.case, &original))
                }
            })
            .collect();
        (keys, surfaces)
    }

    fn guard_keys(&mut self, phrase: &str) -> Box<[Key]> {
        phrase
            .split_whitespace()
            .flat_map(|word| {
                if word == "*" {
                    vec![Key::Any]
                } else if word == "#" {
                    vec![Key::Number]
                } else {
                    self.phrase_keys(word, MatchMode::Stem).0
                }
            })
            .collect()
    }

    fn compile_guards(&mut self, guards: &super::Guards) -> Option<Box<CompiledGuards>> {
        if guards.is_empty() {
            return None;
        }
        let mut compile = |list: &[String]| -> Vec<Box<[Key]>> {
            list.iter()
                .map(|p| self.guard_keys(p))
                .filter(|k| !k.is_empty())
                .collect()
        };
        Some(Box::new(CompiledGuards {
            unless_after: compile(&guards.unless_followed_by),
            unless_before: compile(&guards.unless_preceded_by),
            if_after: compile(&guards.if_followed_by),
            if_before: compile(&guards.if_preceded_by),
        }))
    }

    fn add_pattern(
        &mut self,
        (keys, surfaces): (Vec<Key>, Vec<Box<str>>),
        payload: Payload,
        guards: Option<Box<CompiledGuards>>,
    ) {
        let Some(&first) = keys.first() else {
            return;
        };
        let index = self.patterns.len() as u32;
        self.patterns.push(Pattern {
            keys: keys.into_boxed_slice(),
            surfaces: surfaces.into_boxed_slice(),
            payload,
            guards,
        });
        self.by_first.entry(first).or_default().push(index);
    }

    /// What the matcher knows about a word (normalised, lower-cased), cached per thread.
    pub fn word_info(&self, lower: &str) -> WordInfo {
        let cell = self.cache.get_or(|| RefCell::new(HashMap::default()));
        if let Some(info) = cell.borrow().get(lower) {
            return info.clone();
        }
        let info = self.new_word_info(lower);
        let mut cache = cell.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(lower.into(), info.clone());
        info
    }

    /// [`Self::word_info`] of every token of a field, with the thread's cache fetched and
    /// borrowed once rather than once per token.
    fn word_infos(&self, seg: &Segmented) -> Vec<WordInfo> {
        let cell = self.cache.get_or(|| RefCell::new(HashMap::default()));
        let mut cache = cell.borrow_mut();
        seg.tokens
            .iter()
            .map(|t| {
                let lower = seg.lower(t);
                if let Some(info) = cache.get(lower) {
                    return info.clone();
                }
                let info = self.new_word_info(lower);
                if cache.len() >= CACHE_LIMIT {
                    cache.clear();
                }
                cache.insert(lower.into(), info.clone());
                info
            })
            .collect()
    }

    /// Stems and looks up a word the cache does not hold.
    fn new_word_info(&self, lower: &str) -> WordInfo {
        let stem: Arc<str> = self.stemmer.stem(lower).into();
        WordInfo {
            is_stopword: crate::text::stopwords::is_stopword(lower),
            stem_id: self.stems.get(&*stem).copied().unwrap_or(NONE),
            exact_id: self
                .exact
                .get(strip_possessive(lower))
                .copied()
                .unwrap_or(NONE),
            stem,
        }
    }

    /// The stem of any word, lower-cased and normalised first.
    pub fn stem(&self, word: &str) -> Arc<str> {
        self.word_info(&normalize_word(word)).stem
    }

    fn key_matches(&self, key: Key, word: &WordInfo, case_id: impl Fn() -> u32) -> bool {
        match key {
            Key::Stem(id) => word.stem_id == id,
            Key::Exact(id) => word.exact_id == id,
            Key::Case(id) => case_id() == id,
            Key::Any => true,
            Key::Number => word.stem.as_bytes().first().is_some_and(u8::is_ascii_digit),
        }
    }

    /// The id of a token's original spelling among the case-sensitive keys, or [`NONE`].
    fn case_id(&self, original: &str) -> u32 {
        let Some(&first) = original.as_bytes().first() else {
            return NONE;
        };
        // Straightening apostrophes changes the first byte only when the word starts with a
        // curly one (lead byte E2): any other first byte must start a key itself.
        if first != 0xE2 && !self.case_first_bytes[usize::from(first)] {
            return NONE;
        }
        // A curly apostrophe (E2 80 98/99 in UTF-8) is straightened first. Looking for its
        // lead byte is cheaper than decoding characters.
        if original.as_bytes().contains(&0xE2) {
            let straight = normalize_apostrophes(original);
            return self.case.get(straight.as_str()).copied().unwrap_or(NONE);
        }
        self.case.get(original).copied().unwrap_or(NONE)
    }

    /// Finds every lexicon item in a segmented field.
    pub fn find(&self, text: &str, seg: &Segmented) -> FieldMatches {
        let words = self.word_infos(seg);
        let case_ids: Vec<u32> = if self.case.is_empty() {
            Vec::new()
        } else {
            seg.tokens
                .iter()
                .map(|t| self.case_id(&text[t.span.start..t.span.end]))
                .collect()
        };
        let case_of = |i: usize| case_ids.get(i).copied().unwrap_or(NONE);
        let tokens = &seg.tokens;
        let mut matches = Vec::new();
        for i in 0..tokens.len() {
            let first_new = matches.len();
            // The next word can continue a phrase only when it is joined to this one.
            let next = (i + 1 < tokens.len() && tokens[i + 1].joined).then_some(i + 1);
            let next_stem = next.map_or(NONE, |j| words[j].stem_id);
            let next_exact = next.map_or(NONE, |j| words[j].exact_id);
            let next_case = next.map_or(NONE, case_of);
            let first = &self.first;
            let groups = [
                (
                    first.candidates(&first.stem, words[i].stem_id, next_stem),
                    next_stem,
                ),
                (
                    first.candidates(&first.exact, words[i].exact_id, next_exact),
                    next_exact,
                ),
                (
                    first.candidates(&first.case, case_of(i), next_case),
                    next_case,
                ),
            ];
            for ([singles, multis], next_id) in groups {
                let longer = multis.iter().filter(|c| c.second == next_id);
                for candidate in singles.iter().chain(longer) {
                    self.try_candidate(candidate, text, seg, &words, &case_of, i, &mut matches);
                }
            }
            // The matches of one token are a handful: sorting them here keeps the whole list
            // sorted as it grows, so the final sort has nothing to do.
            matches[first_new..].sort_by(Match::text_order);
        }
        let some_regex_matches = self.any_regex.as_ref().is_none_or(|re| re.is_match(text));
        for (re, id) in self.regexes.iter().filter(|_| some_regex_matches) {
            for m in re.find_iter(text) {
                let first = seg.tokens.partition_point(|t| t.span.end <= m.start());
                let last = seg.tokens.partition_point(|t| t.span.start < m.end());
                if first < last {
                    matches.push(Match {
                        tokens: first..last,
                        span: Span::new(m.start(), m.end()),
                        payload: Payload::Term(*id),
                    });
                }
            }
        }
        self.apply_precision_rules(text, seg, &mut matches);
        // Already in order but for the regex matches: the sort only merges those in.
        matches.sort_by(Match::text_order);
        matches.dedup();
        FieldMatches { words, matches }
    }

    /// Checks a candidate whose first key (and second, for a longer one) matched at token
    /// `i`, and records the match.
    #[allow(clippy::too_many_arguments)]
    fn try_candidate(
        &self,
        candidate: &Candidate,
        text: &str,
        seg: &Segmented,
        words: &[WordInfo],
        case_of: &impl Fn(usize) -> u32,
        i: usize,
        matches: &mut Vec<Match>,
    ) {
        let tokens = &seg.tokens;
        let end = i + candidate.len as usize;
        if end > tokens.len() {
            return;
        }
        let pattern = &self.patterns[candidate.pattern as usize];
        let rest_matches = (i + 2..end).all(|j| {
            tokens[j].joined && self.key_matches(pattern.keys[j - i], &words[j], || case_of(j))
        });
        // Checked after the keys: the inflection test compares strings.
        if !rest_matches || !inflections_match(pattern, seg, i) {
            return;
        }
        if let Some(guards) = &pattern.guards {
            if !self.guards_allow(guards, text, tokens, words, i, end) {
                return;
            }
        }
        matches.push(Match {
            tokens: i..end,
            span: Span::new(tokens[i].span.start, tokens[end - 1].span.end),
            payload: pattern.payload,
        });
    }

    /// Drops term matches on words that belong to a name: inside an entity alias (unless the
    /// entry is case-sensitive), or (in text that is not Title Case) capitalised in the middle
    /// of a sentence.
    fn apply_precision_rules(&self, text: &str, seg: &Segmented, matches: &mut Vec<Match>) {
        // An alias inside a longer name is not a mention of its own: "Sudan" in "South Sudan",
        // "Biden" in "Hunter Biden", "Congress" in "National People's Congress".
        let mut entity_spans: Vec<Range<usize>> = matches
            .iter()
            .filter(|m| matches!(m.payload, Payload::Entity(_)))
            .map(|m| m.tokens.clone())
            .collect();
        // Sorted by start, longest first, a span is nested when an earlier one reaches at
        // least as far: one sweep instead of comparing every pair.
        entity_spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        entity_spans.dedup();
        let mut nested: Vec<Range<usize>> = Vec::new();
        let mut reach = 0;
        for (i, r) in entity_spans.iter().enumerate() {
            if i > 0 && reach >= r.end {
                nested.push(r.clone());
            }
            reach = reach.max(r.end);
        }
        if !nested.is_empty() {
            matches.retain(|m| {
                !matches!(m.payload, Payload::Entity(_))
                    || nested
                        .binary_search_by_key(
                            &(m.tokens.start, std::cmp::Reverse(m.tokens.end)),
                            |r| (r.start, std::cmp::Reverse(r.end)),
                        )
                        .is_err()
            });
        }
        let mut in_entity = vec![false; seg.tokens.len()];
        for r in &entity_spans {
            in_entity[r.clone()].iter_mut().for_each(|b| *b = true);
        }
        // "according to The Washington Examiner", "the American Civil Liberties Union said": a
        // country's one-word alias that runs on into a capitalised word is the start of a
        // longer name, not a mention of the country (nor a place that names no speaker). Not
        // before a title or an institution of the country ("US President", "American
        // Embassy"), nor in a Title Case headline, where every word is capitalised.
        if !seg.title_case {
            let tokens = &seg.tokens;
            let mut dropped = false;
            matches.retain(|m| {
                let Payload::Entity(e) = m.payload else {
                    return true;
                };
                let next = m.tokens.end;
                let alias =
                    &text[tokens[m.tokens.start].span.start..tokens[m.tokens.start].span.end];
                // The cheap tests first: most mentions are followed by a lower-case word.
                let runs_on = m.tokens.len() == 1
                    && next < tokens.len()
                    && tokens[next].sentence == tokens[m.tokens.start].sentence
                    && tokens[next].capitalized
                    && !in_entity[next]
                    && text[tokens[next - 1].span.end..tokens[next].span.start]
                        .chars()
                        .all(|c| c == ' ')
                    && self.entities[e as usize].1 == "country"
                    && names_a_place(alias, seg.lower_at(m.tokens.start))
                    && COUNTRY_WORD_FOLLOWERS
                        .binary_search(&seg.lower_at(next))
                        .is_err();
                dropped |= runs_on;
                !runs_on
            });
            if dropped {
                in_entity.iter_mut().for_each(|b| *b = false);
                for m in matches.iter() {
                    if matches!(m.payload, Payload::Entity(_)) {
                        in_entity[m.tokens.clone()]
                            .iter_mut()
                            .for_each(|b| *b = true);
                    }
                }
            }
        }
        matches.retain(|m| {
            let Payload::Term(id) = m.payload else {
                return true;
            };
            let mode = self.terms[id as usize].mode;
            // A case-sensitive entry spells its capitals on purpose: a label made of a name's
            // word ("the Democrat Party", "Hollywood elites") is matched on that word.
            if mode != MatchMode::CaseSensitive && in_entity[m.tokens.clone()].iter().any(|&b| b) {
                return false;
            }
            let name_like = !seg.title_case
                && matches!(mode, MatchMode::Stem | MatchMode::Exact)
                && m.tokens.clone().any(|i| seg.looks_like_name(text, i));
            !name_like
        });
    }

    fn guards_allow(
        &self,
        g: &CompiledGuards,
        text: &str,
        tokens: &[Token],
        words: &[WordInfo],
        start: usize,
        end: usize,
    ) -> bool {
        let sentence = tokens[start].sentence;
        let after = |keys: &[Key]| {
            let stop = end + keys.len();
            stop <= tokens.len()
                && (end..stop).all(|j| {
                    tokens[j].sentence == sentence
                        && self.key_matches(keys[j - end], &words[j], || NONE)
                })
        };
        let before = |keys: &[Key]| {
            keys.len() <= start
                && (start - keys.len()..start).all(|j| {
                    tokens[j].sentence == sentence
                        && self.key_matches(keys[j + keys.len() - start], &words[j], || NONE)
                })
        };
        if g.unless_after.iter().any(|k| after(k)) || g.unless_before.iter().any(|k| before(k)) {
            return false;
        }
        // A required next word must not stand past a comma: "Democrat leaders" is the epithet,
        // "Smith, a Democrat, House veteran since 2010" is not. (A colon or a quote mark may
        // stand between: "added: “We …".)
        let after_no_comma = |keys: &[Key]| {
            end < tokens.len()
                && !text
                    .get(tokens[end - 1].span.end..tokens[end].span.start)
                    .is_some_and(|gap| gap.contains([',', ';']))
                && after(keys)
        };
        if !g.if_after.is_empty() || !g.if_before.is_empty() {
            return g.if_after.iter().any(|k| after_no_comma(k))
                || g.if_before.iter().any(|k| before(k));
        }
        true
    }

    /// Segments `text` as a body and finds its matches: for tests and `lexicon explain`. The
    /// text is an article of its own for the `unless-article-has` guards.
    pub fn match_text(&self, text: &str) -> (Segmented, FieldMatches) {
        let seg = Segmented::new(text);
        let mut found = self.find(text, &seg);
        self.apply_article_guards(&mut [(&seg, &mut found)]);
        (seg, found)
    }

    /// Drops, from every field of one article, the term matches whose `unless-article-has`
    /// guard finds one of its phrases anywhere in the article (any field, any sentence): one
    /// sense per discourse. Nothing to do, and no scan, unless a guarded entry matched.
    pub fn apply_article_guards(&self, fields: &mut [(&Segmented, &mut FieldMatches)]) {
        let mut guarded: Vec<u32> = fields
            .iter()
            .flat_map(|(_, found)| found.matches.iter())
            .filter_map(|m| match m.payload {
                Payload::Term(id) if !self.article_guards[id as usize].is_empty() => Some(id),
                _ => None,
            })
            .collect();
        if guarded.is_empty() {
            return;
        }
        guarded.sort_unstable();
        guarded.dedup();
        let present = |keys: &[Key]| {
            fields.iter().any(|(seg, found)| {
                let tokens = &seg.tokens;
                (0..tokens.len().saturating_sub(keys.len() - 1)).any(|i| {
                    (i..i + keys.len()).all(|j| {
                        tokens[j].sentence == tokens[i].sentence
                            && self.key_matches(keys[j - i], &found.words[j], || NONE)
                    })
                })
            })
        };
        guarded.retain(|&id| self.article_guards[id as usize].iter().any(|k| present(k)));
        if guarded.is_empty() {
            return;
        }
        for (_, found) in fields.iter_mut() {
            found.matches.retain(|m| match m.payload {
                Payload::Term(id) => guarded.binary_search(&id).is_err(),
                _ => true,
            });
        }
    }
}

impl Match {
    /// By start, longer first, then by payload. Matches that compare equal are equal.
    fn text_order(a: &Match, b: &Match) -> std::cmp::Ordering {
        (
            a.span.start,
            std::cmp::Reverse(a.span.end),
            a.payload_order(),
        )
            .cmp(&(
                b.span.start,
                std::cmp::Reverse(b.span.end),
                b.payload_order(),
            ))
    }

    fn payload_order(&self) -> (u8, u32) {
        match self.payload {
            Payload::Entity(i) => (0, i),
            Payload::Term(i) => (1, i),
            Payload::Paraphrase(i) => (2, i),
            Payload::Frame(i) => (3, u32::from(i)),
            Payload::Valence(v) => (4, v as u8 as u32),
        }
    }
}

/// The id of a key of a word (every key but the guards' [`Key::Any`] and [`Key::Number`] has
/// one).
/// One case-insensitive alternation of every regex, each in a group of its own so its inline
/// flags stay inside it. It matches somewhere in a text exactly when one of them does, so
/// asking it first skips no match.
fn any_of(regexes: &[(Regex, u32)]) -> Option<Regex> {
    if regexes.is_empty() {
        return None;
    }
    let alternation = regexes
        .iter()
        .map(|(re, _)| format!("(?:{})", re.as_str()))
        .collect::<Vec<_>>()
        .join("|");
    regex::RegexBuilder::new(&alternation)
        .case_insensitive(true)
        .build()
        .ok()
}

fn key_id(key: Key) -> u32 {
    match key {
        Key::Stem(id) | Key::Exact(id) | Key::Case(id) => id,
        Key::Any | Key::Number => NONE,
    }
}

/// The bit of a second key id in [`Group::seconds`].
fn second_bit(id: u32) -> u64 {
    1 << (id % 64)
}

/// Whether every stem-keyed word of the pattern, met from token `first` on, is an inflection
/// of the token it met.
fn inflections_match(pattern: &Pattern, seg: &Segmented, first: usize) -> bool {
    pattern
        .keys
        .iter()
        .zip(&pattern.surfaces)
        .zip(&seg.tokens[first..])
        .all(|((key, surface), token)| {
            !matches!(key, Key::Stem(_))
                || is_inflection_pair(surface, strip_possessive(seg.lower(token)))
        })
}

/// Inflectional endings a stem match may differ by.
const INFLECTIONS: &[&str] = &["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "'s"];

/// Whether one word is an inflection of the other ("slam" and "slammed", "rave" and
/// "raving", "ally" and "allies"), checked in both directions.
///
/// Why: Snowball stems conflate words of different meaning — "candid" and "candidate",
/// "depart" and "department", "construct" and "constructive", "decadent" and "decades" all
/// share a stem. Requiring an inflection on top of the stem keeps the recall stemming is for
/// (floundering, Falls, Ears) without those false matches.
pub fn is_inflection_pair(a: &str, b: &str) -> bool {
    a == b || is_inflection_of(a, b) || is_inflection_of(b, a)
}

fn is_inflection_of(base: &str, word: &str) -> bool {
    if let Some(rest) = word.strip_prefix(base) {
        if INFLECTIONS.contains(&rest) {
            return true;
        }
        // A doubled final consonant: slam → slammed, slamming; big → bigger.
        let mut chars = rest.chars();
        if let (Some(last), Some(first)) = (base.chars().last(), chars.next()) {
            if last == first
                && !"aeiouy".contains(last)
                && matches!(chars.as_str(), "ed" | "ing" | "er" | "ers" | "est")
            {
                return true;
            }
        }
    }
    inflected_with_change(base, word)
}

/// Inflections that change the end of the base: rave → raving, raved; ally → allies, allied;
/// happy → happily; die → dying.
fn inflected_with_change(base: &str, word: &str) -> bool {
    if let Some(stem) = base.strip_suffix('e') {
        if let Some(rest) = word.strip_prefix(stem) {
            if matches!(rest, "ing" | "ed" | "er" | "ers" | "est") {
                return true;
            }
        }
    }
    if let Some(stem) = base.strip_suffix('y') {
        if let Some(rest) = word.strip_prefix(stem) {
            if matches!(rest, "ies" | "ied" | "ier" | "iest" | "ily") {
                return true;
            }
        }
    }
    if let Some(stem) = base.strip_suffix("ie") {
        if let Some(rest) = word.strip_prefix(stem) {
            return rest == "ying";
        }
    }
    false
}

fn normalize_apostrophes(word: &str) -> String {
    word.replace(['\u{2019}', '\u{2018}'], "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_match_and_derivations_do_not() {
        for (a, b) in [
            ("flounder", "floundering"),
            ("fall", "falls"),
            ("ear", "ears"),
            ("slam", "slammed"),
            ("rave", "raving"),
            ("lambaste", "lambasted"),
            ("ally", "allies"),
            ("hardline", "hardliner"),
            ("hardline", "hardliners"),
            ("china", "china"),
        ] {
            assert!(is_inflection_pair(a, b), "{a} ~ {b}");
        }
        for (a, b) in [
            ("candid", "candidate"),
            ("depart", "department"),
            ("construct", "constructive"),
            ("decadent", "decades"),
        ] {
            assert!(!is_inflection_pair(a, b), "{a} !~ {b}");
        }
    }

    #[test]
    fn an_alias_inside_a_longer_name_is_not_a_mention() {
        let text = "[lexicon]\nname = \"e\"\nkind = \"entities\"\n[[entity]]\nname = \"Sudan\"\naliases = [\"Sudan\"]\n[[entity]]\nname = \"South Sudan\"\naliases = [\"South Sudan\"]\n";
        let lexicon =
            LexiconSet::parse_one("e.toml", text, &super::super::LexiconLimits::default()).unwrap();
        let m = Matcher::new(LexiconSet {
            lexicons: vec![lexicon],
        });
        let (_, found) = m.match_text("Talks in South Sudan and Sudan resumed.");
        let names: Vec<&str> = found
            .matches
            .iter()
            .filter_map(|x| match x.payload {
                Payload::Entity(e) => Some(m.entities[e as usize].0.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(names, ["South Sudan", "Sudan"]);
    }

    #[test]
    fn a_country_alias_that_runs_on_into_a_name_is_part_of_it() {
        assert!(COUNTRY_WORD_FOLLOWERS.windows(2).all(|w| w[0] < w[1]));
        let text = "[lexicon]\nname = \"e\"\nkind = \"entities\"\n[[entity]]\nname = \"United States\"\nkind = \"country\"\naliases = [\"Washington\", \"American\", \"America\"]\n";
        let lexicon =
            LexiconSet::parse_one("e.toml", text, &super::super::LexiconLimits::default()).unwrap();
        let m = Matcher::new(LexiconSet {
            lexicons: vec![lexicon],
        });
        let mentions = |sentence: &str| {
            m.match_text(sentence)
                .1
                .matches
                .iter()
                .filter(|x| matches!(x.payload, Payload::Entity(_)))
                .count()
        };
        assert_eq!(
            mentions("The report ran in the Washington Examiner today."),
            0
        );
        assert_eq!(
            mentions(
                "The lawsuit against the new rules was filed this morning by the group America \
                 Rising in federal court, lawyers said.",
            ),
            0
        );
        // A demonym or an abbreviation before a name keeps its country.
        assert_eq!(
            mentions("The vote was held this morning at the American Legion hall in town."),
            1
        );
        assert_eq!(
            mentions("He was fishing in the far north of America's Yukon region when it began."),
            1
        );
        assert_eq!(
            mentions("The American Embassy in Washington was closed."),
            2
        );
        assert_eq!(mentions("Officials in Washington said no."), 1);
    }

    /// `#` in a guard stands for a figure, and only for one.
    #[test]
    fn a_number_guard_matches_figures_only() {
        let text = "[lexicon]\nname = \"b\"\ncategory = \"booster\"\n\
            [[entry]]\nterm = \"record-breaking\"\nmatch = \"exact\"\n\
            unless-followed-by = [\"#\"]\n";
        let lexicon =
            LexiconSet::parse_one("b.toml", text, &super::super::LexiconLimits::default()).unwrap();
        let m = Matcher::new(LexiconSet {
            lexicons: vec![lexicon],
        });
        let found = |text: &str| m.match_text(text).1.matches.len();
        assert_eq!(found("A record-breaking 41,000 runners started."), 0);
        assert_eq!(found("A record-breaking 5% rise."), 0);
        assert_eq!(found("A record-breaking crowd of fans."), 1);
        assert_eq!(found("A record-breaking number of runners."), 1);
    }

    /// The alternation asked first must let through every field where any one regex matches,
    /// each regex keeping its own inline flags, and the matches are still each regex's own.
    #[test]
    fn every_regex_is_found_behind_the_alternation() {
        let text = "[lexicon]\nname = \"r\"\ncategory = \"loaded\"\n\
            [[entry]]\nterm = \"\\\\bherculean\\\\b\"\nmatch = \"regex\"\n\
            [[entry]]\nterm = \"\\\\b(?-i:Big) pharma\\\\b\"\nmatch = \"regex\"\n";
        let lexicon =
            LexiconSet::parse_one("r.toml", text, &super::super::LexiconLimits::default()).unwrap();
        let m = Matcher::new(LexiconSet {
            lexicons: vec![lexicon],
        });
        assert!(m.any_regex.is_some());
        let terms = |text: &str| -> Vec<String> {
            let (_, found) = m.match_text(text);
            found
                .matches
                .iter()
                .filter_map(|x| match x.payload {
                    Payload::Term(_) => Some(text[x.span.start..x.span.end].to_string()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            terms("A HERCULEAN task for Big Pharma."),
            ["HERCULEAN", "Big Pharma"]
        );
        assert_eq!(terms("Lobbying by Big pharma again."), ["Big pharma"]);
        // `(?-i:Big)` stays case-sensitive inside the alternation.
        assert!(terms("Lobbying by big pharma again.").is_empty());
        assert!(terms("Nothing to see here.").is_empty());
    }
}
