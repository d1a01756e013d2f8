/*!
`--format junit`: JUnit XML, which most CI systems (GitLab, Jenkins, Azure Pipelines, GitHub
test-report actions) show as a test report. One test suite per run, one test case per
article, named by its source.

Under `slant check` a case fails when a gate failed it; under `batch` and `audit`, which have
no gates, when its score is in the `elevated` or `high` band. The failure's message says why
and its text lists the findings, one per line. An input that could not be read is a case with
an error. No timestamps or durations are written, so the same input gives the same file.
*/

use std::io::{self, Write};

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use super::{entries, Destination, Entry, FindingKind, Outcome, RenderContext, Renderer, Report};
use crate::score::Band;

pub struct JunitRenderer;

fn finding_lines(r: &Report) -> String {
    r.findings
        .iter()
        .filter(|f| f.counts() && (f.weight > 0.0 || f.kind == FindingKind::UnsupportedTerm))
        .map(|f| {
            let what = match f.kind {
                FindingKind::LoadedTerm => format!("{} term `{}`", f.category, f.term),
                FindingKind::UnsupportedTerm => "unsupported by the body".to_string(),
            };
            let neutral = f
                .neutral
                .first()
                .map_or(String::new(), |n| format!("; consider `{n}`"));
            format!(
                "{}:{}:{} {} `{}`: {what} ({} voice){neutral}",
                r.source,
                f.line,
                f.column,
                f.location.as_str(),
                f.text,
                f.voice.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Renderer for JunitRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_suite(&[Entry::Report(report)], ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        write_suite(&entries(outcomes), ctx, out.stream()?)
    }
}

/// One test suite, a case per entry.
fn write_suite(entries: &[Entry], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let command = ctx.run;
    let mut suite = TestSuite::new(format!("slant {command}"));
    for entry in entries {
        let case = match *entry {
            Entry::Error(e) => {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status
                    .set_message(e.message.clone())
                    .set_type(e.kind.clone());
                TestCase::new(e.source.clone(), status)
            }
            Entry::Report(r) => {
                let reasons: Vec<String> = if ctx.batch.gates {
                    ctx.gate_failures
                        .iter()
                        .filter(|g| g.source == r.source)
                        .map(|g| format!("{}: {}", g.gate, g.message))
                        .collect()
                } else if r.score.band >= Band::Elevated {
                    vec![format!(
                        "score {:.1} is in the {} band",
                        r.score.total,
                        r.score.band.as_str()
                    )]
                } else {
                    Vec::new()
                };
                let status = if reasons.is_empty() {
                    TestCaseStatus::success()
                } else {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_message(reasons.join("; "))
                        .set_type("slant")
                        .set_description(finding_lines(r));
                    s
                };
                let mut case = TestCase::new(r.source.clone(), status);
                case.add_property(("score", format!("{:.1}", r.score.total).as_str()))
                    .add_property(("band", r.score.band.as_str()))
                    .add_property(("type", r.article_type.describe().as_str()));
                case
            }
        };
        let mut case = case;
        case.set_classname(format!("slant.{command}"));
        suite.add_test_case(case);
    }
    let mut report = JunitReport::new("slant");
    report.add_test_suite(suite);
    report.serialize(&mut *out).map_err(io::Error::other)?;
    writeln!(out)
}
