/*!
The analyses of one article. Each takes the segmented, matched fields ([`FieldView`]) and
returns plain data with its evidence:

- [`loaded`]: lexicon terms, their voice and the loadedness densities;
- [`support`]: which headline claims and terms the body backs, with evidence sentences;
- [`omissions`]: salient body content the headline leaves out, missing entities and numbers;
- [`tone`]: negation-aware valence of headline and body, and the gap;
- [`frames`]: frame-cue distributions, headline versus body;
- [`sourcing`]: who speaks in the body, and what the outlet asserts on its own.
*/

pub mod frames;
pub mod loaded;
pub mod omissions;
pub mod sourcing;
pub mod support;
pub mod tone;

pub use frames::Frames;
pub use omissions::Omissions;
pub use sourcing::Sourcing;
pub use support::Support;
pub use tone::Tone;

use crate::article::Field;
use crate::lexicon::{FieldMatches, Matcher, Payload};
use crate::report::Location;
use crate::text::{voice, Segmented, Span};

/// A field of the article, segmented, matched, with voices marked.
#[derive(Debug, Clone)]
pub struct FieldView<'a> {
    pub location: Location,
    pub field: &'a Field,
    pub seg: Segmented,
    pub found: FieldMatches,
    /// Quoted byte ranges.
    pub quoted: Vec<Span>,
}

impl<'a> FieldView<'a> {
    pub fn text(&self) -> &'a str {
        &self.field.text
    }

    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &'a str {
        let span = self.seg.sentences[index].span;
        &self.field.text[span.start..span.end]
    }
}

/// Whether a term category introduces reported speech (and so marks its sentence as
/// attributed).
pub fn is_attribution_category(category: &str) -> bool {
    category.starts_with("reporting-") || category == "attribution-cue"
}

/// Segments and matches a field, then marks each token's voice.
pub fn prepare_field<'a>(location: Location, field: &'a Field, matcher: &Matcher) -> FieldView<'a> {
    let text = field.text.as_str();
    let mut seg = Segmented::new(text);
    let found = matcher.find(text, &seg);
    let quoted = voice::quoted_ranges(text, &seg);
    let in_quote = |span: Span| quoted.iter().any(|q| q.start <= span.start && span.end <= q.end);
    let mut attributed = vec![false; seg.sentences.len()];
    let mut cue_tokens = vec![false; seg.tokens.len()];
    for m in &found.matches {
        if let Payload::Term(id) = m.payload {
            if is_attribution_category(&matcher.terms[id as usize].category) && !in_quote(m.span) {
                attributed[seg.tokens[m.tokens.start].sentence as usize] = true;
                cue_tokens[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    voice::mark_voices(&mut seg, &quoted, &attributed, &cue_tokens);
    FieldView {
        location,
        field,
        seg,
        found,
        quoted,
    }
}
