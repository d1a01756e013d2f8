/*!
What kind of article this is — straight news, opinion or analysis, or a press release or
statement — from cues in its text, each reported with its count so a reader can check the call.

An opinion piece is expected to carry the writer's judgement; a report says so rather than
alarming, but the score is computed the same way for every type, so that a batch ranking stays
comparable across types. The type is a reading aid, not a verdict.

The cues (`docs/scoring.md` §9):

- a **section label**: a headline that opens with *Opinion:*, *Op-Ed |*, *Commentary —*,
  *Editorial:*, *Analysis:* …, or a line of its own near the top or bottom of the body that
  says so (*Opinion*, *Guest column*, "… is an opinion columnist"). Decisive when present;
- **remarks on a cited excerpt**: the writer's own sentences beside another publication's article
  pasted under a citation line ("“…,” by Matt Dixon, Politico, November 14, 2018:"). Decisive;
- **first person singular** (*I, me, my, I'm* …) in the outlet's own voice, not in quotes;
- **opinion phrases** in the outlet's voice (*I think, I believe, in my view, it seems to me* …);
- **direct address** to the reader (*you, your*) in the outlet's voice;
- **rhetorical questions**: outlet-voice sentences that end in a question mark;
- **evaluative density**: the outlet's own evaluative language, per 100 words (the score's
  body measure);
- **a headline verdict**: evaluative language in the headline in the outlet's voice;
- **labels** pinned on people or groups in the outlet's own voice;
- **outlet voice**: the share of body sentences nobody is quoted or credited in;
- **release markers** (*For immediate release, Media contact, ###, is pleased to announce,
  forward-looking statements, (NYSE: …), issued the following statement* …) for a press
  release or statement.

Weights of the cues are round numbers set by hand (two points for a phrase that only opinion
uses, one for a cue that news also shows now and then); three points make an opinion piece.
*/

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};

use super::evaluative::Evaluative;
use super::{FieldView, Sourcing};
use crate::text::pronouns::{FIRST_PERSON, FIRST_PERSON_PLURAL};
use crate::text::wordlist::{phrase_first_bytes, WordList};
use crate::vocab::Voice;

/// The three kinds of article told apart.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum TypeKind {
    /// Straight news: the outlet reports, sources speak.
    #[default]
    News,
    /// Opinion, analysis, commentary: the writer argues in their own voice.
    Opinion,
    /// A press release or an official statement: an organisation speaks for itself.
    PressRelease,
}

impl TypeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TypeKind::News => "news",
            TypeKind::Opinion => "opinion",
            TypeKind::PressRelease => "press-release",
        }
    }
}

/// One cue found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeCue {
    /// `section-label`, `cited-excerpt`, `first-person`, `opinion-phrase`, `direct-address`,
    /// `first-person-plural`, `prescriptive`, `exclamation`, `rhetorical-question`,
    /// `evaluative-density`, `headline-verdict`, `outlet-labels`, `strong-verdicts`,
    /// `outlet-voice` or
    /// `release-marker`.
    pub cue: String,
    /// How many times it occurs (for the densities and shares: the count behind them).
    pub count: usize,
    /// Points towards the type it points to.
    pub points: f64,
    /// What was seen, with examples.
    pub detail: String,
}

/// The type of an article and the cues behind it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleType {
    #[serde(rename = "type")]
    pub kind: TypeKind,
    /// Points of the opinion cues (three make an opinion piece).
    pub opinion_points: f64,
    /// The cues found, strongest first.
    pub evidence: Vec<TypeCue>,
    /// What the type means for reading the score.
    pub note: String,
}

impl ArticleType {
    /// The cues in one line, each with its count: `first-person ×6, rhetorical-question ×2`
    /// (`no cues` when none was found).
    pub fn cues(&self) -> String {
        if self.evidence.is_empty() {
            return "no cues".to_string();
        }
        self.evidence
            .iter()
            .map(|c| format!("{} ×{}", c.cue, c.count))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The type with its cues: `opinion (first-person ×6, rhetorical-question ×2)`.
    pub fn describe(&self) -> String {
        format!("{} ({})", self.kind.as_str(), self.cues())
    }
}

/// Opinion points at which an article is called opinion.
pub const OPINION_POINTS: f64 = 3.0;

/// Strong verdicts ("despicable", "sleazy") in the writer's own voice from which an article reads
/// as argued. Straight news almost never passes judgement outright in its own voice: of 150
/// BASIL dev news articles, 136 have none, 14 one or two, one has three.
const STRONG_VERDICTS: usize = 3;

/// The weight of evaluative language in the headline, in the writer's own voice, from which
/// the headline passes judgement: one term of weight 0.7 or more ("Deep State", "Blatantly",
/// "carnage"; a cautious word such as "epic" weighs 0.5). News headlines do so too now and
/// then (the team's seed article, "…Leaves Blinken Floundering"), so it is one point: of BASIL
/// dev's 150 news articles none passes three points with it; of PTC dev's 186, 3 more do.
const HEADLINE_VERDICT: f64 = 0.7;

/// Labels pinned on people or groups in the writer's own voice ("illegal aliens", "leftists")
/// from which they are a cue: a report names people as they call themselves or quotes who
/// labels them. Of BASIL dev's 150 news articles none passes three points with it.
const OUTLET_LABELS: usize = 2;

/// Weighted evaluative terms of the writer's own per 100 body words from which the density is
/// a cue: one point from the first, two from the second. Measured on BASIL dev (straight news
/// from three outlets): 95% of articles stay below the first, and none reaches the second (the
/// highest of the 150 is 0.8; docs/scoring.md §9).
const EVALUATIVE_DENSITY: f64 = 0.6;
const HIGH_EVALUATIVE_DENSITY: f64 = 1.0;

/// Questions in the writer's own voice from which they are worth two points: of BASIL dev's
/// 150 straight-news articles 7 ask one and 2 ask two, none more; an argued piece asks on
/// ("…what in the Hell is going on here?").
const MANY_QUESTIONS: usize = 3;

/// Share of body sentences that quote or credit nobody from which the outlet's voice is a cue.
const OUTLET_SHARE: f64 = 0.7;

/// Words that label a section of opinion when a headline opens with them, or a line says only
/// that.
const SECTION_LABELS: &[&str] = &[
    "analysis",
    "column",
    "commentary",
    "editorial",
    "guest column",
    "guest essay",
    "op-ed",
    "opinion",
    "perspective",
    "viewpoint",
];

/// Byline notes that mark a columnist.
const BYLINE_NOTES: &[&str] = &[
    "is an opinion columnist",
    "is a columnist",
    "is a contributing columnist",
    "is an opinion writer",
    "opinion contributor",
    "the views expressed",
    "views expressed in this",
];

const DIRECT_ADDRESS: WordList = WordList::new(&[
    "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
]);

/// What "our" shares with every reader, not with a side: "our planet", "our species", "our
/// bodies" — a science story's human "we", which argues nothing.
const HUMANKINDS: &[&str] = &[
    "ancestors",
    "bodies",
    "body",
    "brain",
    "brains",
    "cells",
    "galaxy",
    "genes",
    "moon",
    "planet",
    "solar",
    "species",
    "star",
    "sun",
    "universe",
];

/// Modals that say what ought to happen. News reports what someone says should happen, in
/// their voice; a writer who says it in their own voice is arguing.
const PRESCRIPTIVE: &[&[&str]] = &[
    &["should"],
    &["shouldn't"],
    &["must"],
    &["mustn't"],
    &["ought", "to"],
    &["need", "to"],
    &["needs", "to"],
];

/// Word sequences that only a writer arguing in their own voice uses.
const OPINION_PHRASES: &[&[&str]] = &[
    &["i", "think"],
    &["i", "believe"],
    &["i", "would", "argue"],
    &["i", "suspect"],
    &["i", "doubt"],
    &["in", "my", "view"],
    &["in", "my", "opinion"],
    &["it", "seems", "to", "me"],
    &["let's", "be", "clear"],
    &["let", "us", "be", "clear"],
    &["make", "no", "mistake"],
];

/// Phrases of a press release or official statement, matched in lower case. The first three
/// are decisive alone; the others count one each, and two make a release.
const RELEASE_MARKERS: &[&str] = &[
    "for immediate release",
    "media contact",
    "press contact",
    "is pleased to announce",
    "are pleased to announce",
    "is proud to announce",
    "are proud to announce",
    "forward-looking statements",
    "(nyse:",
    "(nasdaq:",
    "prnewswire",
    "business wire",
    "globe newswire",
    "issued the following statement",
    "for more information, contact",
    "for more information, visit",
];
const DECISIVE_RELEASE_MARKERS: usize = 3;

/// Whether a first line reads as a headline rather than a sentence of the body: at most 30
/// words, and not a sentence of eight words or more that ends in a full stop unless it is in
/// Title Case ("The council voted on Tuesday to close the library." is the body's first
/// sentence, not a headline).
pub fn reads_as_headline(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 30 {
        return false;
    }
    let last = words[words.len() - 1].trim_end_matches(['"', '\'', '”', '’', ')']);
    // "U.S." or "p.m." ends in a stop without ending a sentence.
    let abbreviation = last.trim_end_matches('.').contains('.');
    let ends_sentence = last.ends_with('.') && !last.ends_with("..") && !abbreviation;
    // Headline style capitalises most longer words; a body sentence does not.
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let title_case = !long.is_empty() && capitalised * 10 >= long.len() * 7;
    !(ends_sentence && words.len() >= 8 && !title_case)
}

/// Calls the type of an article from its headline, body, evaluative language and sourcing.
pub fn article_type(
    headline: Option<&FieldView>,
    headline_evaluative: &Evaluative,
    body: &FieldView,
    evaluative: &Evaluative,
    sourcing: &Sourcing,
    furniture: &[bool],
) -> ArticleType {
    let mut evidence = Vec::new();
    let release = release_markers(headline, body);
    let label = section_label(headline, body);
    if let Some(label) = &label {
        evidence.push(TypeCue {
            cue: "section-label".to_string(),
            count: 1,
            points: OPINION_POINTS,
            detail: format!("labelled `{label}`"),
        });
    }
    if label.is_none() {
        if let Some(citation) = commentary_on_a_citation(body, furniture) {
            evidence.push(TypeCue {
                cue: "cited-excerpt".to_string(),
                count: 1,
                points: OPINION_POINTS,
                detail: format!(
                    "the writer comments on an excerpt of another publication's article, cited \
                     as {citation}"
                ),
            });
        }
    }
    let words = outlet_words(body, furniture);
    let first: Vec<&str> = words
        .iter()
        .filter(|w| FIRST_PERSON.contains(w))
        .copied()
        .collect();
    if first.len() >= 2 {
        evidence.push(TypeCue {
            cue: "first-person".to_string(),
            count: first.len(),
            points: if first.len() >= 5 { 2.0 } else { 1.0 },
            detail: format!(
                "{} first-person words in the writer's own voice ({})",
                first.len(),
                examples(&first)
            ),
        });
    }
    let phrases = opinion_phrases(&words);
    if !phrases.is_empty() {
        evidence.push(TypeCue {
            cue: "opinion-phrase".to_string(),
            count: phrases.len(),
            points: 2.0,
            detail: format!("the writer says what they think: {}", examples(&phrases)),
        });
    }
    let address: Vec<&str> = words
        .iter()
        .filter(|w| DIRECT_ADDRESS.contains(w))
        .copied()
        .collect();
    if address.len() >= 2 {
        evidence.push(TypeCue {
            cue: "direct-address".to_string(),
            count: address.len(),
            points: 1.0,
            detail: format!(
                "{} words addressing the reader ({})",
                address.len(),
                examples(&address)
            ),
        });
    }
    // The writer speaking for a "we" (the readers, the country, the side they argue for). A
    // newsroom's own voice does not say "we" outside an editor's note; an argued piece does.
    let mut plural: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            FIRST_PERSON_PLURAL.contains(w)
                // "our planet", "our species": everyone's, not a side's.
                && !(*w == "our" && words.get(k + 1).is_some_and(|n| HUMANKINDS.binary_search(n).is_ok()))
        })
        .map(|(_, w)| *w)
        .collect();
    // "the US embassy": in capitals, the country, not the pronoun.
    if plural.contains(&"us") {
        let countries = body
            .seg
            .tokens
            .iter()
            .filter(|t| t.voice == Voice::Outlet && &body.text()[t.span.start..t.span.end] == "US")
            .count();
        for _ in 0..countries {
            if let Some(k) = plural.iter().position(|&w| w == "us") {
                plural.remove(k);
            }
        }
    }
    if plural.len() >= 3 {
        evidence.push(TypeCue {
            cue: "first-person-plural".to_string(),
            count: plural.len(),
            points: 1.0,
            detail: format!(
                "{} words of a “we” in the writer's own voice ({})",
                plural.len(),
                examples(&plural)
            ),
        });
    }
    let prescriptive = phrases_in(&words, PRESCRIPTIVE);
    if prescriptive.len() >= 2 {
        evidence.push(TypeCue {
            cue: "prescriptive".to_string(),
            count: prescriptive.len(),
            points: 1.0,
            detail: format!(
                "{} prescriptive modals in the writer's own voice ({})",
                prescriptive.len(),
                examples(&prescriptive)
            ),
        });
    }
    let exclamations = exclamations(body, furniture);
    if !exclamations.is_empty() {
        evidence.push(TypeCue {
            cue: "exclamation".to_string(),
            count: exclamations.len(),
            points: 1.0,
            detail: format!(
                "{} exclamation(s) in the writer's own voice: {}",
                exclamations.len(),
                examples(&exclamations)
            ),
        });
    }
    let questions = rhetorical_questions(body, furniture);
    if !questions.is_empty() {
        evidence.push(TypeCue {
            cue: "rhetorical-question".to_string(),
            count: questions.len(),
            points: if questions.len() >= MANY_QUESTIONS {
                2.0
            } else {
                1.0
            },
            detail: format!(
                "{} question(s) in the writer's own voice: {}",
                questions.len(),
                examples(&questions)
            ),
        });
    }
    if evaluative.terms >= 3 && evaluative.density >= EVALUATIVE_DENSITY {
        evidence.push(TypeCue {
            cue: "evaluative-density".to_string(),
            count: evaluative.terms,
            points: if evaluative.density >= HIGH_EVALUATIVE_DENSITY {
                2.0
            } else {
                1.0
            },
            detail: format!(
                "{} evaluative terms of the writer's, {:.1} weighted per 100 words",
                evaluative.terms, evaluative.density
            ),
        });
    }
    if headline_evaluative.mass >= HEADLINE_VERDICT {
        evidence.push(TypeCue {
            cue: "headline-verdict".to_string(),
            count: headline_evaluative.terms,
            points: 1.0,
            detail: format!(
                "the headline passes judgement in the writer's own voice: {} evaluative terms, weighted {:.1}",
                headline_evaluative.terms, headline_evaluative.mass
            ),
        });
    }
    if evaluative.labels >= OUTLET_LABELS {
        evidence.push(TypeCue {
            cue: "outlet-labels".to_string(),
            count: evaluative.labels,
            points: 1.0,
            detail: format!(
                "{} labels pinned on people or groups in the writer's own voice",
                evaluative.labels
            ),
        });
    }
    if evaluative.strong >= STRONG_VERDICTS {
        evidence.push(TypeCue {
            cue: "strong-verdicts".to_string(),
            count: evaluative.strong,
            points: 1.0,
            detail: format!(
                "{} strong verdicts in the writer's own voice (terms of weight {} or more)",
                evaluative.strong,
                super::evaluative::STRONG_WEIGHT
            ),
        });
    }
    if sourcing.sentences >= 5 && sourcing.outlet_share >= OUTLET_SHARE {
        evidence.push(TypeCue {
            cue: "outlet-voice".to_string(),
            count: sourcing.outlet,
            points: 1.0,
            detail: format!(
                "{} of {} sentences quote or credit nobody",
                sourcing.outlet, sourcing.sentences
            ),
        });
    }
    let opinion_points = evidence.iter().fold(0.0, |sum, c| sum + c.points);
    let decisive = release
        .iter()
        .any(|m| RELEASE_MARKERS[..DECISIVE_RELEASE_MARKERS].contains(m));
    let kind = if decisive || release.len() >= 2 {
        TypeKind::PressRelease
    } else if opinion_points >= OPINION_POINTS {
        TypeKind::Opinion
    } else {
        TypeKind::News
    };
    if !release.is_empty() {
        evidence.insert(
            0,
            TypeCue {
                cue: "release-marker".to_string(),
                count: release.len(),
                points: 0.0,
                detail: format!("release wording: {}", examples(&release)),
            },
        );
    }
    let note = match kind {
        TypeKind::News => "straight news: the writer's own evaluative language is not expected",
        TypeKind::Opinion => {
            "opinion or analysis: loaded language is expected in an argued piece; the score is \
             computed as for news, so rankings stay comparable"
        }
        TypeKind::PressRelease => {
            "a press release or statement: an organisation speaks for itself, so its claims are \
             its own, not a newsroom's"
        }
    }
    .to_string();
    ArticleType {
        kind,
        opinion_points,
        evidence,
        note,
    }
}

/// Lower-case words of the body in the outlet's own voice, in text order, outside page
/// furniture (a paywall's "our journalism" and "your support" are the site's, not the writer's).
fn outlet_words<'a>(body: &'a FieldView, furniture: &[bool]) -> Vec<&'a str> {
    body.seg
        .tokens
        .iter()
        .filter(|t| t.voice == Voice::Outlet && furniture.get(t.sentence as usize) != Some(&true))
        .map(|t| body.seg.lower(t))
        .collect()
}

fn opinion_phrases(words: &[&str]) -> Vec<String> {
    phrases_in(words, OPINION_PHRASES)
}

/// Every occurrence of any of `phrases` in `words`, as text.
fn phrases_in(words: &[&str], phrases: &[&[&str]]) -> Vec<String> {
    // Why the table: this asks every outlet word of every body; a word whose first byte opens
    // no phrase is settled with one load.
    let firsts = phrase_first_bytes(phrases);
    let mut found = Vec::new();
    for i in 0..words.len() {
        if !words[i]
            .as_bytes()
            .first()
            .is_some_and(|&b| firsts[usize::from(b)])
        {
            continue;
        }
        for phrase in phrases {
            if words[i..].starts_with(phrase) {
                found.push(phrase.join(" "));
            }
        }
    }
    found
}

/// Outlet-voice body sentences that end in an exclamation mark.
fn exclamations(body: &FieldView, furniture: &[bool]) -> Vec<String> {
    outlet_sentences_ending(body, '!', furniture)
        .into_iter()
        .map(|i| body.sentence_text(i).trim().to_string())
        .collect()
}

/// Outlet-voice body sentences that end in a question mark, other than an explainer's subheads.
fn rhetorical_questions(body: &FieldView, furniture: &[bool]) -> Vec<String> {
    let questions = outlet_sentences_ending(body, '?', furniture);
    let subheads: Vec<usize> = questions
        .iter()
        .copied()
        .filter(|&i| is_a_subhead(body, i))
        .collect();
    questions
        .into_iter()
        .filter(|i| subheads.len() < SUBHEADS || !subheads.contains(i))
        .map(|i| body.sentence_text(i).trim().to_string())
        .collect()
}

/// Whether sentence `i` reads as a subhead ("What happens next?" on a line of its own,
/// followed by at least two sentences of answer before any other question). An explainer or a
/// Q&A asks its readers' questions to answer them, which argues nothing; but a writer may
/// answer a rhetorical question too, so only [`SUBHEADS`] of them make the format.
fn is_a_subhead(body: &FieldView, i: usize) -> bool {
    let seg = &body.seg;
    let text = body.text();
    let span = seg.sentences[i].span;
    let before = text[..span.start].rsplit('\n').next().unwrap_or("");
    let after = text[span.end..].split('\n').next().unwrap_or("");
    if seg.sentences[i].tokens.len() > SUBHEAD_WORDS
        || !before.trim().is_empty()
        || !after.trim().is_empty()
    {
        return false;
    }
    let answered = |k: usize| k < seg.sentences.len() && !super::sentence_ends_with(body, k, '?');
    answered(i + 1) && answered(i + 2)
}

/// So many subheads make an explainer's format.
const SUBHEADS: usize = 3;

/// At most this many words make a subhead question.
const SUBHEAD_WORDS: usize = 15;

/// Indices of body sentences outside furniture, in the outlet's voice, whose last mark is
/// `mark` (a quotation that ends the sentence is someone else's).
fn outlet_sentences_ending(body: &FieldView, mark: char, furniture: &[bool]) -> Vec<usize> {
    (0..body.seg.sentences.len())
        .filter(|&i| {
            furniture.get(i) != Some(&true)
                && super::sentence_ends_with(body, i, mark)
                && !body.sentence_text(i).trim_end().ends_with(['"', '”'])
                // ("Mr. Davis said: “How do you get that done now?": a quotation that runs on
                // past the sentence's mark is someone else's question.)
                && body.seg.sentences[i]
                    .tokens
                    .clone()
                    .last()
                    .is_none_or(|t| body.seg.tokens[t].voice != Voice::Quoted)
                && super::sourcing::sentence_voice(body, i) == Voice::Outlet
        })
        .collect()
}

/// A section label on the headline or on a line of its own near either end of the body.
/// How many sentences of their own, outside the excerpt, make a writer's post commentary on
/// what it cites rather than a bare repost.
const COMMENTARY_SENTENCES: usize = 2;

/// The citation line, when the body comments on an excerpt of another publication's article:
/// a line that cites it ("“Federal prosecutors reviewing …,” by Matt Dixon, Politico, November
/// 14, 2018:") hands over to lines the voice model gives to that article, and the writer has
/// [`COMMENTARY_SENTENCES`] or more sentences of their own beside it. A newsroom reports what
/// another outlet found; it does not paste its article under a byline line with remarks of its
/// own, which is how a blog or a column argues about the news.
fn commentary_on_a_citation(body: &FieldView, furniture: &[bool]) -> Option<String> {
    let text = body.text();
    let tokens = &body.seg.tokens;
    let mut offset = 0;
    let mut citation = None;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if !trimmed.ends_with(':') || !crate::text::quotes::cites_a_publication(trimmed) {
            continue;
        }
        // The excerpt must be read as the cited article's: the first word after the line.
        let next = tokens.partition_point(|t| t.span.start < offset);
        if tokens.get(next).is_some_and(|t| t.voice != Voice::Outlet) {
            citation = Some((start, offset, trimmed.to_string()));
            break;
        }
    }
    let (start, end, line) = citation?;
    let own = body
        .seg
        .sentences
        .iter()
        .enumerate()
        .filter(|&(i, s)| {
            furniture.get(i) != Some(&true)
                && (s.span.end <= start || s.span.start >= end)
                && tokens[s.tokens.clone()]
                    .iter()
                    .filter(|t| t.voice == Voice::Outlet)
                    .count()
                    * 2
                    > s.tokens.len()
        })
        .count();
    (own >= COMMENTARY_SENTENCES).then_some(line)
}

fn section_label(headline: Option<&FieldView>, body: &FieldView) -> Option<String> {
    if let Some(h) = headline {
        let lower = h.text().trim().to_lowercase();
        for label in SECTION_LABELS {
            if let Some(rest) = lower.strip_prefix(label) {
                if rest.trim_start().starts_with([':', '|', '—', '–', '-']) {
                    return Some(label.to_string());
                }
            }
        }
    }
    let lines: Vec<&str> = body
        .text()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let ends = lines
        .iter()
        .take(3)
        .chain(lines.iter().rev().take(3))
        .map(|l| l.to_lowercase());
    for line in ends {
        let bare = line.trim_end_matches([':', '.']);
        if SECTION_LABELS.contains(&bare) {
            return Some(bare.to_string());
        }
        if line.split_whitespace().count() <= 40 {
            if let Some(note) = BYLINE_NOTES.iter().find(|n| line.contains(*n)) {
                return Some(note.to_string());
            }
        }
    }
    None
}

fn release_markers(headline: Option<&FieldView>, body: &FieldView) -> Vec<&'static str> {
    // One pass of an automaton over the text, not a lower-cased copy searched once per marker:
    // this runs on every article of a batch.
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    let markers = MARKERS.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(RELEASE_MARKERS)
            .expect("the release markers are valid patterns")
    });
    let mut seen = [false; RELEASE_MARKERS.len()];
    for text in headline
        .map(FieldView::text)
        .into_iter()
        .chain([body.text()])
    {
        for m in markers.find_overlapping_iter(text) {
            seen[m.pattern().as_usize()] = true;
        }
    }
    let mut found: Vec<&'static str> = RELEASE_MARKERS
        .iter()
        .zip(seen)
        .filter(|(_, seen)| *seen)
        .map(|(m, _)| *m)
        .collect();
    let mut lines = headline
        .map(FieldView::text)
        .into_iter()
        .chain([body.text()])
        .flat_map(str::lines);
    if lines.any(|l| l.trim() == "###") {
        found.push("###");
    }
    found
}

/// Up to three distinct examples, quoted.
fn examples<S: AsRef<str>>(items: &[S]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        let s = item.as_ref();
        if !seen.contains(&s) {
            seen.push(s);
        }
        if seen.len() == 3 {
            break;
        }
    }
    seen.iter()
        .map(|s| format!("“{s}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::prepare_field;
    use crate::article::Field;
    use crate::lexicon::{LexiconSet, Matcher};
    use crate::vocab::Location;

    fn call(headline: &str, body: &str) -> ArticleType {
        let matcher = Matcher::new(LexiconSet::embedded().unwrap());
        let (h, b) = (Field::new(headline), Field::new(body));
        let hv = prepare_field(Location::Headline, &h, &matcher);
        let bv = prepare_field(Location::Body, &b, &matcher);
        let voices = super::super::voices::voices(&bv, &matcher);
        let sourcing = super::super::sourcing::sourcing(&bv, &voices, &[]);
        let furniture = super::super::furniture::furniture_sentences(&bv);
        article_type(
            Some(&hv),
            &Evaluative::default(),
            &bv,
            &Evaluative::default(),
            &sourcing,
            &furniture,
        )
    }

    fn cues(t: &ArticleType) -> Vec<&str> {
        t.evidence.iter().map(|c| c.cue.as_str()).collect()
    }

    #[test]
    fn a_headline_that_passes_judgement_is_one_cue_not_a_verdict() {
        let matcher = Matcher::new(LexiconSet::embedded().unwrap());
        let (h, b) = (
            Field::new("Deep State Insurrection Defying the President"),
            Field::new(
                "Officials are in panic mode, we are told. We should ask why. \
                 Our readers know the answer. Why do they defy him?",
            ),
        );
        let hv = prepare_field(Location::Headline, &h, &matcher);
        let bv = prepare_field(Location::Body, &b, &matcher);
        let voices = super::super::voices::voices(&bv, &matcher);
        let sourcing = super::super::sourcing::sourcing(&bv, &voices, &[]);
        let furniture = super::super::furniture::furniture_sentences(&bv);
        let with_headline = |mass: f64| {
            let headline = Evaluative {
                mass,
                terms: 1,
                ..Evaluative::default()
            };
            article_type(
                Some(&hv),
                &headline,
                &bv,
                &Evaluative::default(),
                &sourcing,
                &furniture,
            )
        };
        let with = with_headline(1.5);
        assert!(cues(&with).contains(&"headline-verdict"), "{with:?}");
        let without = with_headline(0.0);
        assert!(!cues(&without).contains(&"headline-verdict"));
        assert_eq!(with.opinion_points, without.opinion_points + 1.0);
        // A cautious headline word ("Epic", weight 0.5) passes no verdict.
        assert!(!cues(&with_headline(0.5)).contains(&"headline-verdict"));
        // Labels pinned in the writer's own voice: two are a cue, one is not.
        let with_labels = |labels: usize| {
            let body = Evaluative {
                labels,
                ..Evaluative::default()
            };
            article_type(
                Some(&hv),
                &Evaluative::default(),
                &bv,
                &body,
                &sourcing,
                &furniture,
            )
        };
        assert!(cues(&with_labels(2)).contains(&"outlet-labels"));
        assert!(!cues(&with_labels(1)).contains(&"outlet-labels"));
    }

    #[test]
    fn a_wire_story_is_news() {
        let t = call(
            "Council approves budget",
            "The city council approved the budget on Tuesday, officials said. \
             The vote was 7 to 2. \"We are pleased,\" the mayor said.",
        );
        assert_eq!(t.kind, TypeKind::News);
        assert!(t.evidence.is_empty(), "{:?}", t.evidence);
    }

    #[test]
    fn first_person_argument_with_questions_is_opinion() {
        let t = call(
            "Why the budget fails us",
            "I think the council got this wrong. My neighbours agree with me. \
             Who pays for it? You do, and your children will too.",
        );
        assert_eq!(t.kind, TypeKind::Opinion);
        let c = cues(&t);
        for cue in [
            "first-person",
            "opinion-phrase",
            "direct-address",
            "rhetorical-question",
        ] {
            assert!(c.contains(&cue), "{cue} missing from {c:?}");
        }
    }

    #[test]
    fn many_questions_of_the_writers_weigh_more_than_one() {
        let one = call(
            "Council votes on budget",
            "The council met on Monday. What happens next? The vote is on Friday.",
        );
        let many = call(
            "Council votes on budget",
            "The council met on Monday. Who wanted this plan? Why does it come \
             now, before the election? Who will pay for the new offices? The vote is on Friday.",
        );
        let points = |t: &ArticleType| {
            t.evidence
                .iter()
                .find(|c| c.cue == "rhetorical-question")
                .map(|c| c.points)
        };
        assert_eq!(points(&one), Some(1.0));
        assert_eq!(points(&many), Some(2.0));
    }

    #[test]
    fn a_quotation_running_on_past_its_question_is_the_speakers() {
        let t = call(
            "Council votes on budget",
            "The council met on Monday. As for the prospects of a deal, Mr. Davis said: \u{201c}How do you get that done now? This was the guy holding it back.\u{201d} The vote is on Friday.",
        );
        assert!(!cues(&t).contains(&"rhetorical-question"), "{t:?}");
    }

    #[test]
    fn a_quoted_first_person_is_the_source_not_the_writer() {
        let t = call(
            "Mayor defends budget",
            "\"I think my plan is right, and I know you agree,\" the mayor said. \
             \"Who else would pay for it?\" she asked.",
        );
        assert_eq!(t.kind, TypeKind::News, "{:?}", t.evidence);
    }

    #[test]
    fn strong_verdicts_in_the_writers_voice_count_and_quoted_ones_do_not() {
        let filler = "The council met on Tuesday to discuss the budget for next year. \
            Officials presented figures on roads, schools and parks. ";
        let argued = format!(
            "{filler}{filler}The despicable plan is a shameful betrayal. Its authors ran a \
             disastrous campaign to sell it."
        );
        // The cue reads the findings' weights and voices: the whole analysis.
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let full = |body: &str| {
            analyzer
                .analyze(&crate::Article::from_parts("t", Some("Budget plan"), body))
                .article_type
        };
        let t = full(&argued);
        assert!(cues(&t).contains(&"strong-verdicts"), "{:?}", t.evidence);
        let reported = format!(
            "{filler}{filler}\u{201c}The plan is despicable, shameful and disastrous,\u{201d} \
             the opposition leader said."
        );
        let t = full(&reported);
        assert!(!cues(&t).contains(&"strong-verdicts"), "{:?}", t.evidence);
    }

    #[test]
    fn a_writer_who_says_we_must_is_arguing() {
        let t = call(
            "Time to fix the buses",
            "The council has ignored the buses for a decade. We deserve better, and our \
             leaders should know it. We must demand a plan this year! The mayor should resign \
             if she cannot deliver one.",
        );
        assert_eq!(t.kind, TypeKind::Opinion, "{:?}", t.evidence);
        let c = cues(&t);
        for cue in ["first-person-plural", "prescriptive", "exclamation"] {
            assert!(c.contains(&cue), "{cue} missing from {c:?}");
        }
    }

    #[test]
    fn an_explainers_subheads_and_a_paywall_pitch_argue_nothing() {
        let t = call(
            "What the pope's abuse commission did",
            "The pope renewed the commission on Saturday. Its members will serve three years.\n\
             What is the commission?\n\
             It advises the pope on abuse. It was set up in 2014.\n\
             Why is it being renewed now?\n\
             Its term ran out. Officials said a new one was due.\n\
             What happens next?\n\
             The members meet in April. They will report in the autumn.\n\
             Already a subscriber?\n\
             Your support makes our work possible.\n\
             Get full access to our journalism for you and your family.",
        );
        for cue in [
            "rhetorical-question",
            "first-person-plural",
            "direct-address",
        ] {
            assert!(!cues(&t).contains(&cue), "{cue}: {:?}", t.evidence);
        }
        // A writer who asks and answers now and then is still arguing.
        let t = call(
            "Synod of schemers",
            "The synod opens in October.\nSound familiar?\nIt should.\nIt is the same synod.\n\
             Who is surprised?\nNobody.\nNobody at all was.",
        );
        assert!(
            cues(&t).contains(&"rhetorical-question"),
            "{:?}",
            t.evidence
        );
    }

    #[test]
    fn our_planet_is_everyones() {
        let t = call(
            "The Sun may dim",
            "Our star changes over decades, and our planet feels it. Scientists said our solar \
             system has seen such minimums before, and our species has lived through them.",
        );
        assert!(
            !cues(&t).contains(&"first-person-plural"),
            "{:?}",
            t.evidence
        );
    }

    #[test]
    fn the_us_in_capitals_is_the_country() {
        let t = call(
            "Embassy worker hurt in China",
            "The US embassy confirmed the injury. The US State Department said the US would \
             send doctors, and US officials flew to Guangzhou on Friday.",
        );
        assert!(
            !cues(&t).contains(&"first-person-plural"),
            "{:?}",
            t.evidence
        );
    }

    #[test]
    fn a_quoted_we_must_is_the_speakers() {
        let t = call(
            "Union calls for bus plan",
            "\"We must demand a plan this year! Our members should not wait,\" the union \
             leader said. \"We deserve better,\" she added. The council will vote in March, \
             officials said.",
        );
        assert_eq!(t.kind, TypeKind::News, "{:?}", t.evidence);
        assert!(t.evidence.is_empty(), "{:?}", t.evidence);
    }

    #[test]
    fn a_forecasts_should_alone_does_not_make_opinion() {
        let t = call(
            "Storm to reach coast",
            "The storm should reach the coast by Friday, forecasters said. Residents were told \
             to prepare. The storm should weaken over land.",
        );
        // "should" of a forecast reads like a prescription; one point is all it can earn.
        assert!(t.opinion_points < OPINION_POINTS, "{:?}", t.evidence);
        assert_eq!(t.kind, TypeKind::News, "{:?}", t.evidence);
    }

    #[test]
    fn remarks_on_a_cited_excerpt_are_commentary() {
        let excerpt = "“Council approves new bypass,” by Jane Roe, Valley Times, March 3, 2024:\n\
                       The council approved the bypass on Tuesday.\n\
                       Work is due to start in May, the council said.\n";
        let t = call(
            "Council Approves Bypass",
            &format!(
                "At last the council has done something.\nIt took them ten years to get here.\n\
                 {excerpt}"
            ),
        );
        assert_eq!(t.kind, TypeKind::Opinion, "{t:?}");
        assert_eq!(cues(&t), ["cited-excerpt"]);
        // A bare repost, without remarks of the writer's, is no commentary.
        let t = call(
            "Council Approves Bypass",
            &format!("From the Valley Times.\n{excerpt}"),
        );
        assert!(!cues(&t).contains(&"cited-excerpt"), "{t:?}");
    }

    #[test]
    fn a_section_label_decides() {
        let t = call("Opinion: The budget is fine", "The council approved it.");
        assert_eq!(t.kind, TypeKind::Opinion);
        assert_eq!(cues(&t), ["section-label"]);
        let t = call(
            "The budget is fine",
            "The council approved it.\n\nJane Doe is an opinion columnist.",
        );
        assert_eq!(t.kind, TypeKind::Opinion);
    }

    #[test]
    fn release_wording_makes_a_press_release() {
        let t = call(
            "Acme opens new plant",
            "FOR IMMEDIATE RELEASE\n\nAcme Corp (NASDAQ: ACME) is pleased to announce a new \
             plant.\n\nMedia contact: press@acme.example",
        );
        assert_eq!(t.kind, TypeKind::PressRelease);
        assert_eq!(cues(&t)[0], "release-marker");
    }

    #[test]
    fn a_body_sentence_is_not_a_headline() {
        assert!(reads_as_headline(
            "Blinken urges Beijing to curb support for Russia"
        ));
        assert!(reads_as_headline("Is the budget too big?"));
        assert!(reads_as_headline("Troops leave the U.S."));
        assert!(reads_as_headline(
            "Facebook Bans Outline to Stop Jihadi Attacks on Americans."
        ));
        assert!(!reads_as_headline(
            "The council voted on Tuesday to close the library for good."
        ));
        assert!(!reads_as_headline(""));
        assert!(!reads_as_headline(&"word ".repeat(31)));
    }
}
