/*!
Strict polarity: which negated mentions really deny what they mention.

[`crate::text::negation`] marks a scope after every cue, NegEx style; for scoring that is the
right breadth (a mention inside a negation's scope does not back a claim). Calling a headline
term *contradicted* is a stronger statement, one an editor must be able to sign, so it asks
more of the body: the same clause must negate the term itself. Three readings of a mention
come out of this module:

- **affirmed**: outside any scope, or inside a scope opened by a phrase that negates nothing
  about what follows: "it was *not the first time* he had accused", "*no stranger* to",
  "*nothing new*", "*never before*", "*not only* … but", and comparisons ("*no more* than
  forty", "*not as* large as");
- **denied**: the cue's focus, the first content word after the cue ("did not *accuse* the
  companies"; after a verb of showing or finding, the proposition of its complement:
  "could not show that *coffee causes cancer*"; after a negative pronoun, the predicate: "no
  one is *safe* from the plague");
- **unclear**: the rest of a scope; every word of a scope governed by a modal of obligation
  ("officials *should not abuse* their positions" is a precept, not a report); a scope opened
  by "without" ("a recession is possible *without a tax deal*": a condition) or by a
  contrastive "not" after a comma ("about energy policy, *not Christian faith*": the
  alternative set aside).

Why not change [`crate::text::negation`] itself: omissions and tone read its broad scopes,
and their owners tune against them. This module narrows them for the one statement that needs
it.
*/

use crate::analysis::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::vocab::Role;

/// How a mention stands, for deciding that a headline term is contradicted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Polarity {
    Affirmed,
    Denied,
    Unclear,
}

/// Content words after a cue that its focus covers: the first, most often the predicate
/// ("did not *accuse* the companies"; "not *okay* to boycott"). The words after it are
/// mentioned in the negated clause, not denied themselves.
const FOCUS_WORDS: usize = 1;

/// Words right after a cue that turn it into a fixed phrase negating nothing of what follows
/// ("not the first time he has accused" affirms that he accused). Each is matched against the
/// words after the cue, in order.
const NOT_NEGATING: &[&[&str]] = &[
    &["the", "first"],
    &["for", "the", "first"],
    &["the", "only"],
    &["a", "first"],
    &["only"],
    &["just"],
    &["merely"],
    &["least"],
    // litotes: "not without issues", "not unlike"
    &["without"],
    &["unlike"],
    &["stranger"],
    &["strangers"],
    &["new"],
    &["before"],
    &["unusual"],
    &["uncommon"],
    &["surprise"],
    &["surprising"],
    &["secret"],
    &["exception"],
    &["coincidence"],
    &["accident"],
    &["doubt"],
    &["question"],
    &["wonder"],
    &["alone"],
    &["different"],
    // comparisons: "no more than", "not as large as", "not so much"
    &["more"],
    &["less"],
    &["fewer"],
    &["as"],
    &["so"],
    &["later"],
    &["earlier"],
    &["longer", "than"],
];

/// Words before a cue that make its clause a precept or a wish, not a report.
const MODALS: &[&str] = &["should", "must", "ought", "shall", "let's"];

/// How many words before a cue a modal may stand and still govern it.
const MODAL_REACH: usize = 10;

/// Cues whose "n't" form is itself a modal.
const MODAL_CONTRACTIONS: &[&str] = &["shouldn't", "mustn't", "shan't", "oughtn't"];

/// Verbs and nouns of showing and finding: a negation of one of them denies its complement
/// ("could not show that coffee causes cancer"), so the focus passes over them.
const EVIDENTIAL: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "prove",
    "proved",
    "proven",
    "find",
    "found",
    "confirm",
    "confirmed",
    "establish",
    "established",
    "evidence",
    "sign",
    "indication",
    "suggest",
    "suggests",
    "mean",
    "means",
    "that",
];

/// Days and time adverbs, which a negation's focus passes over.
const TIME_WORDS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "today",
    "tuesday",
    "wednesday",
    "yesterday",
    "again",
    "ever",
    "now",
    "previously",
    "repeatedly",
    "emphatically",
];

/// Negative pronouns: as a subject they deny the predicate, not its complement.
const NEGATIVE_PRONOUNS: &[&str] = &["nobody", "nothing", "none"];

/// The strict polarity of every token of a field, given the broad scopes of
/// [`crate::text::negation::negated_tokens`].
pub(super) fn strict_polarity(view: &FieldView, negated: &[bool]) -> Vec<Polarity> {
    let seg = &view.seg;
    let n = seg.tokens.len();
    let mut out = vec![Polarity::Affirmed; n];
    let mut t = 0;
    while t < n {
        if !negated[t] {
            t += 1;
            continue;
        }
        // A scope starts here: it runs while tokens are negated (a released focus word leaves
        // one hole, which the next scope token closes).
        let start = t;
        let mut end = t;
        while end < n
            && (negated[end]
                || (end + 1 < n
                    && negated[end + 1]
                    && seg.tokens[end + 1].sentence == seg.tokens[start].sentence))
        {
            end += 1;
        }
        let cue = cue_before(view, start);
        let reading = scope_reading(view, cue, start..end);
        let mut content = 0;
        let mut focus_words = if cue.is_some_and(|c| is_negative_pronoun(view, c, start)) {
            1
        } else {
            FOCUS_WORDS
        };
        for (i, slot) in out.iter_mut().enumerate().take(end).skip(start) {
            if !negated[i] {
                continue;
            }
            *slot = match reading {
                Reading::Affirmed => Polarity::Affirmed,
                Reading::Unclear => Polarity::Unclear,
                Reading::Focused if PROPOSITION_BREAKS.contains(&seg.lower_at(i)) => {
                    // "can't find the motive of the man who drove …": the relative clause
                    // is its own proposition, out of the focus.
                    content = usize::MAX;
                    Polarity::Unclear
                }
                Reading::Focused if content == usize::MAX => Polarity::Unclear,
                Reading::Focused => {
                    // "denied on Wednesday that …": a day is not what is denied.
                    let is_content =
                        !view.found.words[i].is_stopword && !TIME_WORDS.contains(&seg.lower_at(i));
                    // "can't find the motive" denies the finding, not that there is a motive:
                    // "find" passes the focus on only to a proposition ("found that …").
                    let finding_a_thing = matches!(seg.lower_at(i), "find" | "found")
                        && (i + 1 >= n || seg.lower_at(i + 1) != "that");
                    if content == 0 && EVIDENTIAL.contains(&seg.lower_at(i)) && !finding_a_thing {
                        // The focus passes to the complement of "show", "find", …: a
                        // proposition, its subject, verb and object.
                        focus_words = FOCUS_WORDS + 2;
                        Polarity::Denied
                    } else if content < focus_words {
                        content += usize::from(is_content);
                        Polarity::Denied
                    } else {
                        Polarity::Unclear
                    }
                }
            };
        }
        t = end.max(start + 1);
    }
    out
}

/// Degree words that doubt what follows them without denying it: "Less *Sure*", "Barely
/// *Alive*", "Hardly *Settled*".
const DOWNTONERS: &[&str] = &["less", "least", "hardly", "barely", "scarcely"];

/// Tokens right after a [`DOWNTONERS`] word. A headline that already doubts a word is not
/// contradicted by a body that negates it ("Less Sure" and "could not be sure" agree).
pub(super) fn downtoned(view: &FieldView) -> Vec<bool> {
    let seg = &view.seg;
    let n = seg.tokens.len();
    (0..n)
        .map(|t| {
            t > 0
                && DOWNTONERS.contains(&seg.lower_at(t - 1))
                && seg.tokens[t - 1].sentence == seg.tokens[t].sentence
        })
        .collect()
}

/// Tokens a refusal or failure denies: the verb after a `setback` cue and "to" ("refused to
/// *condemn*", "declined to *raise* rates"). Semantic negation NegEx does not see: it matters
/// both ways, since a headline "Won't Condemn" is then backed by "refused to condemn", and
/// "Condemns" is contradicted by it.
pub(super) fn refused_complements(matcher: &Matcher, view: &FieldView) -> Vec<bool> {
    let seg = &view.seg;
    let mut out = vec![false; seg.tokens.len()];
    for m in &view.found.matches {
        let Payload::Term(id) = m.payload else {
            continue;
        };
        if matcher.terms[id as usize].role != Some(Role::Setback) {
            continue;
        }
        let to = m.tokens.end;
        if to >= seg.tokens.len() || seg.lower_at(to) != "to" {
            continue;
        }
        // "…accountable if it failed to take action": a refusal supposed, not reported.
        if crate::analysis::in_a_supposition(view, m.tokens.start) {
            continue;
        }
        let sentence = seg.tokens[to].sentence;
        if let Some(verb) = (to + 1..seg.tokens.len().min(to + 4))
            .take_while(|&i| seg.tokens[i].sentence == sentence)
            .find(|&i| !view.found.words[i].is_stopword)
        {
            out[verb] = true;
        }
    }
    out
}

/// How far from a refutation cue a refuted word may stand and still count as what is refuted.
const REFUTATION_REACH: usize = 8;

/// Words that open a new proposition inside a clause: a refutation does not reach past them
/// ("freaked out at the decision, since their objective is to discredit him").
const PROPOSITION_BREAKS: &[&str] = &[
    "and", "because", "but", "since", "which", "while", "who", "when", "whereas", "although",
];

/// The refuted tokens of [`super::refuted_tokens`] that stand near a cue, within
/// [`REFUTATION_REACH`] words and with no [`PROPOSITION_BREAKS`] word between: "reports that
/// the *bombshell* was false", not every word of a long clause that happens to hold "false".
pub(super) fn near_cue(view: &FieldView, refuted: &[bool], cue: &[bool]) -> Vec<bool> {
    let seg = &view.seg;
    let n = seg.tokens.len();
    let mut out = vec![false; n];
    for c in (0..n).filter(|&c| cue[c]) {
        let sentence = seg.tokens[c].sentence;
        // Names are never refuted themselves, but the reach runs across them.
        let same_sentence = |i: &usize| seg.tokens[*i].sentence == sentence;
        for i in (c + 1..n.min(c + 1 + REFUTATION_REACH)).take_while(same_sentence) {
            if PROPOSITION_BREAKS.contains(&seg.lower_at(i)) {
                break;
            }
            out[i] |= refuted[i];
        }
        for i in (c.saturating_sub(REFUTATION_REACH)..c)
            .rev()
            .take_while(same_sentence)
        {
            if PROPOSITION_BREAKS.contains(&seg.lower_at(i)) {
                break;
            }
            out[i] |= refuted[i];
        }
    }
    out
}

enum Reading {
    Affirmed,
    Unclear,
    Focused,
}

/// The token of the cue that opens a scope starting at `start`: the word before it, or the
/// first of a two-word cue ("fail to", "no longer").
fn cue_before(view: &FieldView, start: usize) -> Option<usize> {
    let before = start.checked_sub(1)?;
    let word = view.seg.lower_at(before);
    if (word == "to" || word == "longer") && before > 0 {
        return Some(before - 1);
    }
    (view.seg.tokens[before].sentence == view.seg.tokens[start].sentence).then_some(before)
}

fn is_negative_pronoun(view: &FieldView, cue: usize, start: usize) -> bool {
    let word = view.seg.lower_at(cue);
    NEGATIVE_PRONOUNS.contains(&word) || (word == "no" && view.seg.lower_at(start) == "one")
}

/// How a scope reads: a fixed phrase after the cue, a modal before it, or a real negation.
fn scope_reading(view: &FieldView, cue: Option<usize>, scope: std::ops::Range<usize>) -> Reading {
    let seg = &view.seg;
    let after: Vec<&str> = scope.clone().take(3).map(|i| seg.lower_at(i)).collect();
    if NOT_NEGATING
        .iter()
        .any(|phrase| after.len() >= phrase.len() && after[..phrase.len()] == **phrase)
    {
        return Reading::Affirmed;
    }
    // "no bigger than", "not larger than": a comparison.
    if after.get(1) == Some(&"than") {
        return Reading::Affirmed;
    }
    let Some(cue) = cue else {
        return Reading::Focused;
    };
    let cue_word = seg.lower_at(cue);
    // "without a deal" states a circumstance, often a condition ("possible without a tax
    // deal"); "…, not Christian faith" names the alternative set aside. Neither denies what
    // it mentions outright.
    let contrastive = cue_word == "not"
        && cue > 0
        && view.text()[seg.tokens[cue - 1].span.end..seg.tokens[cue].span.start].contains(',');
    if cue_word == "without" || contrastive {
        return Reading::Unclear;
    }
    // "Wal-Mart could be held accountable if it failed to take action": a negation inside a
    // supposition says what would follow, not what happened.
    if crate::analysis::in_a_supposition(view, cue) {
        return Reading::Unclear;
    }
    // "should guard the public's trust, not abuse it": the modal governs a coordinated
    // "not" a few words on, across a comma.
    let modal_before = (cue.saturating_sub(MODAL_REACH)..cue)
        .filter(|&i| seg.tokens[i].sentence == seg.tokens[cue].sentence)
        .any(|i| MODALS.contains(&seg.lower_at(i)));
    if modal_before || MODAL_CONTRACTIONS.contains(&cue_word) {
        return Reading::Unclear;
    }
    Reading::Focused
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::negation::negated_tokens;

    /// The words of `text` read as denied, and those read as unclear.
    fn readings(text: &str) -> (Vec<String>, Vec<String>) {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let field = crate::article::Field::new(text);
        let view = crate::analysis::prepare_field(
            crate::vocab::Location::Body,
            &field,
            analyzer.matcher(),
        );
        let negated = negated_tokens(view.text(), &view.seg);
        let polarity = strict_polarity(&view, &negated);
        let words = |p: Polarity| {
            (0..view.seg.tokens.len())
                .filter(|&i| polarity[i] == p)
                .map(|i| view.seg.lower_at(i).to_string())
                .collect()
        };
        (words(Polarity::Denied), words(Polarity::Unclear))
    }

    #[test]
    fn a_plain_negation_denies_its_focus() {
        let (denied, unclear) = readings("Trump did not accuse the companies of bias.");
        assert_eq!(denied, ["accuse"]);
        assert_eq!(unclear, ["the", "companies", "of", "bias"]);
    }

    #[test]
    fn not_the_first_time_negates_nothing() {
        for text in [
            "It was not the first time he has accused social media companies of bias.",
            "He is no stranger to accusing the press of bias.",
            "Accusing the press is nothing new for him.",
            "He had never before accused the press.",
            "He not only accused the press but also the courts.",
            "The group has no more than forty members.",
            "The reading of the constitution was not without issues.",
        ] {
            let (denied, unclear) = readings(text);
            assert!(
                denied.is_empty() && unclear.is_empty(),
                "{text}: {denied:?} {unclear:?}"
            );
        }
    }

    #[test]
    fn a_precept_is_neither_affirmed_nor_denied() {
        for text in [
            "Elected officials should not abuse their positions for personal gain.",
            "Officials should guard the public's trust, not abuse their positions.",
        ] {
            let (denied, unclear) = readings(text);
            assert!(denied.is_empty(), "{text}: {denied:?}");
            assert!(
                unclear.contains(&"abuse".to_string()),
                "{text}: {unclear:?}"
            );
        }
    }

    #[test]
    fn without_and_a_contrastive_not_deny_nothing_outright() {
        for text in [
            "A recession is possible without a tax deal.",
            "The comment was about energy policy, not Christian faith.",
        ] {
            let (denied, _) = readings(text);
            assert!(denied.is_empty(), "{text}: {denied:?}");
        }
    }

    #[test]
    fn a_refusal_denies_the_verb_it_governs() {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let field = crate::article::Field::new("The senator refused to condemn the attack.");
        let view = crate::analysis::prepare_field(
            crate::vocab::Location::Body,
            &field,
            analyzer.matcher(),
        );
        let refused = refused_complements(analyzer.matcher(), &view);
        let words: Vec<&str> = (0..view.seg.tokens.len())
            .filter(|&i| refused[i])
            .map(|i| view.seg.lower_at(i))
            .collect();
        assert_eq!(words, ["condemn"]);
    }

    #[test]
    fn a_refutation_reaches_only_the_words_near_its_cue() {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let text = "Democrats freaked out at the decision, since their aim is to discredit him. \
                    Reports that the singer bought an island are false.";
        let field = crate::article::Field::new(text);
        let view = crate::analysis::prepare_field(
            crate::vocab::Location::Body,
            &field,
            analyzer.matcher(),
        );
        let (refuted, cue) = super::super::refuted_tokens(
            analyzer.matcher(),
            &view,
            &crate::text::negation::negated_tokens(text, &view.seg),
            false,
        );
        let near = near_cue(&view, &refuted, &cue);
        let words: Vec<&str> = (0..view.seg.tokens.len())
            .filter(|&i| near[i])
            .map(|i| view.seg.lower_at(i))
            .collect();
        assert!(!words.contains(&"freaked"), "{words:?}");
        assert!(
            words.contains(&"bought") && words.contains(&"island"),
            "{words:?}"
        );
    }

    #[test]
    fn a_negative_pronoun_denies_the_predicate_only() {
        let (denied, unclear) = readings("No one is safe from the black plague.");
        assert_eq!(denied, ["one", "is", "safe"]);
        assert!(unclear.contains(&"plague".to_string()));
    }

    #[test]
    fn a_negated_finding_denies_its_complement() {
        let (denied, _) = readings("The study could not show that coffee causes cancer.");
        for w in ["show", "coffee", "causes", "cancer"] {
            assert!(denied.contains(&w.to_string()), "{w}: {denied:?}");
        }
        let (denied, _) = readings("He denied on Wednesday that he had sent the photo.");
        assert!(denied.contains(&"sent".to_string()), "{denied:?}");
        // A relative clause is a proposition of its own.
        let (denied, _) = readings("The FBI can't find a motive of the man who drove the van.");
        assert!(!denied.contains(&"drove".to_string()), "{denied:?}");
        // "Can't find" a thing denies the finding, not the thing; "found that" a proposition
        // still passes the focus on.
        assert!(denied.contains(&"find".to_string()), "{denied:?}");
        assert!(!denied.contains(&"motive".to_string()), "{denied:?}");
        let (denied, _) = readings("Inspectors never found that the dam had leaked.");
        assert!(denied.contains(&"leaked".to_string()), "{denied:?}");
    }
}
