/*!
Sourcing: who speaks in the body, and what the outlet asserts on its own.

Each body sentence is classed by voice: *quoted* when at least half its words are inside
quotation marks, *attributed* when any are reported from a source, else *outlet*. Named sources
are the speakers of the body's quoted and attributed stretches ([`super::voices`]): a name the
quotation mentions, or one a source talks about, is no source. Outlet-voice strong
claims are outlet sentences carrying an outlet-voice evaluative term of weight ≥ 0.8 with no
source; speculation is a term of role `speculation` in the outlet's voice.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::voices::VoiceSpan;
use super::FieldView;
use crate::text::Voice;
use crate::vocab::{round3, Finding, Role, Span};

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

/// "Grassley" said what "Chairman Chuck Grassley" said: a one-word speaker is the longer name
/// among the speakers that ends with it (the most cited of them when several do).
fn full_names<'a>(speakers: &[(usize, &'a str, bool)]) -> BTreeMap<&'a str, &'a str> {
    let mut cited: BTreeMap<&str, usize> = BTreeMap::new();
    for &(_, name, _) in speakers {
        *cited.entry(name).or_insert(0) += 1;
    }
    let mut out = BTreeMap::new();
    // "Mr Salama", "Sen. Warren": a title and a surname are the surname.
    let surname = |name: &'a str| -> &'a str {
        match name.split_once(' ') {
            Some((title, rest))
                if !rest.contains(' ')
                    && super::voices::TITLES
                        .binary_search(&title.trim_end_matches('.').to_lowercase().as_str())
                        .is_ok() =>
            {
                rest
            }
            _ => name,
        }
    };
    for &short in cited.keys() {
        let core = surname(short);
        if core.contains(' ') {
            continue;
        }
        let long = cited
            .iter()
            .filter(|(n, _)| {
                **n != short && surname(n) == **n && n.rsplit(' ').next() == Some(core)
            })
            .max_by_key(|&(n, &c)| (c, std::cmp::Reverse(*n)));
        if let Some((&long, _)) = long {
            out.insert(short, long);
        }
    }
    out
}

/// Sourcing of the body.
pub fn sourcing(body: &FieldView, body_voices: &[VoiceSpan], body_loaded: &[Finding]) -> Sourcing {
    let n = body.seg.sentences.len();
    let voices: Vec<Voice> = (0..n).map(|i| sentence_voice(body, i)).collect();
    let count = |v: Voice| voices.iter().filter(|&&x| x == v).count();

    // A source is the speaker of a quoted or attributed stretch, as the voices list names
    // it; a sentence cites each speaker once however many stretches it holds.
    let mut sources: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut by_sentence: Vec<(usize, &str, bool)> = body_voices
        .iter()
        .filter_map(|v| {
            let name = v.source.as_deref()?;
            let s = body.seg.sentence_at(v.span.start)?;
            Some((s, name, v.voice == Voice::Quoted))
        })
        .collect();
    let full = full_names(&by_sentence);
    for entry in &mut by_sentence {
        if let Some(&long) = full.get(entry.1) {
            entry.1 = long;
        }
    }
    by_sentence.sort_unstable();
    for (k, &(s, name, quoted)) in by_sentence.iter().enumerate() {
        let e = sources.entry(name).or_insert((0, 0));
        let first_of_sentence = k == 0 || by_sentence[k - 1].0 != s || by_sentence[k - 1].1 != name;
        if first_of_sentence {
            e.0 += 1;
        }
        // Sorted by (sentence, name, quoted): a quoted stretch of the pair comes last.
        let last_of_sentence = by_sentence
            .get(k + 1)
            .is_none_or(|n| n.0 != s || n.1 != name);
        if last_of_sentence && quoted {
            e.1 += 1;
        }
    }
    let mut sources: Vec<SourceCount> = sources
        .into_iter()
        .map(|(name, (cited, quoted))| SourceCount {
            name: name.to_string(),
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

    /// The sixth panel (2026-12-06) found the sources list naming whoever a sentence mentions
    /// ("Putin" inside a quotation, the target of a criticism) and listing one speaker twice.
    #[test]
    fn a_source_is_who_speaks_under_one_name() {
        let found = sources(
            "Senator Mary Holt said the fees would hurt small shops. \
             \"Putin would be proud of this council,\" Holt said. \
             Holt also said the plan had been rushed.",
        );
        assert_eq!(found, vec!["Mary Holt".to_string()]);
    }

    #[test]
    fn a_courtesy_title_and_a_surname_are_the_full_name() {
        let found = sources(
            "The agency's head of emergencies, Peter Salama, said the outbreak was spreading. \
             \"We are worried,\" Mr Salama said on Friday.",
        );
        assert_eq!(found, vec!["Peter Salama".to_string()]);
        let found = sources(
            "The outbreak is spreading, Salama said. \
             \"We are worried,\" Mr Salama said on Friday.",
        );
        assert_eq!(found, vec!["Salama".to_string()]);
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
