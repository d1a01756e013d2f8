/*!
Measuring the voice model: are quoted words found quoted, and the outlet's own words left in
its voice?

Two figures, on a spans file:

- **Agreement with quotation labels.** Where annotated spans say whether they are inside a
  quotation (BASIL's `quote`, on its loaded and informational spans), a span counts as
  *predicted quoted* when at least half of its bytes lie inside the report's `quoted` voice
  stretches. Agreement is the share of labelled spans where prediction and label match; the
  two kinds of error are counted apart (quoted text left to the outlet, outlet text hidden as
  quoted).
- **Mostly-quoted articles.** The share of articles with at least 60% of their body sentences
  in the quoted voice (as `sourcing` counts them). Real news is rarely that; a high share means
  stray quote marks are hiding the outlet's own words.
*/

use serde::Serialize;

use super::data::{Part, SpanArticle};
use super::metrics::ratio;
use crate::report::{Location, Report, Voice};

/// Share of quoted body sentences from which an article counts as mostly quoted.
pub const MOSTLY_QUOTED: f64 = 0.6;

/// Counts from one article or more; merge in any order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VoiceTally {
    labelled: usize,
    agree: usize,
    /// Labelled quoted, not predicted quoted.
    quoted_missed: usize,
    /// Labelled not quoted, predicted quoted.
    outlet_hidden: usize,
    articles: usize,
    mostly_quoted: usize,
}

impl VoiceTally {
    /// The tally of one article; `headline_shift` moves headline spans of the report into the
    /// labelled headline's coordinates.
    pub fn of_article(article: &SpanArticle, report: &Report, headline_shift: usize) -> Self {
        let quoted: Vec<(Part, usize, usize)> = report
            .voices
            .iter()
            .filter(|v| v.voice == Voice::Quoted)
            .map(|v| match v.location {
                Location::Headline => (
                    Part::Headline,
                    v.span.start + headline_shift,
                    v.span.end + headline_shift,
                ),
                Location::Body => (Part::Body, v.span.start, v.span.end),
            })
            .collect();
        let mut tally = VoiceTally {
            articles: 1,
            ..VoiceTally::default()
        };
        let s = &report.sourcing;
        if s.sentences > 0 && s.quoted as f64 >= MOSTLY_QUOTED * s.sentences as f64 {
            tally.mostly_quoted = 1;
        }
        for gold in &article.voice_gold {
            let len = gold.end.saturating_sub(gold.start);
            if len == 0 {
                continue;
            }
            let inside: usize = quoted
                .iter()
                .filter(|q| q.0 == gold.part)
                .map(|q| q.2.min(gold.end).saturating_sub(q.1.max(gold.start)))
                .sum();
            let predicted = inside * 2 >= len;
            tally.labelled += 1;
            match (gold.quoted, predicted) {
                (true, false) => tally.quoted_missed += 1,
                (false, true) => tally.outlet_hidden += 1,
                _ => tally.agree += 1,
            }
        }
        tally
    }

    pub fn merge(&mut self, other: VoiceTally) {
        self.labelled += other.labelled;
        self.agree += other.agree;
        self.quoted_missed += other.quoted_missed;
        self.outlet_hidden += other.outlet_hidden;
        self.articles += other.articles;
        self.mostly_quoted += other.mostly_quoted;
    }

    pub fn report(&self) -> VoiceReport {
        VoiceReport {
            labelled_spans: self.labelled,
            agree: self.agree,
            agreement: ratio(self.agree, self.labelled),
            quoted_missed: self.quoted_missed,
            outlet_hidden: self.outlet_hidden,
            articles: self.articles,
            mostly_quoted_articles: self.mostly_quoted,
            mostly_quoted_share: ratio(self.mostly_quoted, self.articles),
        }
    }
}

/// The voice figures of a spans file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceReport {
    /// Annotated spans carrying a quotation label.
    pub labelled_spans: usize,
    pub agree: usize,
    /// `agree / labelled_spans`; null without labels.
    pub agreement: Option<f64>,
    /// Labelled quoted, found outside the quoted voice.
    pub quoted_missed: usize,
    /// Labelled not quoted, found in the quoted voice.
    pub outlet_hidden: usize,
    pub articles: usize,
    /// Articles with at least 60% of their body sentences quoted.
    pub mostly_quoted_articles: usize,
    pub mostly_quoted_share: Option<f64>,
}
