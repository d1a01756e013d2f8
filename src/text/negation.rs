/*!
Negation scope: which words of a field are said *not* to hold.

"The study could not show that coffee causes cancer" mentions coffee, causes and cancer, but
does not back the headline "Coffee causes cancer"; it cuts against it. Headline support needs
to tell a negated mention from an affirmed one.

The rule follows NegEx (Chapman et al., 2001, "A simple algorithm for identifying negated
findings and diseases in discharge summaries"): a negation cue opens a scope over the words
after it, which ends at the end of the clause (a comma, semicolon, colon, dash or bracket), at
a word that turns the sentence ("but", "however", "although", …), or after
[`MAX_SCOPE`] words, whichever comes first. Words before the cue are not negated: in "Coffee
does not cause cancer" the subject is affirmed and the predicate denied.

Cues are syntactic negation (not, no, never, n't, without, …) and the few verbs that deny
their complement outright (deny, fail to, unable to, and the refusals: decline to, refuse to —
"declined to condemn" reports that no condemnation came). A refusal cue needs a verb after its
"to": "shares declined to a record low" and "declined to 4%" are a fall, not a refusal. As in NegEx, *pseudo-negations* open no
scope: "not only", "no doubt", "nothing but", "whether or not", and "No." before a number. A
double negation is not resolved: each cue simply opens its own scope.

When a scope opens on a restricting modifier ("did not show a *causal* link", "no *clear*
winner", "not a *full* recovery"), the negation's focus is the modifier (Horn 1989 on the focus
of negation): the text denies that the link is causal, not that there is a link. The modifier
stays negated and the word it restricts is released from the scope. This holds only where
the modifier comes first in the scope, after at most a verb and a determiner; in "no evidence
of a causal link" the negation's focus is the evidence, and the link stays negated.
*/

use super::wordlist::WordList;
use super::Segmented;

/// Words after a cue that a scope covers at most (NegEx uses five; news sentences are longer
/// and the scope also stops at the clause end).
pub const MAX_SCOPE: usize = 8;

/// Syntactic negators (normalised: lower case, straight apostrophes); any word ending in
/// "n't" is one too. Tone shares them ([`is_syntactic_negator`]).
const SYNTACTIC: &[&str] = &[
    "cannot", "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere",
    "without",
];

/// Verbs that deny their complement outright.
const DENIALS: &[&str] = &["deny", "denies", "denied", "denying"];

/// Cues of two words: the first word, then the second.
const TWO_WORD_CUES: &[(&str, &str)] = &[
    ("fail", "to"),
    ("fails", "to"),
    ("failed", "to"),
    ("failing", "to"),
    ("unable", "to"),
    ("no", "longer"),
    ("decline", "to"),
    ("declines", "to"),
    ("declined", "to"),
    ("declining", "to"),
    ("refuse", "to"),
    ("refuses", "to"),
    ("refused", "to"),
    ("refusing", "to"),
];

/// Words after "declined to" that make it a fall, not a refusal ("declined to a record low",
/// "declined to about 4%"): a determiner, a degree word, or a number.
const NOT_A_REFUSED_ACT: &[&str] = &[
    "a", "about", "almost", "an", "around", "below", "just", "less", "its", "nearly", "record",
    "roughly", "some", "the", "their", "under",
];

/// Whether the two-word cue at `i` ("declined to", …) is a refusal: a letter word that is not
/// [`NOT_A_REFUSED_ACT`] follows its "to". Other two-word cues need nothing after them.
fn refuses_an_act(seg: &Segmented, i: usize) -> bool {
    let first = seg.lower_at(i);
    if !(first.starts_with("declin") || first.starts_with("refus")) {
        return true;
    }
    (i + 2 < seg.tokens.len())
        .then(|| seg.lower_at(i + 2))
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_alphabetic()) && !NOT_A_REFUSED_ACT.contains(&w)
        })
}

/// A cue followed by one of these words does not negate what follows ("not only X but Y",
/// "there is no doubt that X").
const PSEUDO_NEGATIONS: &[(&str, &str)] = &[
    ("not", "only"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "least"),
    ("no", "doubt"),
    ("no", "wonder"),
    ("without", "doubt"),
    ("nothing", "but"),
];

/// Restricting modifiers that draw a negation's focus onto themselves ("not a *causal* link").
const FOCUS_MODIFIERS: &[&str] = &[
    "causal",
    "clear",
    "complete",
    "conclusive",
    "definitive",
    "direct",
    "full",
    "significant",
    "statistically",
    "strong",
];

/// Words a scope may open with before a focus modifier: determiners, and the verbs that
/// report a finding ("did not *show* a causal link", "found no clear evidence").
const FOCUS_LEAD_INS: &[&str] = &[
    "a",
    "an",
    "any",
    "establish",
    "find",
    "found",
    "prove",
    "see",
    "show",
    "the",
];

/// Words that end a scope: the sentence turns.
const TERMINATORS: &[&str] = &[
    "but", "however", "although", "though", "yet", "whereas", "while", "except", "instead",
];

/// The first bytes of every cue (syntactic negators, denials, two-word cues), as a table.
///
/// Why: [`negated_tokens`] asks every word of every body whether it is a cue, and most words
/// are settled by their first byte before any string is compared. Built from the lists
/// themselves, so a cue added to them is never filtered out.
const CUE_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SYNTACTIC.len() {
        table[SYNTACTIC[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < DENIALS.len() {
        table[DENIALS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < TWO_WORD_CUES.len() {
        table[TWO_WORD_CUES[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// Whether `word` may open a negation scope: false settles it, true asks the full lists.
fn may_be_cue(word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| CUE_FIRST_BYTES[usize::from(b)])
        || word.ends_with("n't")
}

/// A syntactic negator: "not", "no", "never", "without", any "n't" form, ….
pub fn is_syntactic_negator(word: &str) -> bool {
    // Asked of the words before every valence word: the list's first-byte and length tables
    // settle most words before any string is compared.
    const LIST: WordList = WordList::new(SYNTACTIC);
    (LIST.may_contain(word) && SYNTACTIC.binary_search(&word).is_ok()) || word.ends_with("n't")
}

fn is_cue(word: &str) -> bool {
    is_syntactic_negator(word) || DENIALS.contains(&word)
}

/// Whether the cue at token `i` is a fixed phrase that negates nothing.
fn is_pseudo_negation(seg: &Segmented, i: usize) -> bool {
    let word = seg.lower_at(i);
    let next = (i + 1 < seg.tokens.len()).then(|| seg.lower_at(i + 1));
    let previous = i.checked_sub(1).map(|p| seg.lower_at(p));
    next.is_some_and(|n| PSEUDO_NEGATIONS.contains(&(word, n)))
        || (word == "not" && previous == Some("or"))
        || (word == "no" && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
}

/// For each token of `seg`, whether it lies in the scope of a negation cue. The cue itself is
/// not in scope.
pub fn negated_tokens(text: &str, seg: &Segmented) -> Vec<bool> {
    let tokens = &seg.tokens;
    let mut negated = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let word = seg.lower_at(i);
        if !may_be_cue(word) {
            i += 1;
            continue;
        }
        // (The second word first: few words are followed by "to" or "longer".)
        let second = (i + 1 < tokens.len()).then(|| seg.lower_at(i + 1));
        let cue_len = if second.is_some_and(|n| matches!(n, "to" | "longer"))
            && TWO_WORD_CUES
                .iter()
                .any(|(a, b)| *a == word && second == Some(*b))
            && refuses_an_act(seg, i)
        {
            2
        } else if is_cue(word) && !is_pseudo_negation(seg, i) {
            1
        } else {
            i += 1;
            continue;
        };
        let mut j = i + cue_len;
        let mut covered = 0;
        // Whether the scope so far holds only lead-ins and focus modifiers, and whether the
        // last word was a focus modifier.
        let (mut focus_may_open, mut after_focus) = (true, false);
        while j < tokens.len() && covered < MAX_SCOPE {
            let same_sentence = tokens[j].sentence == tokens[i].sentence;
            let gap = &text[tokens[j - 1].span.end..tokens[j].span.start];
            if !same_sentence
                || gap.contains([',', ';', ':', '(', ')', '—', '–'])
                || gap.contains(" - ")
                || TERMINATORS.contains(&seg.lower_at(j))
            {
                break;
            }
            let word = seg.lower_at(j);
            let focus = focus_may_open && FOCUS_MODIFIERS.contains(&word);
            // The word a focus modifier restricts is released; the modifier stays negated.
            negated[j] = focus || !after_focus;
            if after_focus && !focus {
                focus_may_open = false;
            }
            focus_may_open &= focus || FOCUS_LEAD_INS.contains(&word);
            after_focus = focus;
            covered += 1;
            j += 1;
        }
        i += cue_len;
    }
    negated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negated_words(text: &str) -> Vec<String> {
        let seg = Segmented::new(text);
        let negated = negated_tokens(text, &seg);
        (0..seg.tokens.len())
            .filter(|&i| negated[i])
            .map(|i| seg.lower_at(i).to_string())
            .collect()
    }

    #[test]
    fn the_first_byte_filter_lets_every_cue_through() {
        let firsts = TWO_WORD_CUES.iter().map(|(a, _)| *a);
        for cue in SYNTACTIC.iter().chain(DENIALS).copied().chain(firsts) {
            assert!(may_be_cue(cue), "{cue}");
        }
        assert!(may_be_cue("won't") && may_be_cue("isn't"));
        assert!(!may_be_cue("the") && !may_be_cue("") && !may_be_cue("said"));
    }

    #[test]
    fn the_scope_runs_from_the_cue_to_the_clause_end() {
        assert_eq!(
            negated_words("The study could not show that coffee causes cancer, the authors said."),
            ["show", "that", "coffee", "causes", "cancer"]
        );
        assert_eq!(
            negated_words("Coffee does not cause cancer."),
            ["cause", "cancer"]
        );
    }

    #[test]
    fn contractions_two_word_cues_and_denials_open_scopes() {
        assert_eq!(
            negated_words("Officials didn't confirm the deal."),
            ["confirm", "the", "deal"]
        );
        assert_eq!(
            negated_words("Talks failed to produce a deal."),
            ["produce", "a", "deal"]
        );
        assert_eq!(
            negated_words("He denied taking bribes."),
            ["taking", "bribes"]
        );
        assert_eq!(negated_words("Police couldn’t find him."), ["find", "him"]);
    }

    #[test]
    fn every_two_word_cue_ends_in_a_second_word_tested_first() {
        // `negated_tokens` reads the second word before the list.
        assert!(TWO_WORD_CUES
            .iter()
            .all(|(_, b)| matches!(*b, "to" | "longer")));
    }

    #[test]
    fn a_refusal_denies_the_act_but_a_fall_denies_nothing() {
        assert_eq!(
            negated_words("He declined to condemn Farrakhan."),
            ["condemn", "farrakhan"]
        );
        assert_eq!(negated_words("She refused to testify."), ["testify"]);
        assert!(negated_words("Shares declined to a record low.").is_empty());
        assert!(negated_words("Turnout declined to 41 percent.").is_empty());
    }

    #[test]
    fn turning_words_sentence_ends_and_the_word_limit_close_the_scope() {
        assert_eq!(
            negated_words("Not a setback but a win for the talks."),
            ["a", "setback"]
        );
        assert_eq!(negated_words("There was no deal. Trade rose."), ["deal"]);
        assert_eq!(
            negated_words(
                "No one in the capital expected the minister to resign over the affair so soon."
            )
            .len(),
            MAX_SCOPE
        );
    }

    #[test]
    fn syntactic_negators_are_sorted_for_binary_search() {
        let mut sorted = SYNTACTIC.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, SYNTACTIC);
        assert!(is_syntactic_negator("won't") && !is_syntactic_negator("note"));
    }

    #[test]
    fn pseudo_negations_open_no_scope() {
        for text in [
            "The talks were not only candid but constructive.",
            "There is no doubt that the plan cuts costs.",
            "The rally was nothing but peaceful.",
            "Officials will decide whether or not the bridge reopens.",
            "He met the minister at No. 10 on Tuesday.",
        ] {
            assert!(
                negated_words(text).is_empty(),
                "{text}: {:?}",
                negated_words(text)
            );
        }
        // A real cue after a pseudo-negation still counts.
        assert_eq!(
            negated_words("There is no doubt that the plan did not cut costs."),
            ["cut", "costs"]
        );
    }

    #[test]
    fn a_restricting_modifier_takes_the_focus_and_releases_its_head() {
        assert_eq!(
            negated_words("The study did not show a causal link with heart disease."),
            ["show", "a", "causal", "with", "heart", "disease"]
        );
        assert_eq!(negated_words("There was no clear winner."), ["clear"]);
        assert_eq!(
            negated_words("It was not a statistically significant rise."),
            ["a", "statistically", "significant"]
        );
        // The focus is elsewhere: the modifier does not open the scope.
        assert_eq!(
            negated_words("There is no evidence of a causal link."),
            ["evidence", "of", "a", "causal", "link"]
        );
        assert_eq!(
            negated_words("Officials did not confirm a direct role."),
            ["confirm", "a", "direct", "role"]
        );
    }

    #[test]
    fn affirmative_text_has_no_scope() {
        assert!(negated_words("Blinken and Xi agreed to cooperate on fentanyl.").is_empty());
        assert!(negated_words("").is_empty());
    }
}
