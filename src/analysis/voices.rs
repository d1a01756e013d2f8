/*!
The `voices` list of the report: every quoted or attributed stretch of a field, with its
speaker when the text names one.

A quoted stretch is the text inside one quotation ([`crate::text::quotes`]); an attributed
stretch is a run of consecutive attributed words governed by the same cue
([`super::attribution`]). The speaker is the name (a lexicon entity other than a country, or a
run of capitalised words, or one capitalised word beside a cue: "…, King said") outside quotation
marks nearest to a cue in the governing sentence — before the cue, or after it only where the
tag is inverted (", said Smith") or the cue names its source after it ("according to", "per") —
except a name right after a preposition of place ("speaking outside City Hall", "writing in
Foreign Affairs"), which says where, and an affiliation after a name ("D-Ill.", "Jr."):
the sentence whose cue attributes the words, or for a quotation the sentence it starts in or,
failing a cue there, the one it ends in. A transcript turn's speaker is its label
([`crate::text::transcript`]). No name there ("he said", "officials said", "Q:"): the source is
left unknown rather than guessed.
*/

use serde::{Deserialize, Serialize};

use super::attribution::NO_SENTENCE;
use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::text::normalize::strip_possessive;
use crate::vocab::{Location, Span, Voice};

/// A quoted or attributed stretch of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoiceSpan {
    pub location: Location,
    /// Byte span in the field's text.
    pub span: Span,
    /// `quoted` or `attributed`.
    pub voice: Voice,
    /// The speaker's name when the text names one.
    pub source: Option<String>,
}

/// The voice stretches of a field, in text order.
pub fn voices(view: &FieldView, matcher: &Matcher) -> Vec<VoiceSpan> {
    let tokens = &view.seg.tokens;
    if tokens.iter().all(|t| t.voice == Voice::Outlet) {
        return Vec::new();
    }
    let mut speakers = Speakers::new(view, matcher);
    let mut out = Vec::new();
    for q in &view.quoted {
        let first = tokens.partition_point(|t| t.span.start < q.start);
        let last = tokens.partition_point(|t| t.span.end <= q.end);
        if first >= last {
            continue; // nothing but punctuation inside
        }
        let governor = Some(view.attribution.governor[first])
            .filter(|&g| g != NO_SENTENCE)
            .or_else(|| {
                [tokens[first].sentence, tokens[last - 1].sentence]
                    .into_iter()
                    .find(|&s| speakers.has_cue(s as usize))
            });
        // A transcript turn names its speaker in its label.
        let turn = view
            .turns
            .iter()
            .find(|t| t.speech.start < q.end && q.start < t.speech.end);
        let source = match turn {
            Some(t) => t.speaker.clone(),
            None => governor.and_then(|s| speakers.of(s as usize)),
        };
        out.push(VoiceSpan {
            location: view.location,
            span: *q,
            voice: Voice::Quoted,
            source,
        });
    }
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].voice != Voice::Attributed {
            i += 1;
            continue;
        }
        let governor = view.attribution.governor[i];
        let mut j = i + 1;
        while j < tokens.len()
            && tokens[j].voice == Voice::Attributed
            && view.attribution.governor[j] == governor
        {
            j += 1;
        }
        out.push(VoiceSpan {
            location: view.location,
            span: Span::new(tokens[i].span.start, tokens[j - 1].span.end),
            voice: Voice::Attributed,
            source: (governor != NO_SENTENCE)
                .then(|| speakers.of(governor as usize))
                .flatten(),
        });
        i = j;
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

/// Prepositions of place: a name right after one ("speaking outside City Hall", "writing in
/// Foreign Affairs", "at the Pentagon") says where someone spoke, not who. "from", "of" and
/// "by" stay out: "officials from the Pentagon", "a statement by the White House" name the
/// source.
const LOCATIVES: &[&str] = &[
    "across",
    "along",
    "around",
    "at",
    "behind",
    "beside",
    "in",
    "inside",
    "into",
    "near",
    "on",
    "onto",
    "outside",
    "through",
    "throughout",
    "toward",
    "towards",
    "within",
];

/// Whether the name starting at token `t` follows a preposition of place (with "the" between).
fn after_locative(view: &FieldView, t: usize) -> bool {
    let tokens = &view.seg.tokens;
    let mut p = t;
    while p > 0 && tokens[p - 1].sentence == tokens[t].sentence {
        p -= 1;
        let word = view.seg.lower_at(p);
        if word == "the" {
            continue;
        }
        return LOCATIVES.contains(&word);
    }
    false
}

/// Names per sentence, found once per field when first asked for.
struct Speakers<'v, 'a> {
    view: &'v FieldView<'a>,
    matcher: &'v Matcher,
    /// Per sentence: (first token, last token + 1, name) of each name outside quotes.
    names: Option<Vec<Vec<(usize, usize, String)>>>,
    /// Per sentence, its speaker once asked for: a sentence holds many voice stretches (one
    /// long line of reported speech can hold thousands), and each asks.
    found: std::collections::HashMap<usize, Option<String>>,
}

impl<'v, 'a> Speakers<'v, 'a> {
    fn new(view: &'v FieldView<'a>, matcher: &'v Matcher) -> Self {
        Speakers {
            view,
            matcher,
            names: None,
            found: std::collections::HashMap::new(),
        }
    }

    fn has_cue(&self, sentence: usize) -> bool {
        self.view.seg.sentences[sentence]
            .tokens
            .clone()
            .any(|i| self.view.attribution.cues[i])
    }

    /// The name nearest to a cue of `sentence`, if it has both.
    fn of(&mut self, sentence: usize) -> Option<String> {
        if let Some(found) = self.found.get(&sentence) {
            return found.clone();
        }
        let found = self.nearest(sentence);
        self.found.insert(sentence, found.clone());
        found
    }

    fn nearest(&mut self, sentence: usize) -> Option<String> {
        // In token order, so the cue nearest a name is found by binary search: names × cues
        // comparisons are quadratic on a long sentence.
        let cues: Vec<usize> = self.view.seg.sentences[sentence]
            .tokens
            .clone()
            .filter(|&i| self.view.attribution.cues[i])
            .collect();
        if cues.is_empty() {
            return None;
        }
        // A name after a cue is what was said ("Justice Breyer said Wal-Mart could be held
        // accountable"), unless the tag is inverted (", said Smith", "” said Smith") or the cue
        // names its source after it ("according to", "per", "told by").
        let seg = &self.view.seg;
        let text = self.view.text();
        let first = seg.sentences[sentence].tokens.start;
        // (", adding that the account would not satisfy the House Democrat" is no inverted
        // tag: a participle, or a cue whose "that" opens what was said, names no speaker after
        // it.)
        let inverted = |c: usize| {
            let word = seg.lower_at(c);
            let complement = seg
                .tokens
                .get(c + 1)
                .is_some_and(|t| t.sentence == seg.tokens[c].sentence && seg.lower(t) == "that");
            !word.ends_with("ing")
                && !complement
                && text[seg.tokens[c - 1].span.end..seg.tokens[c].span.start]
                    .contains([',', '”', '"', '—', '–'])
        };
        let takes_its_source_after = |c: usize| {
            matches!(seg.lower_at(c), "according" | "to" | "per" | "by")
                || c == first
                || inverted(c)
        };
        let gap = |i: usize| &text[seg.tokens[i - 1].span.end..seg.tokens[i].span.start];
        // A name after an inverted tag's verb closes the tag (", said Senator Calder on
        // Monday."): a word of its own right after it opens what was said instead ("…, says
        // Franken groped and forcibly kissed her").
        let closes_the_tag = |end: usize| {
            end >= seg.sentences[sentence].tokens.end
                || !gap(end).trim().is_empty()
                // A time, a place, an occasion (", said Senator Calder on Monday", "…, said
                // Smith in a statement", "…, said Smith, who chairs"), as after a tag's verb.
                || super::attribution::TAG_ADJUNCTS.contains(seg.lower_at(end))
                || matches!(seg.lower_at(end), "late" | "this" | "told" | "tonight" | "who")
                || seg.tokens[end].capitalized
        };
        let names = self
            .names
            .get_or_insert_with(|| names(self.view, self.matcher));
        let names = &names[sentence];
        // The sentence's subject: its first name followed by a verb ("Trump on Monday
        // called", "Ryan also hammered"), not by a comma or a possessive, unless the name is
        // itself an aside naming the subject ("China's top official, Wang Yi, criticized").
        // (The first in the text: entities are listed before other names.)
        let main_subject = names
            .iter()
            .filter(|&&(start, end, _)| {
                let aside = start > seg.sentences[sentence].tokens.start
                    && gap(start).trim() == ","
                    && end < seg.sentences[sentence].tokens.end
                    && gap(end).trim() == ",";
                // The gap after the name: nothing, or the aside's closing comma.
                let joined = |q: usize| (aside && q == end) || gap(q).trim().is_empty();
                let mut q = end;
                while q < seg.sentences[sentence].tokens.end
                    && joined(q)
                    && (SUBJECT_TO_VERB.contains(&seg.lower_at(q))
                        || seg.lower_at(q).ends_with("ly"))
                {
                    q += 1;
                }
                q < seg.sentences[sentence].tokens.end
                    && joined(q)
                    && !seg.tokens[q].capitalized
                    && !matches!(
                        seg.lower_at(q),
                        "of" | "and"
                            | "or"
                            | "'s"
                            | "\u{2019}s"
                            | "a"
                            | "an"
                            | "the"
                            | "who"
                            | "which"
                            | "whose"
                    )
            })
            .min_by_key(|&&(start, _, _)| start)
            .or_else(|| {
                // "John Podesta, a former chief of staff … and a close ally of Mr. Obama,
                // issued a statement …": the name that opens the sentence before an appositive
                // set off by commas, with the verb after the aside's closing comma.
                let opening = seg.sentences[sentence].tokens.start;
                let sentence_end = seg.sentences[sentence].tokens.end;
                names.iter().find(|&&(start, end, _)| {
                    start == opening
                        && end + 1 < sentence_end
                        && gap(end).trim() == ","
                        && matches!(seg.lower_at(end), "a" | "an" | "the")
                        && (end + 2..sentence_end.min(end + 2 + MAX_ASIDE_WORDS))
                            .find(|&k| gap(k).contains(','))
                            .is_some_and(|k| {
                                let word = seg.lower_at(k);
                                !seg.tokens[k].capitalized
                                    && !matches!(
                                        word,
                                        "and" | "or" | "a" | "an" | "the" | "who" | "which"
                                    )
                            })
                })
            })
            .map(|&(start, end, _)| (start, end));
        // Whether a name after cue `c` is its source: an inverted tag's closing name, or the
        // source of "according to"; past a "that", a name is in what was said ("…, asserted in
        // the letter that … Hillary Clinton").
        let source_after = |c: usize, start: usize, end: usize| {
            takes_its_source_after(c)
                && closes_the_tag(end)
                && !(c + 1..start).any(|i| seg.lower_at(i) == "that")
        };
        // The speaker of a cue with its subject before it is that subject: the name that ends
        // right before the verb (past its auxiliaries, adverbs and a time: "Smith has also
        // said", "Trump on Tuesday said"), or before an aside set off by commas, brackets or
        // dashes ("Leeann Tweeden, a radio news anchor, says", "Dr. Zabulon Yoti, a Technical
        // Coordinator … at the WHO Regional Office for Africa, said"), or the aside itself when
        // it is a name ("The senator's spokesman, John Smith, said"). A name further back
        // ("Rep. Duncan Hunter … were indicted …, prosecutors announced") is not the
        // speaker, nor one inside the aside.
        let subject_of = |c: usize, start: usize, end: usize| -> bool {
            let opening = seg.sentences[sentence].tokens.start;
            // A name after a name and "of" is its place or affiliation ("Senator Chuck Schumer
            // of New York, the Democratic leader, said"), never the subject; after a common
            // noun it may be ("drew the ire of Justice Antonin Scalia, who said").
            if start > opening + 1
                && seg.lower_at(start - 1) == "of"
                && seg.tokens[start - 2].capitalized
            {
                return false;
            }
            // A name inside a relative aside ("Representative Davis, who was interviewed by
            // The Daily Caller, a conservative news site, after the photo emerged, called") is
            // no subject of a verb after the aside.
            // (Only on a subject that opens the sentence: in "…, which a spokeswoman for the
            // Speaker, AshLee Strong, told TheDCNF was secret" the cue is the relative's own.)
            let in_a_relative = (opening + 1..start)
                .rev()
                .find(|&k| gap(k).contains(','))
                .is_some_and(|k| {
                    matches!(seg.lower_at(k), "who" | "whom" | "whose" | "which")
                        && (opening..k).all(|i| seg.tokens[i].capitalized)
                })
                && (end..=c).any(|j| gap(j).contains(','));
            if in_a_relative {
                return false;
            }
            // The subject stands before a cue's first word, not inside it ("in an interview":
            // "an" has "in" before it, no subject).
            // (A tag's pronoun or name marked with its verb, "she said", is its subject.)
            if c > opening
                && self.view.attribution.cues[c - 1]
                && gap(c).trim().is_empty()
                && !seg.tokens[c - 1].capitalized
                && !SUBJECT_STAND_INS.contains(&seg.lower_at(c - 1))
            {
                return false;
            }
            // A pronoun the sentence's subject already stood as, outside quotation marks:
            // "He reaffirmed that he admired Mr. Farrakhan in an interview, though he said …"
            // names no other speaker.
            let pronoun_before = (opening..start).any(|i| {
                seg.tokens[i].voice != Voice::Quoted && PERSONAL_PRONOUNS.contains(&seg.lower_at(i))
            });
            // "… admired Mr. Farrakhan in an interview": a cue of the occasion names when the
            // subject spoke, not who; a name right before it is no subject.
            if seg.lower_at(c) == "in" {
                return false;
            }
            let mut p = c;
            loop {
                if p <= opening + 1 || !gap(p).trim().is_empty() {
                    break;
                }
                let word = seg.lower_at(p - 1);
                if SUBJECT_TO_VERB.contains(&word) || word.ends_with("ly") {
                    p -= 1;
                    continue;
                }
                // "Gavin Newsom of California called": a place after the name is part of it.
                let place = (p.saturating_sub(4).max(opening)..p - 1).rev().find(|&k| {
                    seg.lower_at(k) == "of" && (k + 1..p).all(|i| seg.tokens[i].capitalized)
                });
                match place {
                    Some(k) if end <= k => p = k,
                    _ => break,
                }
            }
            // Right before the verb, with nothing between: "Santorum told host Bob Schieffer,
            // denying …" makes the host no subject of "denying" (a participle after a comma
            // has its clause's subject, below).
            if end == p && !gap(p).contains(',') {
                return true;
            }
            let before = (p > opening).then(|| seg.lower_at(p - 1));
            // A participle after the clause it continues ("President Trump on Monday called
            // the case against Michael Flynn unfair, claiming …"): the clause's subject.
            if seg.lower_at(c).ends_with("ing")
                && !takes_its_source_after(c)
                && p > opening
                && gap(p).contains(',')
            {
                // A passive clause's agent is the participle's subject: "Farenthold was sued
                // in 2014 by Lauren Greene, his former aide, alleging …" — Greene alleges.
                let passive = |by: usize| {
                    (opening..by).any(|i| {
                        matches!(
                            seg.lower_at(i),
                            "was" | "were" | "been" | "being" | "is" | "are"
                        )
                    })
                };
                let agent = names
                    .iter()
                    .filter(|&&(s, e, _)| {
                        s > opening + 1 && e <= p && seg.lower_at(s - 1) == "by" && passive(s - 1)
                    })
                    .max_by_key(|&&(s, _, _)| s)
                    .map(|&(s, e, _)| (s, e));
                if let Some(agent) = agent {
                    return agent == (start, end);
                }
                // A subject inside what an earlier cue reported is no speaker: "Court
                // documents say Patel lied to investigators, saying …" — the documents say.
                // (Only a subject that opens the reported clause, right after the cue or its
                // "that": a cue of the occasion reports nothing, "In an interview with Fox
                // News, Paul Ryan also hammered …".)
                let opens_what_was_said = start > opening
                    && (cues.contains(&(start - 1))
                        || (start > opening + 1
                            && seg.lower_at(start - 1) == "that"
                            && cues.contains(&(start - 2))));
                return main_subject == Some((start, end)) && !opens_what_was_said;
            }
            // A pronoun or a relative for the subject ("he said", "Rosenstein, …, who made
            // clear"), or a verb coordinated with the subject's earlier ones ("Grimm stormed
            // back, leaned into her and said"): the nearest name before it, as the distance
            // decides; not a name in what an earlier cue reported ("Mr. Vega asserted that two
            // prosecutors had attended a fund-raiser for Hillary Clinton, and complained …").
            // A name in the possessive ("the Justice Department's action") modifies what
            // follows it and is no subject for a pronoun to stand in for.
            if before.is_some_and(|w| SUBJECT_STAND_INS.contains(&w)) {
                // ("He reaffirmed that he admired Mr. Farrakhan, though he said …": the pronoun
                // stands for the earlier one.)
                let personal = before.is_some_and(|w| PERSONAL_PRONOUNS.contains(&w));
                // "Mrs. Clinton called Ms. Pelosi “as strong a supporter” as Mr. Obama has, and
                // said she hoped …": a verb coordinated with the sentence's first verb has that
                // verb's subject, not a name in its object.
                // (Only a subject that opens the sentence, before the verb: the first name
                // followed by a lower-case word elsewhere may be an object or a modifier,
                // "During a debate with Republican opponent Doug Wardlow, Ellison …".)
                let opening = seg.sentences[sentence].tokens.start;
                if matches!(before, Some("and" | "but" | "then")) {
                    // (The word after it, past auxiliaries and adverbs, must read as a verb:
                    // in "Trump lawyer Rudy Giuliani … praised" "Trump" is no subject.)
                    // (After an appositive, from its closing comma: "John Podesta, a former
                    // aide …, issued".)
                    let verb_after = |e: usize| {
                        let from = if gap(e).contains(',') {
                            (e + 1..p).find(|&k| gap(k).contains(',')).unwrap_or(e)
                        } else {
                            e
                        };
                        (from..p)
                            .find(|&i| {
                                let w = seg.lower_at(i);
                                !SUBJECT_TO_VERB.contains(&w) && !w.ends_with("ly")
                            })
                            .is_some_and(|i| looks_like_a_verb(seg.lower_at(i)))
                    };
                    if let Some(subject) =
                        main_subject.filter(|&(s, e)| s <= opening + 1 && e < p && verb_after(e))
                    {
                        return (start, end) == subject;
                    }
                    // "A strong defender of Israel, he has been critical of Mr. Obama's
                    // treatment of Benjamin Netanyahu, and said …": a pronoun subject before
                    // the name is the coordinated verb's, and names nobody.
                    // (Unless a name stands as a subject with its verb after a fronted
                    // phrase: "In the deal he outlined on Saturday, Mr. Trump offered …, and
                    // said".)
                    let named_subject = names.iter().any(|&(s, e, _)| {
                        // (Past its title: "Mr. Trump".)
                        let titled = s > opening + 1
                            && TITLES
                                .binary_search(&seg.lower_at(s - 1).trim_end_matches('.'))
                                .is_ok();
                        let s = if titled { s - 1 } else { s };
                        s > opening
                            && e < p
                            && gap(s).trim() == ","
                            && gap(e).trim().is_empty()
                            && looks_like_a_verb(seg.lower_at(e))
                    });
                    if pronoun_before && !named_subject {
                        return false;
                    }
                }
                // "blanketed Virginia's Seventh Congressional District with fliers in which he
                // emphasized": "he" and "she" stand for a person, not a place or a body.
                // (The name's own last word too: "Republican" is the Republican Party.)
                let body_for_a_person = before.is_some_and(|w| matches!(w, "he" | "she"))
                    && (PLACES_AND_BODIES.contains(&seg.lower_at(end - 1))
                        || names.iter().any(|(s, e, name)| {
                            (*s, *e) == (start, end)
                                && name.rsplit(' ').next().is_some_and(|w| {
                                    PLACES_AND_BODIES.iter().any(|b| w.eq_ignore_ascii_case(b))
                                })
                        }));
                return end < p
                    && !body_for_a_person
                    && (!personal || !pronoun_before)
                    && !seg.follows_a_possessive(text, end)
                    && !cues
                        .iter()
                        .any(|&c0| c0 < start && !source_after(c0, start, end));
            }
            let closed = p > opening && gap(p).contains([',', ')', '\u{2014}', '\u{2013}']);
            if !closed {
                // A common noun for the subject ("…, prosecutors announced Tuesday", "the
                // committee said") names the speaker without a name, unless it is a document
                // of the name's ("The State Department's release on Blinken's meetings
                // highlighted …"); a capitalised word the names missed leaves it to the
                // distance.
                let document = end < p
                    && end > opening
                    && (end..p).all(|i| gap(i).trim().is_empty())
                    && p - end <= MAX_DOCUMENT_WORDS
                    && DOCUMENTS.contains(&seg.lower_at(end))
                    && seg.follows_a_possessive(text, end);
                return document || (end < p && seg.tokens[p - 1].capitalized && p > opening);
            }
            // The openings of the aside, nearest first, within a long appositive's reach.
            let openings = (opening + 1..p - 1)
                .rev()
                .take(MAX_ASIDE_WORDS)
                .filter(|&k| gap(k).contains([',', '(', '\u{2014}', '\u{2013}']));
            let mut aside_is_the_name = false;
            for k in openings {
                // The name right before the aside, or before its place ("Representative Kurt
                // Schrader of Oregon, who backed Mr. Ryan, said").
                // (Not a name inside another aside: "Jim Jordan, Republican of Ohio, a
                // founder of …, asked".)
                let place_between = end < k
                    && seg.lower_at(end) == "of"
                    && (end + 1..k).all(|i| seg.tokens[i].capitalized)
                    && !(start > opening && gap(start).contains(','));
                if end == k || place_between {
                    return true;
                }
                // The aside is the name, initials and all ("Mr. Jackson's lawyer, Reid H.
                // Weingarten, said", where the initial's full stop leaves "Weingarten").
                let after_initials = start > k
                    && gap(start) == ". "
                    && seg.lower_at(start - 1).chars().count() == 1
                    && (k..start).all(|i| seg.tokens[i].capitalized);
                aside_is_the_name |= end == p && (start == k || after_initials);
            }
            aside_is_the_name
        };
        let distance = |start: usize, end: usize| {
            let k = cues.partition_point(|&c| c < start);
            // Before a cue: from the name's last word to it.
            let before = cues[k..]
                .iter()
                .find(|&&c| c >= end && subject_of(c, start, end))
                .map_or(usize::MAX, |&c| c - (end - 1));
            let after = k
                .checked_sub(1)
                .map(|j| cues[j])
                .filter(|&c| source_after(c, start, end))
                .map_or(usize::MAX, |c| start - c);
            before.min(after)
        };
        names
            .iter()
            .map(|(start, end, name)| (distance(*start, *end), name))
            .filter(|&(d, _)| d != usize::MAX)
            .min_by_key(|&(d, _)| d)
            .map(|(_, name)| name.clone())
    }
}

/// Whether a word after a subject reads as its verb: a past or third-person form, or a
/// common irregular past ("Trump lawyer Rudy Giuliani": *lawyer* is none).
fn looks_like_a_verb(word: &str) -> bool {
    const IRREGULAR_PASTS: &[&str] = &[
        "began", "brought", "came", "gave", "held", "led", "made", "met", "ran", "said", "sent",
        "spoke", "took", "told", "went", "won", "wrote",
    ];
    (word.len() > 3 && (word.ends_with("ed") || word.ends_with('s')) && !word.ends_with("ss"))
        || IRREGULAR_PASTS.contains(&word)
}

/// Last words of names of places and bodies that may speak, which "he" or "she" cannot stand
/// for (the places that never speak are [`PLACES`]). Sorted.
/// Adjectives of a faith or a people: no speaker's name on their own ("Islamic", "Muslim").
/// Sorted, for binary search.
const GROUP_ADJECTIVES: &[&str] = &[
    "arab",
    "buddhist",
    "catholic",
    "christian",
    "evangelical",
    "hindu",
    "islamic",
    "jewish",
    "mormon",
    "muslim",
    "orthodox",
    "protestant",
    "shia",
    "shiite",
    "sikh",
    "sunni",
];

/// Nouns of a role that a faith's adjective may go with in a title-case headline ("Muslim
/// Leader Calls for …"). Sorted, for binary search.
const ROLE_NOUNS: &[&str] = &[
    "cleric",
    "clerics",
    "group",
    "groups",
    "leader",
    "leaders",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
];

const PLACES_AND_BODIES: &[&str] = &[
    "administration",
    "agency",
    "association",
    "church",
    "city",
    "committee",
    "company",
    "congress",
    "council",
    "county",
    "court",
    "department",
    "foundation",
    "house",
    "institute",
    "network",
    "office",
    "party",
    "senate",
    "state",
    "university",
];

/// Personal pronouns that stand for a sentence's subject: a later one stands for an earlier one.
const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "they"];

/// Words between a subject and its verb of saying: auxiliaries, negation, a time ("Trump on
/// Tuesday said", "Smith has also said"). Sorted.
const SUBJECT_TO_VERB: &[&str] = &[
    "again",
    "already",
    "also",
    "at",
    "began",
    "can",
    "continued",
    "could",
    "declined",
    "did",
    "does",
    "earlier",
    "failed",
    "friday",
    "had",
    "has",
    "have",
    "in",
    "last",
    "later",
    "may",
    "might",
    "monday",
    "must",
    "night",
    "not",
    "on",
    "once",
    "refused",
    "saturday",
    "should",
    "still",
    "sunday",
    "then",
    "this",
    "thursday",
    "to",
    "today",
    "tonight",
    "tried",
    "tuesday",
    "wednesday",
    "week",
    "went",
    "will",
    "would",
    "yesterday",
];

/// Words that stand for a subject named earlier: pronouns, relatives, and the conjunctions of
/// a verb coordinated with the subject's earlier ones. Sorted.
const SUBJECT_STAND_INS: &[&str] = &[
    "and", "but", "he", "i", "it", "she", "that", "then", "they", "we", "which", "who",
];

/// A name's documents, whose words are the name's ("the State Department's release"), and how
/// many words from one to its verb ("release on Blinken's meetings highlighted"). Sorted.
const DOCUMENTS: &[&str] = &[
    "account",
    "announcement",
    "complaint",
    "filing",
    "indictment",
    "lawsuit",
    "letter",
    "memo",
    "readout",
    "release",
    "report",
    "statement",
    "summary",
    "tweet",
    "website",
];
const MAX_DOCUMENT_WORDS: usize = 6;

/// How far back, in words, the opening of an aside between a subject and its verb may be.
const MAX_ASIDE_WORDS: usize = 30;

/// Last words of the names of laws and texts: "the Fifth Amendment", "the Patriot Act".
const LAWS: &[&str] = &[
    "act",
    "amendment",
    "amendments",
    "clause",
    "constitution",
    "doctrine",
];

/// Last words of the names of places, which do not speak ("Peter's Square", "Pennsylvania
/// Avenue", "Virginia's Seventh Congressional District"; not "Buckingham Palace" or "City
/// Hall", which speak for who sits there).
const PLACES: &[&str] = &[
    "airport",
    "avenue",
    "boulevard",
    "bridge",
    "district",
    "plaza",
    "road",
    "square",
    "station",
    "street",
];

/// Titles abbreviated before a name ("Rep.", "Sen.", "Gov.", "Mr"), lower case, sorted.
pub(super) const TITLES: &[&str] = &[
    "adm", "atty", "capt", "col", "dr", "gen", "gov", "lt", "miss", "mr", "mrs", "ms", "pres",
    "prof", "rep", "rev", "sen", "sgt",
];

/// Abbreviations that follow a name: party letters, US states in wire style ("R.I" is one
/// token), suffixes. Sorted.
const AFFILIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "D", "Del", "Fla", "Ga", "I", "Ill", "Ind",
    "Jr", "Kan", "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "N.C", "N.D",
    "N.H", "N.J", "N.M", "N.Y", "Neb", "Nev", "Okla", "Ore", "Pa", "R", "R.I", "S.C", "S.D", "Sr",
    "Tenn", "Va", "Vt", "W.Va", "Wash", "Wis", "Wyo",
];

/// Whether token `t` is an abbreviation after a name ("Sen. Dick Durbin, D-Ill.", "(R)",
/// "Robert Jones Jr."): set off by a hyphen or a bracket before it, or a full stop or a bracket
/// after it.
fn is_an_affiliation(view: &FieldView, t: usize) -> bool {
    let span = view.seg.tokens[t].span;
    let text = view.text();
    AFFILIATIONS
        .binary_search(&&text[span.start..span.end])
        .is_ok()
        && (text[..span.start].ends_with(['-', '(']) || text[span.end..].starts_with(['.', ')']))
}

/// The names of each sentence outside quotation marks: entities other than countries, and
/// runs of capitalised words.
fn names(view: &FieldView, matcher: &Matcher) -> Vec<Vec<(usize, usize, String)>> {
    let tokens = &view.seg.tokens;
    let mut out: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); view.seg.sentences.len()];
    let in_entity = super::entity_tokens(view);
    for m in &view.found.matches {
        if let Payload::Entity(e) = m.payload {
            let (name, kind) = &matcher.entities[e as usize];
            // (A place is no voice, nor a body named as a modifier: "his old Senate
            // colleague's 1988 playbook".)
            let modifier = tokens.get(m.tokens.end).is_some_and(|t| {
                let word = view.seg.lower(t);
                !t.capitalized
                    && t.sentence == tokens[m.tokens.start].sentence
                    && (word.ends_with("'s") || word.ends_with("\u{2019}s"))
            });
            if kind == "country"
                || kind == "place"
                || modifier
                || tokens[m.tokens.start].voice == Voice::Quoted
                || after_locative(view, m.tokens.start)
            {
                continue;
            }
            let s = tokens[m.tokens.start].sentence as usize;
            out[s].push((m.tokens.start, m.tokens.end, name.clone()));
        }
    }
    let runs = super::name_runs(view, &in_entity);
    let mut in_run = vec![false; tokens.len()];
    for run in &runs {
        in_run[run.clone()].iter_mut().for_each(|b| *b = true);
        // "Speaking outside City Hall, the mayor said": where, not who.
        if after_locative(view, run.start) {
            continue;
        }
        if run.len() == 1 && is_an_affiliation(view, run.start) {
            continue;
        }
        // "Rep. Michael Grimm's attorney confirmed": a possessive names the speaker's owner,
        // not the speaker (as for one word below).
        if view.seg.lower_at(run.end - 1).contains(['\'', '\u{2019}']) {
            continue;
        }
        // "invoked the Fifth Amendment", "under the Affordable Care Act": a law, not a voice;
        // "on St. Peter's Square": a place, though no preposition stands right before it.
        let last = view.seg.lower_at(run.end - 1);
        if LAWS.binary_search(&last).is_ok() || PLACES.binary_search(&last).is_ok() {
            continue;
        }
        let s = tokens[run.start].sentence as usize;
        let text = &view.text()[tokens[run.start].span.start..tokens[run.end - 1].span.end];
        out[s].push((run.start, run.end, text.to_string()));
    }
    // "Grimm stormed back … and said": the surname of a full name the article gives
    // elsewhere ("Rep. Michael Grimm") is that person, wherever it stands.
    // ("Rep. Michael Grimm's attorney" gives it too.)
    // (And a person the lexicons know by a full name: "Hillary Rodham Clinton … Mrs.
    // Clinton called".)
    let people = view.found.matches.iter().filter_map(|m| match m.payload {
        Payload::Entity(e) if m.tokens.len() >= 2 && matcher.entities[e as usize].1 == "person" => {
            Some(m.tokens.clone())
        }
        _ => None,
    });
    let mut surnames: Vec<&str> = runs
        .iter()
        .filter(|run| run.len() >= 2)
        .cloned()
        .chain(people)
        .map(|run| strip_possessive(view.seg.lower_at(run.end - 1)))
        // ("the Trump Administration": a body's last word is no surname.)
        .filter(|w| !PLACES_AND_BODIES.contains(w) && PLACES.binary_search(w).is_err())
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    // "…, King said", "said Smith": one capitalised word right beside a cue, inside its
    // sentence (a sentence's first word is capitalised whatever it is), is the speaker's name.
    let cues = &view.attribution.cues;
    for (i, t) in tokens.iter().enumerate() {
        let sentence = &view.seg.sentences[t.sentence as usize];
        // The cheap tests first: most words are not capitalised, or already in a name.
        if !t.capitalized || cues[i] || in_entity[i] || in_run[i] || t.voice == Voice::Quoted {
            continue;
        }
        // "Smith, a teacher, said that …": a word set off before an aside that ends right at a
        // cue is the subject the aside describes, even as the sentence's first word.
        // (At the sentence's start, after a title at most: "Mr. Grimm" after "the lawyer for"
        // and "TX" of "R-TX" are no subjects.)
        let opens_the_sentence = sentence.tokens.start == i
            || (sentence.tokens.start + 1 == i
                && TITLES
                    .binary_search(&view.seg.lower_at(i - 1).trim_end_matches('.'))
                    .is_ok());
        let before_an_aside = opens_the_sentence && aside_before_a_cue(view, i);
        // ("Braley says if elected …": a sentence's first word that is the surname of a full
        // name the article gives, "Rep. Bruce Braley", is that person.)
        let surname = surnames.binary_search(&view.seg.lower(t)).is_ok();
        if sentence.tokens.start == i && !before_an_aside && !surname {
            continue;
        }
        let beside_cue =
            (i > 0 && cues[i - 1]) || cues.get(i + 1).copied().unwrap_or(false) || before_an_aside;
        if !(beside_cue || surname)
            || crate::text::stopwords::is_stopword(view.seg.lower(t))
            // "Per China's ministry": a possessive names the speaker's owner, not the speaker.
            || view.seg.lower(t).contains('\'')
            // "The mayor of Eastwick said": a place after a preposition, not the speaker.
            || (i > 0 && ["at", "for", "from", "in", "of", "to"].contains(&view.seg.lower_at(i - 1)))
            // "…, officials said Friday": a day is when, not who.
            || super::CALENDAR_WORDS.binary_search(&view.seg.lower(t)).is_ok()
            // "said Rep. Jesse Jackson": the title, cut off by its full stop, is not the name.
            || TITLES.binary_search(&view.seg.lower(t)).is_ok()
            || is_an_affiliation(view, i)
        {
            continue;
        }
        out[t.sentence as usize].push((
            i,
            i + 1,
            view.text()[t.span.start..t.span.end].to_string(),
        ));
    }
    // "Muslim Leader Calls for …", "other Islamic states": a faith or a people's adjective,
    // with a role noun at most, names no one in particular.
    for names in &mut out {
        names.retain(|(_, _, name)| {
            !name.split_whitespace().all(|w| {
                let w = w.to_lowercase();
                GROUP_ADJECTIVES.binary_search(&w.as_str()).is_ok()
                    || ROLE_NOUNS.binary_search(&w.as_str()).is_ok()
            })
        });
    }
    out
}

/// Whether token `i` is followed by an aside set off by commas whose closing comma stands right
/// before a cue: "Smith, a teacher at the school, said".
fn aside_before_a_cue(view: &FieldView, i: usize) -> bool {
    let tokens = &view.seg.tokens;
    let text = view.text();
    let comma_before = |k: usize| text[tokens[k - 1].span.end..tokens[k].span.start].contains(',');
    let sentence = tokens[i].sentence;
    if !tokens
        .get(i + 1)
        .is_some_and(|t| t.sentence == sentence && comma_before(i + 1))
    {
        return false;
    }
    (i + 2..tokens.len().min(i + 2 + MAX_ASIDE_WORDS))
        .take_while(|&k| tokens[k].sentence == sentence)
        .find(|&k| comma_before(k))
        .is_some_and(|k| view.attribution.cues[k])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The speakers of a body's voice stretches, one per run of stretches with the same one.
    fn speakers(body: &str) -> Vec<Option<String>> {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let article = crate::Article::from_parts("t", Some("Court Hears Pay Case"), body);
        let mut found: Vec<Option<String>> = analyzer
            .analyze(&article)
            .voices
            .into_iter()
            .filter(|v| v.location == Location::Body)
            .map(|v| v.source)
            .collect();
        found.dedup();
        found
    }

    #[test]
    fn a_participle_after_a_quotation_names_no_speaker_after_it() {
        let found = speakers("When the draft was sent to him, he dismissed it, saying \u{201c}I would not use this,\u{201d} adding that the account would not satisfy the House Democrat in charge.");
        assert!(
            !found.iter().flatten().any(|s| s.contains("Democrat")),
            "{found:?}"
        );
        let found = speakers("\u{201c}We will appeal,\u{201d} said Mayor Jane Ortiz.");
        assert!(
            found.iter().flatten().any(|s| s.contains("Jane Ortiz")),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_is_no_speaker_and_a_sentences_first_word_can_open_a_name() {
        let found = speakers("Addressing a crowd on St. Peter's Square, he asked for calm. Fox News notes that the crowd was large.");
        assert!(
            !found.iter().flatten().any(|s| s.contains("Square")),
            "{found:?}"
        );
        assert!(found.iter().flatten().any(|s| s == "Fox News"), "{found:?}");
        let found = speakers("The mayor of St. Louis spoke. St. Louis Mayor Lyda Krewson said the city would rebuild.");
        assert!(
            found
                .iter()
                .flatten()
                .any(|s| s == "St. Louis Mayor Lyda Krewson"),
            "{found:?}"
        );
    }

    #[test]
    fn a_participle_after_a_passive_has_its_agent_and_a_reported_subject_speaks_for_nobody() {
        let found = speakers("Farenthold was sued in 2014 by Lauren Greene, his former communications director, alleging that he created a hostile work environment.");
        assert_eq!(found, vec![Some("Lauren Greene".to_string())]);
        let found = speakers(
            "Court documents say Patel lied to investigators, saying he had never met the man.",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("Patel")),
            "{found:?}"
        );
        // The participle's subject still speaks when nothing reported it.
        let found = speakers(
            "Senator Mark Patel criticized the ruling on Monday, saying it ignored the evidence.",
        );
        assert_eq!(found, vec![Some("Mark Patel".to_string())]);
    }

    #[test]
    fn a_coordinated_verb_after_a_pronoun_subject_names_nobody_in_its_object() {
        let found = speakers("A strong defender of Israel, he has been sharply critical of Mr. Obama's treatment of Prime Minister Benjamin Netanyahu, and said a proposed nuclear deal with Iran is terrible.");
        assert!(
            !found.iter().flatten().any(|s| s.contains("Netanyahu")),
            "{found:?}"
        );
        // A name with its verb after a fronted phrase is the subject.
        let found = speakers("In the deal he outlined on Saturday, Mr. Trump offered to restore protection for 300,000 people, and said he would allow Dreamers to stay.");
        assert!(
            found.iter().flatten().any(|s| s.contains("Trump")),
            "{found:?}"
        );
    }

    #[test]
    fn places_modifiers_and_a_faiths_adjective_are_no_speakers() {
        let found = speakers("According to the Middle East Media Research Institute, Khecharem also said the caliphate would return.");
        assert!(
            !found.iter().flatten().any(|s| s == "Middle East"),
            "{found:?}"
        );
        let found = speakers("And the vice president made full use of his old Senate colleague\u{2019}s 1988 debate playbook, shaking his head and scoffing pityingly at Representative Paul D. Ryan, trying to paint his opponent as a latter-day Dan Quayle.");
        assert!(!found.iter().flatten().any(|s| s == "Senate"), "{found:?}");
        let found = speakers("If Said Khecharem were a non-Muslim saying that Muslims needed to destroy the entity, he would be accused of bigotry.");
        assert!(!found.iter().flatten().any(|s| s == "Muslim"), "{found:?}");
    }

    #[test]
    fn a_coordinated_participle_has_the_subject_before_its_appositive() {
        let found = speakers("John Podesta, a former chief of staff to President Bill Clinton and a close ally of Mr. Obama, issued a statement calling the tax deal \u{201c}a steep price\u{201d} but saying the president was \u{201c}right to choose helping working Americans.\u{201d}");
        assert!(
            found.iter().flatten().all(|s| s.contains("Podesta")),
            "{found:?}"
        );
    }

    #[test]
    fn a_coordinated_verb_has_the_sentences_subject() {
        let found = speakers("Hillary Clinton called Nancy Pelosi as strong a supporter as Barack Obama has, and said she hoped the president would seize the chance.");
        assert!(
            found.iter().flatten().all(|s| s.contains("Clinton")),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_opening_its_sentence_names_the_person_given_in_full_elsewhere() {
        let found = speakers("Rep. Bruce Braley is under fire after a video surfaced Tuesday. Braley says if elected he would want to serve on the Judiciary Committee.");
        assert_eq!(found, [Some("Braley".to_string())]);
        // A person the lexicons know by a full name gives a surname too.
        let found = speakers("Hillary Rodham Clinton spoke on Sunday. Mrs. Clinton called Nancy Pelosi as strong a supporter as Barack Obama has, and said she hoped the president would seize the chance.");
        assert!(
            found.iter().flatten().all(|s| s.contains("Clinton")),
            "{found:?}"
        );
        // A body's last word is no surname ("the Trump Administration").
        let found = speakers("The Trump Administration weighed the plan. Administration officials said the plan was lawful.");
        assert!(
            !found.iter().flatten().any(|s| s == "Administration"),
            "{found:?}"
        );
        // Without the full name elsewhere, a sentence's first word is no name.
        let found = speakers("The video surfaced Tuesday. Braley says if elected he would want to serve on the committee.");
        assert_eq!(found, [None]);
    }

    #[test]
    fn a_dotted_state_is_an_affiliation_and_he_stands_for_no_district() {
        let found = speakers("Rep. David Cicilline (D-R.I.) tweeted to the president: \u{201c}Do not hand another dictator a victory.\u{201d}");
        assert_eq!(found, [Some("David Cicilline".to_string())]);
        let found = speakers("Paul Ryan, the Republican chairman of the House Budget Committee, has been criticised by some bishops ever since he claimed that his plan was inspired by his faith.");
        assert_eq!(found, [Some("Paul Ryan".to_string())]);
        let found = speakers("The majority leader blanketed Virginia\u{2019}s Seventh Congressional District with fliers in which he emphasized that he opposed an amnesty policy.");
        assert!(
            !found.iter().flatten().any(|s| s.contains("District")),
            "{found:?}"
        );
    }

    #[test]
    fn laws_and_titles_are_sorted() {
        assert!(AFFILIATIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(PLACES_AND_BODIES.windows(2).all(|w| w[0] < w[1]));
        assert!(SUBJECT_TO_VERB.windows(2).all(|w| w[0] < w[1]));
        assert!(SUBJECT_STAND_INS.windows(2).all(|w| w[0] < w[1]));
        assert!(DOCUMENTS.windows(2).all(|w| w[0] < w[1]));
        assert!(LAWS.windows(2).all(|w| w[0] < w[1]));
        assert!(PLACES.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_law_or_a_bare_title_is_no_speaker() {
        assert_eq!(
            speakers("Lerner invoked the Fifth Amendment, the committee said."),
            [None]
        );
        assert_eq!(
            speakers("“We will appeal,” said Rep. Jesse Jackson, who chairs the panel."),
            [Some("Jesse Jackson".to_string())]
        );
    }

    #[test]
    fn a_participle_after_a_comma_is_not_the_addressees() {
        let found = speakers(
            "\u{201c}I do not question the president's faith,\u{201d} Santorum told host Bob \
             Schieffer, denying the claim.",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("Schieffer")),
            "{found:?}"
        );
    }

    #[test]
    fn an_aside_with_initials_or_a_place_still_names_the_subject() {
        let found = speakers(
            "After the hearing, Mr. Jackson\u{2019}s lawyer, Reid H. Weingarten, said his client \
             had come to terms with his misconduct.",
        );
        assert!(
            found.iter().flatten().any(|s| s.contains("Weingarten")),
            "{found:?}"
        );
        let found = speakers(
            "Representative Kurt Schrader of Oregon, who backed Mr. Ryan, said after the vote \
             that Democrats should expect defeat.",
        );
        assert!(
            found.iter().flatten().any(|s| s.contains("Schrader")),
            "{found:?}"
        );
    }

    #[test]
    fn a_one_word_subject_before_an_aside_a_relatives_name_and_an_earlier_pronoun() {
        // A surname alone, set off before its aside, is the speaker.
        let found = speakers("Smith, a teacher at the school, said that the minister was right.");
        assert_eq!(found, [Some("Smith".to_string())]);
        // Not a name inside a relative aside on the subject.
        let found = speakers(
            "Representative Davis, who was interviewed by The Daily Caller, a conservative news \
             site, after the photo emerged, called the minister an \u{201c}outstanding human \
             being.\u{201d}",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("Daily Caller")),
            "{found:?}"
        );
        // "he" stands for the sentence's earlier "He", not for a name between them.
        let found = speakers(
            "He reaffirmed that he admired Mr. Farrakhan in an interview, though he said that \
             the remarks \u{201c}sometimes make me shudder.\u{201d}",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("Farrakhan")),
            "{found:?}"
        );
    }

    #[test]
    fn a_place_after_of_is_no_subject() {
        let found = speakers(
            "Senator Kristen Gillibrand of New York, who announced her bid in January, said the \
             offer was a bad deal.",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("New York")),
            "{found:?}"
        );
        let found = speakers(
            "\u{201c}This is plainly a power grab,\u{201d} Speaker Nancy Pelosi of California and \
             Senator Chuck Schumer of New York, the Democratic leader, said in a statement.",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("New York")),
            "{found:?}"
        );
        let found = speakers(
            "The argument drew the ire of Justice Antonin Scalia, who said the plaintiffs had no \
             common claim.",
        );
        assert!(
            found.iter().flatten().any(|s| s.contains("Scalia")),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_in_the_possessive_is_no_antecedent() {
        let found = speakers(
            "The sheriff has called the Justice Department\u{2019}s action an attempt to \
             intimidate him and he has said he does not engage in racial profiling.",
        );
        assert!(
            !found.iter().flatten().any(|s| s.contains("Justice")),
            "{found:?}"
        );
        // A name that is the subject still is one.
        let found = speakers(
            "Sheriff Joe Arpaio called the lawsuit an attempt to intimidate him and he has said \
             he does not engage in racial profiling.",
        );
        assert!(
            found.iter().flatten().any(|s| s.contains("Arpaio")),
            "{found:?}"
        );
    }

    #[test]
    fn affiliations_are_sorted() {
        let mut s = AFFILIATIONS.to_vec();
        s.sort_unstable();
        assert_eq!(s, AFFILIATIONS);
    }

    /// The sixth panel (2026-12-06) found paraphrases credited to what they are about.
    #[test]
    fn the_speaker_is_who_speaks_not_what_is_spoken_of() {
        // A name after the cue is what was said…
        assert_eq!(
            speakers("Justice Anna Breyer said Congress could be held accountable for the gaps."),
            [Some("Anna Breyer".to_string())]
        );
        // …unless the tag is inverted, or the cue names its source after it.
        assert_eq!(
            speakers("The plan is dead, said Senator Ruth Calder on Monday."),
            [Some("Senator Ruth Calder".to_string())]
        );
        assert_eq!(
            speakers("The fund lost money, according to Acme Capital."),
            [Some("Acme Capital".to_string())]
        );
        // A state after a name is no speaker.
        assert_eq!(
            speakers("The bill is a disgrace, said Durbin, D-Ill."),
            [Some("Durbin".to_string())]
        );
        // The subject speaks, past an aside; not a name inside the aside, nor one in what
        // was said, nor a name further back (the tenth panel, 2026-12-07).
        assert_eq!(
            speakers("Leeann Tweeden, a radio news anchor, says Franken groped her during a tour in 2006."),
            [Some("Leeann Tweeden".to_string())]
        );
        assert_eq!(
            speakers("Dr. Zabulon Yoti, a coordinator at the WHO Regional Office for Africa, said the response was slow."),
            [Some("Zabulon Yoti".to_string())]
        );
        assert_eq!(
            speakers("Gregory Vega, anticipating an indictment, asserted in the letter that two prosecutors had attended a fund-raiser for Hillary Clinton."),
            [Some("Gregory Vega".to_string())]
        );
        assert_eq!(
            speakers("The senator's spokesman, John Smith, said the vote was delayed."),
            [Some("John Smith".to_string())]
        );
        assert_eq!(
            speakers("Rep. Duncan Hunter and his wife, Margaret, were indicted on charges of misusing funds, prosecutors announced Tuesday."),
            [None]
        );
        assert_eq!(
            speakers("The hearing was short. Mr. Vega said the charges were political."),
            [Some("Vega".to_string())]
        );
        assert_eq!(
            speakers("Governor Gavin Newsom of California said the wall was a vanity project."),
            [Some("Gavin Newsom".to_string())]
        );
        assert_eq!(
            speakers("President Ann Ruiz on Monday called the case against Michael Flint unfair, claiming he had been set up."),
            [Some("Ann Ruiz".to_string())]
        );
        assert_eq!(
            speakers("Gregory Vega asserted that two prosecutors had attended a fund-raiser for Hillary Clinton, and complained that the timing was political."),
            [Some("Gregory Vega".to_string())]
        );
        assert_eq!(
            speakers("During the meeting, China's top official, Wang Yi, criticized American policy, accusing the United States of exaggerating the threat."),
            [Some("Wang Yi".to_string())]
        );
        assert_eq!(
            speakers("The State Department's release on the meetings highlighted the candid discussions."),
            [Some("State Department".to_string())]
        );
        assert_eq!(
            speakers("Blake Farenthold continued to deny the allegations."),
            [Some("Blake Farenthold".to_string())]
        );
        assert_eq!(
            speakers("Paul Ryan dismissed the critique, erroneously claiming it spoke for nobody."),
            [Some("Paul Ryan".to_string())]
        );
        assert_eq!(
            speakers("Duncan Hunter cannot take his name off the ballot, according to a spokesman for the secretary of state."),
            [None]
        );
        assert_eq!(
            speakers("In an interview with Fox News, Paul Ryan also hammered the plan, saying it would fail."),
            [Some("Paul Ryan".to_string())]
        );
        assert_eq!(
            speakers("President Ann Ruiz on Tuesday said the talks had failed."),
            [Some("Ann Ruiz".to_string())]
        );
        // A name with a possessive owns the speaker: the attorney speaks, not Grimm.
        assert_eq!(
            speakers(
                "Rep. Michael Grimm's attorney confirmed that prosecutors plan to file charges."
            ),
            [None]
        );
    }
}
