/*!
The [`Analyzer`]: lexicons compiled once, configuration fixed, then any number of articles
analysed — from one thread or many (it is `Send + Sync`).
*/

use crate::analysis::support::SupportStatus;
use crate::analysis::{self, prepare_fields};
use crate::article::{Article, Field};
use crate::config::Config;
use crate::error::LexiconError;
use crate::lexicon::{LexiconSet, Matcher};
use crate::report::{ArticleText, Finding, FindingKind, Located, Location, Report, SCHEMA_VERSION};
use crate::score::{self, Evaluative, ScoreInputs};

/// Analyses articles into reports. Build once per run and share.
#[derive(Debug)]
pub struct Analyzer {
    matcher: Matcher,
    config: Config,
}

impl Analyzer {
    /// Compiles `lexicons` (less the categories the configuration disables).
    pub fn new(lexicons: LexiconSet, config: Config) -> Analyzer {
        let lexicons = lexicons.without_categories(&config.disabled_categories);
        Analyzer {
            matcher: Matcher::new(lexicons),
            config,
        }
    }

    /// The embedded default lexicons and the default configuration.
    pub fn with_defaults() -> Result<Analyzer, LexiconError> {
        Ok(Analyzer::new(LexiconSet::embedded()?, Config::default()))
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Analyses one article.
    pub fn analyze(&self, article: &Article) -> Report {
        let matcher = &self.matcher;
        let config = &self.config;
        let empty = Field::new("");
        let (mut headline_view, body_view) =
            prepare_fields(article.headline.as_ref(), &article.body, matcher);
        if let Some(h) = headline_view.as_mut() {
            analysis::scare_quotes::unquote_scare_quotes(h, &body_view, matcher);
        }

        let headline_loaded = headline_view
            .as_ref()
            .map(|v| analysis::loaded::find_loaded_terms(v, matcher, config, &article.ignore_terms))
            .unwrap_or_default();
        // A copy of the headline atop the body is the headline's wording, not the body's:
        // its words are neither counted nor flagged twice, nor evidence, nor omitted.
        let repeated = headline_view
            .as_ref()
            .map_or(0, |h| analysis::furniture::repeated_headline(h, &body_view));
        let copy_end = repeated
            .checked_sub(1)
            .map_or(0, |last| body_view.seg.tokens[last].span.end);
        let mut body_loaded =
            analysis::loaded::find_loaded_terms(&body_view, matcher, config, &article.ignore_terms);
        body_loaded.retain(|f| f.span.start >= copy_end);
        // A poll or sign-up form pasted with the page is nobody's words.
        let form = analysis::furniture::form_sentences(&body_view);
        if form.iter().any(|&f| f) {
            body_loaded.retain(|f| {
                body_view
                    .seg
                    .sentence_at(f.span.start)
                    .is_none_or(|s| !form[s])
            });
        }
        let density = analysis::loaded::densities(
            &headline_loaded,
            headline_view.as_ref().map_or(0, |v| v.seg.word_count()),
            &body_loaded,
            body_view.seg.word_count() - repeated,
            config,
        );
        let tone = analysis::tone::tone(headline_view.as_ref(), &body_view);
        let frames = analysis::frames::frames(matcher, headline_view.as_ref(), &body_view);
        let concepts = analysis::ArticleConcepts::new(headline_view.as_ref(), &body_view);
        let mut furniture = analysis::furniture::furniture_sentences(&body_view);
        for ((flag, sentence), in_form) in furniture
            .iter_mut()
            .zip(&body_view.seg.sentences)
            .zip(&form)
        {
            *flag |= sentence.tokens.end <= repeated || *in_form;
        }
        let mut support = headline_view
            .as_ref()
            .map(|h| {
                analysis::support::support(
                    matcher,
                    h,
                    &headline_loaded,
                    &body_view,
                    &body_loaded,
                    &concepts,
                    &furniture,
                )
            })
            .unwrap_or_default();
        let omissions = analysis::omissions::omissions(
            matcher,
            headline_view.as_ref(),
            tone.headline.tone,
            &body_view,
            &concepts,
            &furniture,
        );
        analysis::support::say_instead(&mut support, &omissions);
        let body_voices = analysis::voices::voices(&body_view, matcher);
        let sourcing = analysis::sourcing::sourcing(&body_view, &body_voices, &body_loaded);
        let headline_applies = article
            .headline
            .as_ref()
            .is_some_and(|h| analysis::article_type::reads_as_headline(&h.text));
        let voice = &config.voice_weights;
        let body_evaluative =
            Evaluative::of(&body_loaded, Location::Body, density.body_tokens, voice);
        let headline_evaluative = Evaluative::of(
            &headline_loaded,
            Location::Headline,
            density.headline_tokens,
            voice,
        );
        // A first line that is a body sentence is no headline: it passes no headline verdict.
        let no_headline = Evaluative::default();
        let article_type = analysis::article_type::article_type(
            headline_view.as_ref(),
            if headline_applies {
                &headline_evaluative
            } else {
                &no_headline
            },
            &body_view,
            &body_evaluative,
            &sourcing,
            &furniture,
        );
        let score = score::score(
            &ScoreInputs {
                has_headline: headline_applies,
                headline: headline_evaluative,
                body: body_evaluative,
                support: &support,
                omissions: &omissions,
                sourcing: &sourcing,
            },
            &config.score_weights,
        );

        let headline_field = article.headline.as_ref().unwrap_or(&empty);
        let unsupported = support
            .terms
            .iter()
            .filter(|t| {
                matches!(
                    t.status,
                    SupportStatus::Unsupported | SupportStatus::Contradicted
                )
            })
            .map(|t| {
                let source = headline_loaded.iter().find(|f| f.span == t.span);
                let (line, column) = headline_field.line_column(t.span.start);
                Finding {
                    kind: FindingKind::UnsupportedTerm,
                    location: Location::Headline,
                    span: t.span,
                    line,
                    column,
                    text: t.text.clone(),
                    term: t.term.clone(),
                    category: t.category.clone(),
                    weight: source.map_or(0.0, |f| f.weight),
                    voice: source.map(|f| f.voice).unwrap_or_default(),
                    neutral: source.map(|f| f.neutral.clone()).unwrap_or_default(),
                    note: unsupported_note(t),
                    lexicon: source.map(|f| f.lexicon.clone()).unwrap_or_default(),
                    suppressed: source.is_some_and(|f| f.suppressed),
                    tier: source.map(|f| f.tier).unwrap_or_default(),
                    role: source.and_then(|f| f.role),
                }
            });
        let mut findings: Vec<Finding> =
            headline_loaded.iter().cloned().chain(unsupported).collect();
        findings.sort_by_key(|f| (f.span.start, f.kind));
        let counts = analysis::loaded::counts_by_category(&headline_loaded)
            .into_iter()
            .chain(analysis::loaded::counts_by_category(&body_loaded))
            .fold(std::collections::BTreeMap::new(), |mut acc, (k, v)| {
                *acc.entry(k).or_insert(0) += v;
                acc
            });
        findings.extend(body_loaded);

        let mut voices = headline_view
            .as_ref()
            .map(|h| analysis::voices::voices(h, matcher))
            .unwrap_or_default();
        voices.extend(body_voices);

        Report {
            schema_version: SCHEMA_VERSION,
            source: article.source.clone(),
            format: article.format,
            headline: article.headline.as_ref().map(|h| h.text.trim().to_string()),
            notes: article.notes.clone(),
            findings,
            voices,
            density,
            counts,
            support,
            omissions,
            tone,
            frames,
            sourcing,
            score,
            article_type,
            copies: Vec::new(),
            text: None,
            located: Located {
                headline: article.located_in_file(Location::Headline),
                body: article.located_in_file(Location::Body),
            },
            fingerprint: 0,
        }
    }

    /// Analyses one article and keeps its text in the report, for renderers that show the
    /// findings in place (`--format html`). The plain [`analyze`](Analyzer::analyze) leaves
    /// it out: batch runs over thousands of articles should not carry every body around.
    pub fn analyze_with_text(&self, article: &Article) -> Report {
        let mut report = self.analyze(article);
        report.text = Some(ArticleText {
            headline: article.headline.as_ref().map(|h| h.text.clone()),
            body: article.body.text.clone(),
        });
        report
    }
}

/// Why a headline term is not backed, and what the body says instead when it says anything.
fn unsupported_note(t: &analysis::support::TermSupport) -> String {
    let mut note = if t.status == SupportStatus::Contradicted {
        format!("the body mentions `{}` only to deny or negate it", t.term)
    } else {
        format!(
            "nothing in the body says so: neither `{}` nor a paraphrase of it occurs in the body",
            t.term
        )
    };
    if let Some(instead) = &t.instead {
        note.push_str(&format!(
            "; instead the body says: “{}”",
            instead.text.trim()
        ));
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_and_sync() {
        assert_send_sync::<Analyzer>();
    }

    /// Whether the report on the article flags `term` anywhere.
    fn flags(headline: &str, body: &str, term: &str) -> bool {
        let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
        analyzer
            .analyze(&Article::from_parts("t", Some(headline), body))
            .findings
            .iter()
            .any(|f| f.text.eq_ignore_ascii_case(term))
    }

    #[test]
    fn a_sense_the_article_settles_holds_in_both_fields() {
        // "Pleads guilty" in the headline makes the body's bare "plea" the legal one…
        let body = "The former congressman stood before the judge on Friday. His plea capped a \
                    long fall from grace.";
        assert!(!flags("Former Congressman Pleads Guilty", body, "plea"));
        // …and the body's own "pleaded guilty" the headline's.
        assert!(!flags(
            "Congressman's Plea Caps Long Fall",
            "The former congressman pleaded guilty on Friday before the judge.",
            "plea"
        ));
        // Elsewhere a plea is an appeal, and loaded.
        assert!(flags("Mayor's Tearful Plea Moves Council", body, "plea"));
    }
}
