/*!
Sourcing: who speaks in the body, and what the outlet asserts on its own.

Each body sentence is classed by voice: *quoted* when at least half its words are inside
quotation marks, *attributed* when any are reported from a source, else *outlet*. Named sources
are the entities and capitalised names in attributed or quoted sentences, except names right
after a preposition of place ("outside City Hall", "in Foreign Affairs"), which say where. Outlet-voice strong
claims are outlet sentences carrying an outlet-voice evaluative term of weight ≥ 0.8 with no
source; speculation is a term of role `speculation` in the outlet's voice.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::text::Voice;
use crate::vocab::{round3, Finding, Role, Span};

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
fn after_locative(body: &FieldView, t: usize) -> bool {
    let tokens = &body.seg.tokens;
    let mut p = t;
    while p > 0 && tokens[p - 1].sentence == tokens[t].sentence {
        p -= 1;
        let word = body.seg.lower_at(p);
        if word == "the" {
            continue;
        }
        return LOCATIVES.contains(&word);
    }
    false
}

/// A named source and how often it is cited and quoted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceCount {
    pub name: String,
    /// Sentences reported from or quoting it.
    pub cited: usize,
    /// Of those, sentences with a direct quotation.
    pub quoted: usize,
}

/// A body sentence the outlet asserts on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub sentence: usize,
    pub span: Span,
    pub text: String,
    pub terms: Vec<String>,
}

/// Who speaks in the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sourcing {
    pub sentences: usize,
    pub outlet: usize,
    pub attributed: usize,
    pub quoted: usize,
    /// Share of body sentences in the outlet's own voice.
    pub outlet_share: f64,
    pub sources: Vec<SourceCount>,
    pub unsourced_claims: Vec<Claim>,
    pub speculation: Vec<Claim>,
}

/// The voice of a whole sentence.
pub fn sentence_voice(view: &FieldView, index: usize) -> Voice {
    let tokens = view.seg.sentence_tokens(index);
    let quoted = tokens.iter().filter(|t| t.voice == Voice::Quoted).count();
    if !tokens.is_empty() && quoted * 2 >= tokens.len() {
        Voice::Quoted
    } else if tokens.iter().any(|t| t.voice == Voice::Attributed) {
        Voice::Attributed
    } else {
        Voice::Outlet
    }
}

/// Sourcing of the body.
pub fn sourcing(matcher: &Matcher, body: &FieldView, body_loaded: &[Finding]) -> Sourcing {
    let n = body.seg.sentences.len();
    let voices: Vec<Voice> = (0..n).map(|i| sentence_voice(body, i)).collect();
    let count = |v: Voice| voices.iter().filter(|&&x| x == v).count();

    // Names per sentence: lexicon entities, else runs of capitalised words inside the sentence.
    let mut names: Vec<Vec<String>> = vec![Vec::new(); n];
    for m in &body.found.matches {
        if let Payload::Entity(e) = m.payload {
            let (name, kind) = &matcher.entities[e as usize];
            if kind == "country" {
                continue;
            }
            let s = body.seg.tokens[m.tokens.start].sentence as usize;
            if after_locative(body, m.tokens.start) {
                continue;
            }
            if !names[s].contains(name) {
                names[s].push(name.clone());
            }
        }
    }
    let tokens = &body.seg.tokens;
    for run in super::name_runs(body, &super::entity_tokens(body)) {
        let s = tokens[run.start].sentence as usize;
        if after_locative(body, run.start) {
            continue;
        }
        let name =
            body.text()[tokens[run.start].span.start..tokens[run.end - 1].span.end].to_string();
        if !names[s].contains(&name) {
            names[s].push(name);
        }
    }
    let mut sources: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for s in 0..n {
        if voices[s] == Voice::Outlet {
            continue;
        }
        let has_quote = body
            .seg
            .sentence_tokens(s)
            .iter()
            .any(|t| t.voice == Voice::Quoted);
        for name in &names[s] {
            let e = sources.entry(name.clone()).or_insert((0, 0));
            e.0 += 1;
            e.1 += usize::from(has_quote);
        }
    }
    let mut sources: Vec<SourceCount> = sources
        .into_iter()
        .map(|(name, (cited, quoted))| SourceCount {
            name,
            cited,
            quoted,
        })
        .collect();
    sources.sort_by(|a, b| b.cited.cmp(&a.cited).then(a.name.cmp(&b.name)));

    let mut unsourced: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut speculation: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for f in body_loaded
        .iter()
        .filter(|f| f.voice == Voice::Outlet && f.counts())
    {
        let Some(s) = body.seg.sentence_at(f.span.start) else {
            continue;
        };
        if f.role == Some(Role::Speculation) {
            speculation.entry(s).or_default().push(f.text.clone());
        } else if voices[s] == Voice::Outlet
            && f.weight >= 0.8
            && f.role.is_some_and(Role::makes_claim)
        {
            unsourced.entry(s).or_default().push(f.text.clone());
        }
    }
    let claims = |map: BTreeMap<usize, Vec<String>>| {
        map.into_iter()
            .map(|(s, terms)| Claim {
                sentence: s,
                span: body.seg.sentences[s].span,
                text: body.sentence_text(s).to_string(),
                terms,
            })
            .collect()
    };
    Sourcing {
        sentences: n,
        outlet: count(Voice::Outlet),
        attributed: count(Voice::Attributed),
        quoted: count(Voice::Quoted),
        outlet_share: if n == 0 {
            0.0
        } else {
            round3(count(Voice::Outlet) as f64 / n as f64)
        },
        sources,
        unsourced_claims: claims(unsourced),
        speculation: claims(speculation),
    }
}

#[cfg(test)]
mod tests {
    fn sources(body: &str) -> Vec<String> {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let article = crate::Article::from_parts("t", Some("Council Raises Parking Fees"), body);
        analyzer
            .analyze(&article)
            .sourcing
            .sources
            .into_iter()
            .map(|s| s.name)
            .collect()
    }

    #[test]
    fn a_place_where_someone_spoke_is_not_a_source() {
        let found = sources(
            "Speaking outside City Hall, the mayor said the fees were needed. \
             Writing in Foreign Affairs, the former adviser said the talks had failed. \
             In an interview at the Pentagon, General Mark Lee said the drill was routine.",
        );
        assert_eq!(found, vec!["General Mark Lee".to_string()]);
    }

    #[test]
    fn an_institution_that_speaks_is_a_source() {
        let found = sources(
            "The city will raise parking fees, City Hall said on Monday. \
             Officials from the Pentagon said the drill was routine.",
        );
        assert_eq!(found, vec!["City Hall".to_string(), "Pentagon".to_string()]);
    }
}
