/*!
Checks of lexicon files beyond what loading enforces: the self-testing `flag`/`pass`
examples of every entry, duplicates across files, conflicting weights, and stems that
collide with common neutral words. Used by `cargo test` (one generated test per default
lexicon file) and by `slant lexicon check`.
*/

use serde::Serialize;

use super::{LexiconKind, Matcher, Payload};

/// An example sentence that did not behave as its entry says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExampleFailure {
    pub path: String,
    pub line: usize,
    pub term: String,
    /// `flag` (should have matched, did not) or `pass` (matched, should not have).
    pub kind: &'static str,
    pub sentence: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let verb = if self.kind == "flag" {
            "does not match"
        } else {
            "matches"
        };
        write!(
            f,
            "{}:{}: `{}` {verb} its {} example: {:?}",
            self.path, self.line, self.term, self.kind, self.sentence
        )
    }
}

/// Runs the `flag` and `pass` examples of every entry of the lexicon at `lexicon_index`
/// through the whole matcher (so the precision rules and the other lexicons take part, as they
/// do on a real article).
pub fn check_examples(matcher: &Matcher, lexicon_index: usize) -> Vec<ExampleFailure> {
    let lexicon = &matcher.lexicons().lexicons[lexicon_index];
    if lexicon.kind != LexiconKind::Terms {
        return Vec::new();
    }
    let mut failures = Vec::new();
    for (entry_index, entry) in lexicon.entries.iter().enumerate() {
        let matches_entry = |sentence: &str| {
            let (_, found) = matcher.match_text(sentence);
            found.matches.iter().any(|m| match m.payload {
                Payload::Term(id) => {
                    let t = &matcher.terms[id as usize];
                    t.lexicon_index == lexicon_index && t.entry_index == entry_index
                }
                _ => false,
            })
        };
        let mut fail = |kind, sentence: &String| {
            failures.push(ExampleFailure {
                path: lexicon.path.clone(),
                line: entry.line,
                term: entry.term.clone(),
                kind,
                sentence: sentence.clone(),
            })
        };
        for sentence in &entry.flag {
            if !matches_entry(sentence) {
                fail("flag", sentence);
            }
        }
        for sentence in &entry.pass {
            if matches_entry(sentence) {
                fail("pass", sentence);
            }
        }
    }
    failures
}

/// How serious a lexicon problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Warning,
    Error,
}

/// A problem found by `slant lexicon check`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{}:{}:{}: {level}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

/// Common neutral news words. A `stem` entry whose stem equals one of theirs would flag them
/// ("unite" → "unit" also matches "United States").
const NEUTRAL_WORDS: &[&str] = &[
    "account",
    "agency",
    "area",
    "army",
    "bank",
    "bill",
    "border",
    "budget",
    "campaign",
    "case",
    "city",
    "committee",
    "community",
    "company",
    "council",
    "country",
    "court",
    "data",
    "deal",
    "defense",
    "department",
    "district",
    "election",
    "energy",
    "family",
    "federal",
    "force",
    "general",
    "government",
    "group",
    "health",
    "house",
    "interview",
    "issue",
    "law",
    "leader",
    "market",
    "meeting",
    "member",
    "military",
    "minister",
    "nation",
    "national",
    "news",
    "number",
    "office",
    "official",
    "party",
    "people",
    "plan",
    "police",
    "policy",
    "president",
    "press",
    "price",
    "program",
    "public",
    "question",
    "rate",
    "record",
    "region",
    "report",
    "republic",
    "school",
    "secretary",
    "senate",
    "service",
    "source",
    "state",
    "statement",
    "student",
    "system",
    "talks",
    "tax",
    "team",
    "trade",
    "union",
    "unit",
    "united",
    "visit",
    "vote",
    "week",
    "world",
    "year",
];

fn strip(word: &str) -> &str {
    crate::text::normalize::strip_possessive(word)
}

/// Checks the whole set: examples, duplicates, conflicting weights and stem collisions.
pub fn check_set(matcher: &Matcher) -> Vec<Problem> {
    use std::collections::HashMap;

    use super::MatchMode;

    let set = matcher.lexicons();
    let mut problems: Vec<Problem> = super::Categories::disagreements(set)
        .into_iter()
        .map(|(path, message)| Problem {
            path,
            line: 1,
            column: 1,
            severity: Severity::Error,
            message,
        })
        .collect();
    for (i, lexicon) in set.lexicons.iter().enumerate() {
        for f in check_examples(matcher, i) {
            problems.push(Problem {
                path: f.path.clone(),
                line: f.line,
                column: 1,
                severity: Severity::Error,
                message: f
                    .to_string()
                    .split_once(": ")
                    .map_or(f.to_string(), |(_, m)| m.to_string()),
            });
        }
        for e in &lexicon.entries {
            if e.flag.is_empty() {
                problems.push(Problem {
                    path: lexicon.path.clone(),
                    line: e.line,
                    column: e.column,
                    // docs/lexicons.md: every entry carries a sentence it must flag, so that
                    // the entry tests itself.
                    severity: Severity::Error,
                    message: format!(
                        "`{}` has no `flag` example: add `flag = [\"a sentence it must flag\"]`",
                        e.term
                    ),
                });
            }
        }
    }
    // Duplicates: two entries that match the same words — the same stems, word by word
    // inflections of each other (the matcher's own rule), in the same mode, in one layer: a
    // cue (weight 0, never flagged) may share a flagged term's words ("witch hunt" is a loaded
    // idiom and a denial cue), as the two are read by different analyses.
    let words_of = |term: &str| -> Vec<String> {
        crate::text::normalize::normalize_word(term)
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut seen: HashMap<(String, MatchMode, bool), Vec<(usize, usize)>> = HashMap::new();
    for (li, lexicon) in set.lexicons.iter().enumerate() {
        for (ei, e) in lexicon.entries.iter().enumerate() {
            let words = words_of(&e.term);
            let key_term = if e.mode == MatchMode::Regex {
                e.term.clone()
            } else {
                words
                    .iter()
                    .map(|w| matcher.stem(w).to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let key = (
                key_term,
                if e.mode == MatchMode::Exact {
                    MatchMode::Stem
                } else {
                    e.mode
                },
                e.weight == 0.0,
            );
            let same_words = |&&(lj, ej): &&(usize, usize)| {
                let other_entry = &set.lexicons[lj].entries[ej];
                let other = words_of(&other_entry.term);
                // Two exact entries only meet on the very same words.
                if e.mode == MatchMode::Exact && other_entry.mode == MatchMode::Exact {
                    return other == words;
                }
                e.mode == MatchMode::Regex
                    || (other.len() == words.len()
                        && other
                            .iter()
                            .zip(&words)
                            .all(|(a, b)| super::matcher::is_inflection_pair(strip(a), strip(b))))
            };
            // The latest earlier entry: a house file's own repeat is named before the
            // default pack's entry that both repeat.
            let previous = seen
                .get(&key)
                .and_then(|list| list.iter().rev().find(same_words))
                .copied();
            seen.entry(key).or_default().push((li, ei));
            match previous {
                None => {}
                Some((lj, ej)) => {
                    let other_lex = &set.lexicons[lj];
                    let other = &other_lex.entries[ej];
                    let conflict = other_lex.category != lexicon.category
                        && (other.weight - e.weight).abs() > f64::EPSILON;
                    let message = if conflict {
                        format!(
                            "`{}` is also `{}` in {}:{} with category `{}` and weight {} (here `{}`, weight {}): keep one",
                            e.term, other.term, other_lex.path, other.line, other_lex.category, other.weight, lexicon.category, e.weight
                        )
                    } else if other_lex.path.starts_with("default:")
                        && !lexicon.path.starts_with("default:")
                    {
                        format!(
                            "`{}` duplicates `{}` of the default pack at {}:{}: remove it here, or leave the pack out (--no-default-lexicons)",
                            e.term, other.term, other_lex.path, other.line
                        )
                    } else {
                        format!(
                            "`{}` duplicates `{}` at {}:{}",
                            e.term, other.term, other_lex.path, other.line
                        )
                    };
                    problems.push(Problem {
                        path: lexicon.path.clone(),
                        line: e.line,
                        column: e.column,
                        severity: Severity::Error,
                        message,
                    });
                }
            }
        }
    }
    // Stems shared with common neutral words.
    let mut neutral: HashMap<String, Vec<&str>> = HashMap::new();
    for w in NEUTRAL_WORDS {
        neutral
            .entry(matcher.stem(w).to_string())
            .or_default()
            .push(w);
    }
    for lexicon in &set.lexicons {
        for e in lexicon
            .entries
            .iter()
            .filter(|e| e.mode == MatchMode::Stem && e.weight > 0.0)
        {
            for form in std::iter::once(&e.term).chain(&e.variants) {
                if form.split_whitespace().count() != 1 {
                    continue;
                }
                let stem = matcher.stem(form);
                let lower = crate::text::normalize::normalize_word(form);
                for word in neutral.get(&*stem).into_iter().flatten() {
                    // The matcher needs an inflection on top of the stem, so only a neutral
                    // word that is an inflection of the entry is really at risk.
                    if !word.eq_ignore_ascii_case(form)
                        && super::matcher::is_inflection_pair(&lower, word)
                    {
                        problems.push(Problem {
                            path: lexicon.path.clone(),
                            line: e.line,
                            column: e.column,
                            severity: Severity::Error,
                            message: format!(
                                "`{form}` has the stem `{stem}` of the neutral word `{word}`, which it would flag too: use match = \"exact\" with variants"
                            ),
                        });
                    }
                }
            }
        }
    }
    problems.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message))
    });
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconLimits, LexiconSet};

    fn matcher(files: &[&str]) -> Matcher {
        let lexicons = files
            .iter()
            .enumerate()
            .map(|(i, text)| {
                LexiconSet::parse_one(&format!("f{i}.toml"), text, &LexiconLimits::default())
                    .unwrap()
            })
            .collect();
        Matcher::new(LexiconSet { lexicons })
    }

    #[test]
    fn neutral_word_list_is_sorted() {
        let mut s = NEUTRAL_WORDS.to_vec();
        s.sort_unstable();
        assert_eq!(s, NEUTRAL_WORDS);
    }

    #[test]
    fn failing_examples_are_reported() {
        let m = matcher(&["[lexicon]\nname = \"a\"\ncategory = \"loaded\"\n[[entry]]\nterm = \"slam\"\nflag = [\"They praised it.\"]\npass = [\"Critics slammed it.\"]\n"]);
        let failures = check_examples(&m, 0);
        assert_eq!(failures.len(), 2);
        assert_eq!(failures[0].kind, "flag");
        assert_eq!(failures[1].kind, "pass");
    }

    #[test]
    fn stem_collision_with_a_neutral_word_is_an_error() {
        let m = matcher(&["[lexicon]\nname = \"a\"\ncategory = \"loaded\"\n[[entry]]\nterm = \"unite\"\nflag = [\"They unite.\"]\n"]);
        let problems = check_set(&m);
        assert!(
            problems.iter().any(|p| p.message.contains("stem `unit`")),
            "{problems:?}"
        );
    }

    #[test]
    fn conflicting_duplicates_across_files_are_errors() {
        let m = matcher(&[
            "[lexicon]\nname = \"a\"\ncategory = \"loaded\"\n[[entry]]\nterm = \"slam\"\nflag = [\"They slam it.\"]\n",
            "[lexicon]\nname = \"b\"\ncategory = \"reporting-hostile\"\nweight = 0.9\n[[entry]]\nterm = \"slams\"\nflag = [\"He slams it.\"]\n",
        ]);
        let problems = check_set(&m);
        assert!(
            problems
                .iter()
                .any(|p| p.path == "f1.toml" && p.message.contains("weight")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_cue_may_share_its_words_with_a_flagged_term() {
        // A cue lexicon (weight 0: read by the omissions analysis, never flagged) is a layer
        // of its own: "witch hunt" is both a loaded idiom and a denial cue.
        let m = matcher(&[
            "[lexicon]\nname = \"a\"\ncategory = \"idiom\"\n[[entry]]\nterm = \"witch hunt\"\nflag = [\"A witch hunt.\"]\n",
            "[lexicon]\nname = \"b\"\ncategory = \"counter-denial\"\nweight = 0\nrole = \"denial\"\n[[entry]]\nterm = \"witch hunt\"\nflag = [\"A witch hunt.\"]\n",
        ]);
        let problems = check_set(&m);
        assert!(
            !problems.iter().any(|p| p.message.contains("witch hunt")),
            "{problems:?}"
        );
        // Two cues of one layer still clash.
        let m = matcher(&[
            "[lexicon]\nname = \"a\"\ncategory = \"counter-caveat\"\nweight = 0\nrole = \"caveat\"\n[[entry]]\nterm = \"witch hunt\"\nflag = [\"A witch hunt.\"]\n",
            "[lexicon]\nname = \"b\"\ncategory = \"counter-denial\"\nweight = 0\nrole = \"denial\"\n[[entry]]\nterm = \"witch hunt\"\nflag = [\"A witch hunt.\"]\n",
        ]);
        assert!(check_set(&m)
            .iter()
            .any(|p| p.message.contains("witch hunt")));
    }

    #[test]
    fn files_of_one_category_must_agree_on_its_title() {
        let m = matcher(&[
            "[lexicon]\nname = \"a\"\ncategory = \"x\"\ntitle = \"Loaded word\"\n[[entry]]\nterm = \"slam\"\nflag = [\"They slam it.\"]\n",
            "[lexicon]\nname = \"b\"\ncategory = \"x\"\ntitle = \"Strong word\"\n[[entry]]\nterm = \"blast\"\nflag = [\"They blast it.\"]\n",
        ]);
        let problems = check_set(&m);
        assert!(
            problems.iter().any(|p| p.path == "f1.toml"
                && p.severity == Severity::Error
                && p.to_string()
                    .contains("title \"Strong word\" disagrees with \"Loaded word\" in f0.toml")),
            "{problems:?}"
        );
    }
}
