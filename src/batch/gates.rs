/*!
The gates of `slant check`, as pure functions of a report: which articles should fail a CI
run, and why.

- `fail-above SCORE`: the article's score is above SCORE;
- `fail-on CATEGORY`: the headline uses a term of that category in the outlet's own voice
  (quoted or attributed words are someone else's and do not count);
- `max-unsupported N`: the headline has more than N evaluative terms the body does not
  support.

With a [`Baseline`], only new findings count, and a baselined article fails `fail-above` only
when its score has risen.
*/

use crate::config::Thresholds;
use crate::report::{Finding, FindingKind, GateFailure, Location, Report, Voice};

use super::Baseline;

/// The gates of a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gates {
    pub fail_above: Option<f64>,
    /// Categories, compared case-insensitively.
    pub fail_on: Vec<String>,
    pub max_unsupported: Option<usize>,
}

impl Gates {
    /// The gates a configuration's `[thresholds]` set.
    pub fn from_thresholds(t: &Thresholds) -> Gates {
        Gates {
            fail_above: t.fail_above,
            fail_on: t.fail_on.clone(),
            max_unsupported: t.max_unsupported,
        }
    }

    /// Whether no gate is set (then nothing can fail).
    pub fn is_empty(&self) -> bool {
        self.fail_above.is_none() && self.fail_on.is_empty() && self.max_unsupported.is_none()
    }
}

/// Scores that differ by less than this are the same (reports round to one decimal).
const SCORE_EPSILON: f64 = 0.05;

/// Why `report` fails the gates, in the order fail-above, fail-on (in text order),
/// max-unsupported. Empty when it passes.
pub fn evaluate(report: &Report, gates: &Gates, baseline: Option<&Baseline>) -> Vec<GateFailure> {
    let new = match baseline {
        Some(b) => b.new_findings(report),
        None => report.findings.iter().map(Finding::counts).collect(),
    };
    let new_findings: Vec<&Finding> = report
        .findings
        .iter()
        .zip(&new)
        .filter(|(_, new)| **new)
        .map(|(f, _)| f)
        .collect();
    let failure = |gate: &str, message: String, finding: Option<&Finding>| GateFailure {
        source: report.source.clone(),
        gate: gate.to_string(),
        message,
        finding: finding.cloned(),
    };
    let mut failures = Vec::new();

    if let Some(limit) = gates.fail_above {
        let score = report.score.total;
        let risen = baseline
            .and_then(|b| b.score(&report.source))
            .is_none_or(|old| score > old + SCORE_EPSILON);
        if score > limit && risen {
            failures.push(failure(
                "fail-above",
                format!(
                    "score {score:.1} ({}) is above {limit}",
                    report.score.band.as_str()
                ),
                None,
            ));
        }
    }

    for f in &new_findings {
        let gated = f.kind == FindingKind::LoadedTerm
            && f.location == Location::Headline
            && f.voice == Voice::Outlet
            && gates
                .fail_on
                .iter()
                .any(|c| c.eq_ignore_ascii_case(&f.category));
        if gated {
            let neutral = match f.neutral.first() {
                Some(n) => format!("; consider `{n}`"),
                None => String::new(),
            };
            failures.push(failure(
                "fail-on",
                format!(
                    "headline uses `{}` ({} term `{}`) in the outlet's own voice at {}:{}{neutral}",
                    f.text, f.category, f.term, f.line, f.column
                ),
                Some(f),
            ));
        }
    }

    if let Some(max) = gates.max_unsupported {
        let unsupported: Vec<&&Finding> = new_findings
            .iter()
            .filter(|f| f.kind == FindingKind::UnsupportedTerm)
            .collect();
        if unsupported.len() > max {
            let terms: Vec<String> = unsupported
                .iter()
                .map(|f| format!("`{}`", f.text))
                .collect();
            failures.push(failure(
                "max-unsupported",
                format!(
                    "{} headline term{} the body does not support (at most {max} allowed): {}",
                    unsupported.len(),
                    if unsupported.len() == 1 { "" } else { "s" },
                    terms.join(", ")
                ),
                unsupported.first().map(|f| **f),
            ));
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Article, InputFormat};

    /// The sample article: an outlet-voice label and an unsupported term in its headline.
    fn corpus() -> Report {
        let text = include_str!("../../corpus/blinken-beijing.txt");
        let article = Article::parse("blinken.txt", text, InputFormat::Text).unwrap();
        Analyzer::with_defaults().unwrap().analyze(&article)
    }

    #[test]
    fn no_gates_never_fail() {
        assert!(evaluate(&corpus(), &Gates::default(), None).is_empty());
    }

    #[test]
    fn fail_above_compares_the_score() {
        let r = corpus();
        let gates = |limit| Gates {
            fail_above: Some(limit),
            ..Gates::default()
        };
        assert!(evaluate(&r, &gates(100.0), None).is_empty());
        let failures = evaluate(&r, &gates(0.0), None);
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].gate, "fail-above");
        assert_eq!(failures[0].source, "blinken.txt");
    }

    #[test]
    fn fail_on_takes_outlet_voice_headline_terms_only() {
        let r = corpus();
        let gates = |category: &str| Gates {
            fail_on: vec![category.to_string()],
            ..Gates::default()
        };
        let failures = evaluate(&r, &gates("LABEL"), None);
        assert!(!failures.is_empty());
        for f in &failures {
            assert_eq!(f.gate, "fail-on");
            let finding = f.finding.as_ref().unwrap();
            assert_eq!(finding.location, Location::Headline);
            assert_eq!(finding.voice, Voice::Outlet);
            assert_eq!(finding.category, "label");
        }
        // Hedges occur only in the body, in attributed speech.
        assert!(evaluate(&r, &gates("hedge"), None).is_empty());
    }

    #[test]
    fn max_unsupported_and_baseline() {
        let r = corpus();
        let unsupported = r
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::UnsupportedTerm)
            .count();
        assert!(unsupported > 0);
        let gates = Gates {
            max_unsupported: Some(0),
            fail_above: Some(0.0),
            fail_on: vec!["label".to_string()],
        };
        let failures = evaluate(&r, &gates, None);
        let names: Vec<&str> = failures.iter().map(|f| f.gate.as_str()).collect();
        assert_eq!(names.first(), Some(&"fail-above"));
        assert_eq!(names.last(), Some(&"max-unsupported"));
        assert!(
            gates.max_unsupported.is_some_and(|max| unsupported > max),
            "{names:?}"
        );

        let mut baseline = Baseline::default();
        baseline.add(&r);
        assert!(evaluate(&r, &gates, Some(&baseline)).is_empty());
    }
}
