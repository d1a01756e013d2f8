/*!
Frames: how much of each field's vocabulary cues each news frame (conflict, cooperation,
economic, …; after Semetko & Valkenburg 2000 and the Media Frames Corpus, Boydstun et al.
2014). The distribution is cue counts over all cues of the field; the frames the headline
ignores are body frames with at least two cues and a tenth of the body's cues that the
headline does not cue at all.
*/

use serde::{Deserialize, Serialize};

use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::vocab::round3;

/// One frame's weight in a field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameShare {
    pub frame: String,
    pub cues: usize,
    /// Share of the field's frame cues, in [0, 1].
    pub share: f64,
}

/// Frames of headline and body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Frames {
    /// Every known frame, in lexicon order.
    pub headline: Vec<FrameShare>,
    pub body: Vec<FrameShare>,
    /// Body frames the headline does not cue at all.
    pub ignored_by_headline: Vec<String>,
    /// The body's dominant frame, if any cue was found.
    pub body_dominant: Option<String>,
    pub headline_dominant: Option<String>,
}

/// Cue count per frame index for each sentence, in one pass over the matches.
pub fn frame_counts_by_sentence(view: &FieldView, frames: usize) -> Vec<Vec<usize>> {
    let mut counts = vec![vec![0; frames]; view.seg.sentences.len()];
    let mut last_start = usize::MAX;
    for m in &view.found.matches {
        if let Payload::Frame(f) = m.payload {
            if m.span.start == last_start {
                continue;
            }
            last_start = m.span.start;
            let sentence = view.seg.tokens[m.tokens.start].sentence as usize;
            counts[sentence][f as usize] += 1;
        }
    }
    counts
}

/// Cue count per frame index for a set of token ranges (or the whole field).
pub fn frame_counts(
    view: &FieldView,
    frames: usize,
    within: Option<std::ops::Range<usize>>,
) -> Vec<usize> {
    let mut counts = vec![0; frames];
    let mut last_start = usize::MAX;
    for m in &view.found.matches {
        if let Payload::Frame(f) = m.payload {
            if within
                .as_ref()
                .is_some_and(|r| !r.contains(&m.tokens.start))
            {
                continue;
            }
            // One cue per place: the longest cue starting here was sorted first.
            if m.span.start == last_start {
                continue;
            }
            last_start = m.span.start;
            counts[f as usize] += 1;
        }
    }
    counts
}

fn shares(matcher: &Matcher, counts: &[usize]) -> Vec<FrameShare> {
    let total: usize = counts.iter().sum();
    matcher
        .frames
        .iter()
        .zip(counts)
        .map(|(frame, &cues)| FrameShare {
            frame: frame.clone(),
            cues,
            share: if total == 0 {
                0.0
            } else {
                round3(cues as f64 / total as f64)
            },
        })
        .collect()
}

fn dominant(shares: &[FrameShare]) -> Option<String> {
    shares
        .iter()
        .filter(|s| s.cues > 0)
        .max_by(|a, b| a.cues.cmp(&b.cues).then(b.frame.cmp(&a.frame)))
        .map(|s| s.frame.clone())
}

/// Frame distributions of headline and body.
pub fn frames(matcher: &Matcher, headline: Option<&FieldView>, body: &FieldView) -> Frames {
    let n = matcher.frames.len();
    let h = headline.map_or_else(|| vec![0; n], |v| frame_counts(v, n, None));
    let b = frame_counts(body, n, None);
    let body_total: usize = b.iter().sum();
    let ignored = matcher
        .frames
        .iter()
        .enumerate()
        .filter(|&(i, _)| headline.is_some() && h[i] == 0 && b[i] >= 2 && b[i] * 10 >= body_total)
        .map(|(_, f)| f.clone())
        .collect();
    let headline_shares = shares(matcher, &h);
    let body_shares = shares(matcher, &b);
    Frames {
        headline_dominant: dominant(&headline_shares),
        body_dominant: dominant(&body_shares),
        headline: headline_shares,
        body: body_shares,
        ignored_by_headline: ignored,
    }
}
