/*!
Which headline words make a claim the body must back, and which are backed in ways the
concepts do not see.

"Unsupported" is a statement an editor must be able to sign: "the body does not say this".
Some headline words state nothing on their own, so the body cannot fail to say them:

- **names** of people, places and bodies (lexicon entities; in a headline that is not in Title
  Case, any capitalised word after the first) — the body may call the same person by another
  form, and a headline's name is its subject, not its claim;
- **role nouns** for people and offices ("aide", "lawmaker", "official", "Dept");
- **time and sequence words** ("next", "now", "ultimately") and teaser words ("here's",
  "story");
- **bare numbers**: unless the body gives a different figure for the same noun ("12 dead"
  against "ten dead"), a number the body does not repeat is not called unsupported; one the
  body gives in another form ("thirty", "dozens") is backed ([`super::numbers`]);
- **the outlet's label** before the headline ("PressTV - …", "EXCLUSIVE: …").

And some headline words have a negative meaning of their own ("fall short", "fail",
"reject"): a body that negates them ("it was not a failure", a backer said) is litotes or
spin, not a refutation, so they are never *contradicted* by a negation.
*/

use super::numbers::{quantity, scale, Quantity};
use crate::analysis::concepts::{ArticleConcepts, Concept};
use crate::analysis::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::vocab::Role;

/// Nouns for a person's role or office, and for the bodies they belong to: they name who
/// acts, not what the headline claims about them. Lower case.
const ROLE_NOUNS: &[&str] = &[
    "administration",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "agency",
    "aide",
    "aides",
    "ambassador",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "board",
    "boss",
    "cabinet",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "commissioner",
    "committee",
    "congressman",
    "congresswoman",
    "council",
    "councillor",
    "councilman",
    "councilwoman",
    "court",
    "dept",
    "department",
    "deputy",
    "diplomat",
    "director",
    "envoy",
    "exec",
    "executive",
    "gov",
    "government",
    "governor",
    "judge",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "manager",
    "mayor",
    "minister",
    "ministry",
    "mp",
    "mps",
    "office",
    "officer",
    "officers",
    "official",
    "officials",
    "panel",
    "pm",
    "president",
    "prosecutor",
    "prosecutors",
    "rep",
    "representative",
    "secretary",
    "sen",
    "senator",
    "senators",
    "sheriff",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "staffers",
    // rank words that belong to a role: "top aide", "senior official", "former minister"
    "acting",
    "ex",
    "former",
    "senior",
    "top",
    "vice",
];

/// Time, sequence and teaser words, the outlet's media tags and the headline's own hedges:
/// they place, introduce or soften a claim, and make none.
const TIME_AND_TEASER_WORDS: &[&str] = &[
    "again",
    "ago",
    "already",
    "currently",
    "earlier",
    "eventually",
    "finally",
    "friday",
    "here",
    "here's",
    "heres",
    "later",
    "monday",
    "next",
    "now",
    "saturday",
    "soon",
    "still",
    "story",
    "sunday",
    "thursday",
    "today",
    "tonight",
    "tomorrow",
    "tuesday",
    "ultimately",
    "wednesday",
    "yesterday",
    // media tags ("(video)", "WATCH") and the headline's own hedges ("possible")
    "audio",
    "breaking",
    "exclusive",
    "gallery",
    "likely",
    "listen",
    "live",
    "opinion",
    "perhaps",
    "photo",
    "photos",
    "pictures",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "probably",
    "update",
    "updated",
    "video",
    "videos",
    "watch",
];

/// Phrases that place or connect a claim and make none ("in the wake of", "at the hands of",
/// "the story behind"), and copulas, whose predicate carries the claim ("became a flashpoint").
/// Every word of a phrase is left out.
const CONNECTIVES: &[&[&str]] = &[
    &["wake", "of"],
    &["heels", "of"],
    &["hands", "of"],
    &["run-up", "to"],
    &["story", "behind"],
    &["become"],
    &["became"],
    &["becomes"],
    &["becoming"],
    &["ahead", "of"],
    // light verbs: the complement carries the claim ("gets rough", "brings out supporters")
    &["get"],
    &["gets"],
    &["got"],
    &["bring"],
    &["brings"],
    &["make"],
    &["makes"],
];

/// Stems of words whose own meaning is a negative outcome. The `setback` cues of the
/// lexicons count too.
const NEGATIVE_STEMS: &[&str] = &[
    "collaps",
    "defeat",
    "fail",
    "failur",
    "falter",
    "flop",
    "lose",
    "lost",
    "loss",
    "miss",
    "reject",
    "refus",
    "rebuf",
    "short",
    "stall",
    "unsuccess",
];

/// The verdict inputs per headline token.
pub(in crate::analysis) struct Claims {
    negative: Vec<bool>,
    name: Vec<bool>,
    not_a_claim: Vec<bool>,
    backed: Vec<bool>,
}

impl Claims {
    pub(super) fn new(
        matcher: &Matcher,
        headline: &FieldView,
        body: &FieldView,
        concepts: &ArticleConcepts,
    ) -> Claims {
        let n = headline.seg.tokens.len();
        let mut negative: Vec<bool> = (0..n)
            .map(|t| {
                let stem = &*headline.found.words[t].stem;
                let next = (t + 1 < n).then(|| &*headline.found.words[t + 1].stem);
                NEGATIVE_STEMS.contains(&stem) || (stem == "fall" && next == Some("short"))
            })
            .collect();
        for m in &headline.found.matches {
            if let Payload::Term(id) = m.payload {
                if matcher.terms[id as usize].role == Some(Role::Setback) {
                    negative[m.tokens.clone()]
                        .iter_mut()
                        .for_each(|b| *b = true);
                }
            }
        }
        let label = label_tokens(headline);
        let connective = connective_tokens(headline);
        let body_numbers: Vec<Quantity> = if (0..n).any(|t| is_number(headline, t)) {
            body_quantities(body)
        } else {
            Vec::new()
        };
        let name = names(headline, body, concepts);
        let mut backed = vec![false; n];
        let mut not_a_claim = vec![false; n];
        for t in 0..n {
            let word = headline.seg.lower_at(t);
            if let Some(q) = quantity(word) {
                backed[t] = body_numbers.iter().any(|b| q.agrees(*b));
                not_a_claim[t] = !backed[t] && !different_figure(headline, body, t, q);
                continue;
            }
            // A function word inside a paraphrase phrase ("running *for*") is the phrase's.
            not_a_claim[t] = headline.found.words[t].is_stopword
                || label.contains(&t)
                || connective[t]
                || name[t]
                || ROLE_NOUNS.contains(&word)
                || TIME_AND_TEASER_WORDS.contains(&word);
        }
        Claims {
            negative,
            name,
            not_a_claim,
            backed,
        }
    }

    /// Whether headline word `t` has a negative meaning of its own ("fail", "fall short").
    pub(super) fn negative_meaning(&self, t: usize) -> bool {
        self.negative[t]
    }

    /// Whether headline word `t` is (part of) a name: a name is who the claim is about, so the
    /// body never contradicts it.
    pub(super) fn is_name(&self, t: usize) -> bool {
        self.name[t]
    }

    /// Whether headline word `t` states no claim of its own (see the module doc).
    pub(super) fn not_a_claim(&self, t: usize) -> bool {
        self.not_a_claim[t]
    }

    /// Whether the body backs headline word `t` in a way the concepts do not see: the same
    /// number written another way.
    pub(super) fn backed_otherwise(&self, t: usize) -> bool {
        self.backed[t]
    }
}

fn is_number(view: &FieldView, t: usize) -> bool {
    quantity(view.seg.lower_at(t)).is_some()
}

/// Whether the body gives a different figure for what headline number `t` counts: the noun
/// after it ("12 dead", "30 years") follows another number in the body.
fn different_figure(headline: &FieldView, body: &FieldView, t: usize, q: Quantity) -> bool {
    let Some(noun) = headline.found.words.get(t + 1).filter(|w| !w.is_stopword) else {
        return false;
    };
    (1..body.seg.tokens.len()).any(|b| {
        body.found.words[b].stem == noun.stem
            && quantity(body.seg.lower_at(b - 1)).is_some_and(|other| !other.agrees(q))
    })
}

/// The outlet's label before a headline: at most two words before a colon, a bar or a
/// spaced dash ("EXCLUSIVE: …", "PressTV - …"), or one word in CamelCase or capitals joined
/// by a hyphen ("PressTV-Sun to cool …").
fn label_tokens(headline: &FieldView) -> Vec<usize> {
    let text = headline.text();
    let tokens = &headline.seg.tokens;
    for i in 1..tokens.len().min(3) {
        let gap = &text[tokens[i - 1].span.end..tokens[i].span.start];
        let separator = gap.contains([':', '|', '–', '—']) || gap.contains(" - ");
        let word = &text[tokens[i - 1].span.start..tokens[i - 1].span.end];
        let capitals = word.chars().filter(|c| c.is_uppercase()).count();
        let hyphen_label = i == 1 && gap == "-" && capitals >= 2;
        if separator || hyphen_label {
            return (0..i).collect();
        }
    }
    Vec::new()
}

/// Tokens inside a [`CONNECTIVES`] phrase.
fn connective_tokens(headline: &FieldView) -> Vec<bool> {
    let n = headline.seg.tokens.len();
    let mut out = vec![false; n];
    for t in 0..n {
        for phrase in CONNECTIVES {
            let fits = t + phrase.len() <= n
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(k, w)| headline.seg.lower_at(t + k) == *w);
            if fits {
                out[t..t + phrase.len()].iter_mut().for_each(|b| *b = true);
            }
        }
    }
    out
}

/// Which headline words are names: lexicon entities; abbreviations with full stops; in a
/// headline not in Title Case, a
/// capitalised word after the first; in any headline, a word the body writes only with a
/// capital, and at least once inside a sentence ("Paddock", "Avenatti").
fn names(headline: &FieldView, body: &FieldView, concepts: &ArticleConcepts) -> Vec<bool> {
    let n = headline.seg.tokens.len();
    let mut name = vec![false; n];
    for (t, slot) in name.iter_mut().enumerate() {
        let token = &headline.seg.tokens[t];
        let entity = concepts
            .headline
            .of(t)
            .iter()
            .any(|&c| matches!(concepts.concept(c), Concept::Entity(_)));
        // An abbreviation written with full stops ("N.C.", "G.O.P.") is a name.
        let text = &headline.text()[token.span.start..token.span.end];
        let dotted = text.contains('.') && text.chars().any(char::is_uppercase);
        if entity || dotted || (token.capitalized && t > 0 && !headline.seg.title_case) {
            *slot = true;
            continue;
        }
        if !token.capitalized || headline.found.words[t].is_stopword {
            continue;
        }
        let stem = &headline.found.words[t].stem;
        let (mut inside, mut lower) = (0, 0);
        for (b, word) in body.found.words.iter().enumerate() {
            if word.stem != *stem {
                continue;
            }
            let bt = &body.seg.tokens[b];
            let first = body.seg.sentences[bt.sentence as usize].tokens.start == b;
            if !bt.capitalized {
                lower += 1;
            } else if !first {
                inside += 1;
            }
        }
        *slot = inside > 0 && lower == 0;
    }
    name
}

/// Every quantity the body gives, a figure followed by a scale word counted as their product
/// ("8 billion" is 8,000,000,000) as well as the figure alone.
fn body_quantities(body: &FieldView) -> Vec<Quantity> {
    let n = body.seg.tokens.len();
    let mut out = Vec::new();
    for t in 0..n {
        let Some(q) = quantity(body.seg.lower_at(t)) else {
            continue;
        };
        out.push(q);
        if let Some(s) = (t + 1 < n)
            .then(|| scale(body.seg.lower_at(t + 1)))
            .flatten()
        {
            if q.low == q.high {
                let v = q.low.saturating_mul(s);
                out.push(Quantity { low: v, high: v });
            }
        }
    }
    out
}
