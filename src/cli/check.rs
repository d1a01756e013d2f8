/*!
`slant check PATH...`: the CI gate. The same inputs as `batch`; each report is held against
the gates (`--fail-above`, `--fail-on`, `--max-unsupported`, or `[thresholds]` in
slant.toml — flags win). Exit 0 when everything passes, 1 when a gate failed, 2 when an input
could not be read (which wins). `--exit-zero` reports without failing.

`--write-baseline FILE` records today's findings and exits 0 (unless an input failed);
`--baseline FILE` then fails only on findings that are not in it (see
[`slant::batch::baseline`]).
*/

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use slant::batch::{baseline::Baseline, gates, Gates};

use super::batch::{execute, report_errors, BatchArgs, Run};
use super::{EXIT_ERROR, EXIT_GATE};

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Fail an article whose score is above SCORE (0–100).
    #[arg(long, value_name = "SCORE")]
    pub fail_above: Option<f64>,
    /// Fail an article whose headline uses a term of CATEGORY in the outlet's own voice
    /// (repeatable; e.g. label, loaded, idiom).
    #[arg(long, value_name = "CATEGORY")]
    pub fail_on: Vec<String>,
    /// Fail an article whose headline has more than N terms the body does not support.
    #[arg(long, value_name = "N")]
    pub max_unsupported: Option<usize>,
    /// Report gate failures but exit 0 (input errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Fail only on findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in FILE as the baseline, and pass.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Pass when there is nothing to check (by default a run that finds no article is an
    /// error, exit 2: a gate over nothing would pass by accident).
    #[arg(long)]
    pub allow_empty: bool,
    #[command(flatten)]
    pub input: BatchArgs,
}

impl CheckArgs {
    /// The configuration's thresholds, with the flags on top.
    fn gates(&self, config: &slant::config::Config) -> Gates {
        let mut gates = Gates::from_thresholds(&config.thresholds);
        if self.fail_above.is_some() {
            gates.fail_above = self.fail_above;
        }
        if !self.fail_on.is_empty() {
            gates.fail_on = self.fail_on.clone();
        }
        if self.max_unsupported.is_some() {
            gates.max_unsupported = self.max_unsupported;
        }
        gates
    }
}

pub fn run(args: &CheckArgs, color: bool) -> anyhow::Result<ExitCode> {
    let analyzer = args.input.common.analyzer()?;
    let gates = args.gates(analyzer.config());
    if let Some(limit) = gates.fail_above {
        anyhow::ensure!(
            (0.0..=100.0).contains(&limit),
            "--fail-above must lie in 0..100, not {limit}"
        );
    }
    let categories = analyzer.matcher().lexicons().category_counts();
    for c in &gates.fail_on {
        if !categories.keys().any(|k| k.eq_ignore_ascii_case(c)) {
            anyhow::bail!(
                "--fail-on: unknown category `{c}` (the lexicons have: {})",
                categories.keys().cloned().collect::<Vec<_>>().join(", ")
            );
        }
    }
    if gates.is_empty() && args.write_baseline.is_none() {
        eprintln!(
            "slant: warning: no gate is set, so nothing can fail; use --fail-above, --fail-on or --max-unsupported, or [thresholds] in slant.toml"
        );
    }
    let baseline = match &args.baseline {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                anyhow::anyhow!("{}: cannot read the baseline: {e}", path.display())
            })?;
            Some(Baseline::parse(&path.display().to_string(), &text)?.with_root(folder_of(path)))
        }
        None => None,
    };

    let mut recorded = Baseline::default();
    if let Some(path) = &args.write_baseline {
        recorded = recorded.with_root(folder_of(path));
    }
    // The keys of the articles checked, to tell which baseline entries matched none.
    let mut seen = BTreeSet::new();
    let own_files: Vec<PathBuf> = args
        .baseline
        .iter()
        .chain(&args.write_baseline)
        .cloned()
        .collect();
    let stats = execute(
        &args.input,
        color,
        Run {
            name: "check",
            gates: true,
        },
        &analyzer,
        &own_files,
        |report| gates::evaluate(report, &gates, baseline.as_ref()),
        |report| {
            if args.write_baseline.is_some() {
                recorded.add(report);
            }
            if let Some(b) = &baseline {
                seen.insert(b.key(&report.source));
            }
        },
    )?;
    if let (Some(b), Some(path)) = (&baseline, &args.baseline) {
        warn_unmatched(path, b, &seen);
    }

    if stats.inputs == 0 && !args.allow_empty {
        eprintln!("slant: error: {}", nothing_to_check(&args.input));
        return Ok(ExitCode::from(EXIT_ERROR));
    }
    if let Some(path) = &args.write_baseline {
        let text = recorded.to_json();
        super::output::write_to(Some(path), |out| out.write_all(text.as_bytes()))?;
        let findings: usize = recorded
            .articles
            .values()
            .flat_map(|a| a.findings.iter().map(|f| f.count))
            .sum();
        eprintln!(
            "slant: wrote {}: {} in {}; with --baseline, only new findings fail",
            path.display(),
            plural(findings, "finding"),
            plural(recorded.articles.len(), "article"),
        );
    }
    if let Some(code) = report_errors(&stats) {
        return Ok(code);
    }
    if stats.failed_articles > 0 {
        eprintln!(
            "slant: {} of {} failed a gate{}",
            stats.failed_articles,
            plural(stats.inputs, "article"),
            if args.exit_zero {
                " (--exit-zero: not failing)"
            } else {
                ""
            }
        );
        if !args.exit_zero && args.write_baseline.is_none() {
            return Ok(ExitCode::from(EXIT_GATE));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The message of a run that found no article: what was looked in, and how to accept it.
fn nothing_to_check(input: &BatchArgs) -> String {
    let mut places: Vec<String> = input
        .paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect();
    if input.stdin {
        places.push("standard input".to_string());
    }
    let narrowed = if input.glob.is_empty() {
        String::new()
    } else {
        format!(" and --glob {}", input.glob.join(" "))
    };
    format!(
        "nothing to check: no article in {} (folders are walked for .txt, .md, .html, .json, \
         .jsonl and the like, narrowed by ignore files{narrowed}); pass --allow-empty if an \
         empty run should pass",
        places.join(", ")
    )
}

/// The folder a baseline file's paths are relative to.
fn folder_of(path: &std::path::Path) -> &std::path::Path {
    path.parent().unwrap_or(std::path::Path::new("."))
}

/// Warns about baseline entries no article checked has: moved or deleted articles, a subset of
/// the archive checked, or a baseline written with paths relative to another folder.
fn warn_unmatched(path: &std::path::Path, baseline: &Baseline, seen: &BTreeSet<String>) {
    let unmatched = baseline.unmatched(seen);
    if unmatched.is_empty() {
        return;
    }
    let total = baseline.articles.len();
    let examples: Vec<String> = unmatched.iter().take(3).map(|k| format!("`{k}`")).collect();
    let more = if unmatched.len() > 3 { ", …" } else { "" };
    let hint = if unmatched.len() == total {
        "; keys are paths relative to the baseline's folder: was it written for other articles?"
    } else {
        "; moved or deleted articles, or only part of the archive checked"
    };
    eprintln!(
        "slant: warning: {}: {} of {} baseline {} match no article checked ({}{more}){hint}",
        path.display(),
        unmatched.len(),
        total,
        if total == 1 { "entry" } else { "entries" },
        examples.join(", "),
    );
}

/// `1 article`, `2 articles`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
