/*!
`slant batch PATH...`: score folders, files and JSONL streams in parallel, and rank them.

This file also holds what `batch` and `check` share: the input options ([`BatchArgs`]) and
[`execute`], which finds the inputs, scores them with one analyser on `--jobs` threads, shows
a progress bar on stderr (hidden when stderr is not a terminal), prints each unreadable input
on stderr as it comes, and renders. Streaming formats (`jsonl`, `github`) are written a window
at a time as results complete, in input order; the others need every result (to rank them,
or to wrap them in one document) and are rendered at the end.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use slant::article::JsonFields;
use slant::batch::{discover, BatchOptions, Runner, Source, Units, WalkOptions};
use slant::report::{BatchLayout, Destination, GateFailure, Outcome, RenderContext, Report};

use super::setup::OutputArgs;
use super::CommonArgs;
use super::EXIT_ERROR;

/// Inputs and output of `slant batch` and `slant check`.
#[derive(Debug, Clone, clap::Args)]
pub struct BatchArgs {
    /// Files and folders to score (folders are walked; `.jsonl` files hold one article per
    /// line); `-` reads JSONL from standard input.
    #[arg(value_name = "PATH", required_unless_present = "stdin")]
    pub paths: Vec<PathBuf>,
    /// Read articles from standard input as JSONL, one per line.
    #[arg(long)]
    pub stdin: bool,
    /// Only walk files matching GLOB, or with `!GLOB` skip them (ripgrep syntax; repeatable).
    #[arg(long, short = 'g', value_name = "GLOB")]
    pub glob: Vec<String>,
    /// Also walk hidden files and folders.
    #[arg(long)]
    pub hidden: bool,
    /// Do not read .gitignore, .ignore or .slantignore files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Worker threads [default: one per core].
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// JSONL key holding an article's id (repeatable, first present wins; `/a/b` is a JSON
    /// pointer) [default: id].
    #[arg(long, value_name = "KEY")]
    pub id_field: Vec<String>,
    /// JSONL key holding the headline [default: headline, title].
    #[arg(long, value_name = "KEY")]
    pub headline_field: Vec<String>,
    /// JSONL key holding the body [default: body, text, content].
    #[arg(long, value_name = "KEY")]
    pub body_field: Vec<String>,
    /// Never show the progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Show only the N highest-scoring articles in the ranked table (`table` and `markdown`
    /// formats); the summary still covers every article.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Keep only articles of this type (told from cues in the text: docs/scoring.md §9).
    #[arg(long = "type", value_enum, value_name = "TYPE", default_value_t = TypeFilter::All)]
    pub article_type: TypeFilter,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Which article types `--type` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TypeFilter {
    /// Straight news (neither opinion nor press release).
    News,
    /// Opinion and analysis.
    Opinion,
    /// Press releases and statements.
    PressRelease,
    /// Every article.
    All,
}

impl TypeFilter {
    fn keeps(self, report: &Report) -> bool {
        use slant::analysis::TypeKind;
        match self {
            TypeFilter::All => true,
            TypeFilter::News => report.article_type.kind == TypeKind::News,
            TypeFilter::Opinion => report.article_type.kind == TypeKind::Opinion,
            TypeFilter::PressRelease => report.article_type.kind == TypeKind::PressRelease,
        }
    }
}

impl BatchArgs {
    fn json_fields(&self) -> JsonFields {
        let mut fields = JsonFields::default();
        if !self.id_field.is_empty() {
            fields.id = self.id_field.clone();
        }
        if !self.headline_field.is_empty() {
            fields.headline = self.headline_field.clone();
        }
        if !self.body_field.is_empty() {
            fields.body = self.body_field.clone();
        }
        fields
    }
}

/// What a run saw, for the exit code.
#[derive(Debug, Default)]
pub struct RunStats {
    pub inputs: usize,
    pub errors: usize,
    pub failed_articles: usize,
}

/// One scored input, made ready on the worker thread that scored it.
struct Scored {
    outcome: Outcome,
    /// The gate failures of its report.
    failures: Vec<GateFailure>,
    /// Its output, for a format that streams an article at a time.
    rendered: Option<std::io::Result<Vec<u8>>>,
}

/// Which command runs [`execute`]: its name in the output, and whether it gates.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub name: &'static str,
    /// Articles are held against gates: the batch layout shows them.
    pub gates: bool,
}

/// Scores every input of `args` and renders the outcomes as `run`. `gate` tells the gate failures of a report (on
/// the worker threads, in any order); `record` sees each report in input order.
pub fn execute(
    args: &BatchArgs,
    color: bool,
    run: Run,
    analyzer: &slant::Analyzer,
    exclude: &[PathBuf],
    gate: impl Fn(&Report) -> Vec<GateFailure> + Sync,
    mut record: impl FnMut(&Report),
) -> anyhow::Result<RunStats> {
    let format = args.out.format(analyzer.config())?;
    if args.top.is_some() && !format.ranks_top() {
        anyhow::bail!(
            "--top limits the ranked table: use it with --format table or markdown (other \
             formats hold every article; sort them by `score.total`)"
        );
    }
    let mut paths = args.paths.clone();
    if args.stdin {
        paths.push(PathBuf::from("-"));
    }
    let walk = WalkOptions {
        globs: args.glob.clone(),
        hidden: args.hidden,
        no_ignore: args.no_ignore,
        exclude: exclude.iter().chain(&args.out.output).cloned().collect(),
        exclude_ids: super::output::own_files(args.out.output.as_deref()),
    };
    let found = discover(&paths, &walk)?;
    for warning in &found.warnings {
        eprintln!("slant: warning: {warning}");
    }
    let streamed_lines = found
        .sources
        .iter()
        .any(|s| matches!(s, Source::Jsonl(_) | Source::Stdin));
    let progress = progress_bar(
        args.no_progress,
        (!streamed_lines).then_some(found.sources.len()),
    );

    let runner = Runner::new(
        analyzer,
        BatchOptions {
            jobs: args.jobs.unwrap_or(0),
            window: 0,
            input_format: args.common.input_format,
            json_fields: args.json_fields(),
            keep_text: format.needs_text(),
            find_copies: !format.streams(),
        },
    )
    .context("cannot start the worker threads")?;
    let units = Units::new(found.sources, &analyzer.config().input_limits);

    let mut ctx = RenderContext::new(run.name);
    ctx.batch = BatchLayout {
        gates: run.gates,
        top: args.top,
    };
    ctx.color = args.out.color(color);
    ctx.categories = std::sync::Arc::new(analyzer.matcher().categories().clone());
    ctx.fields = args.out.fields.clone();
    ctx.min_level = args.out.min_level.unwrap_or_default();
    ctx.width = super::output::table_width(args.out.output.as_deref());
    let renderer = format.renderer();
    let mut stats = RunStats::default();
    let mut kept: Vec<Outcome> = Vec::new();
    let mut first_of: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    let mut all_failures: Vec<GateFailure> = Vec::new();

    // `--format html -o DIR` writes a site: index.html and one page per article.
    let site_dir = args
        .out
        .output
        .as_deref()
        .filter(|path| format.writes_folders() && is_site_dir(path));
    // Streamed formats are rendered on the workers, so that this thread only writes.
    let streams = format.streams();
    let ranks_only = format.ranks_only();
    let stream_ctx = ctx.clone();
    let score = |outcome: Outcome| {
        let failures = match &outcome {
            Outcome::Report(report) => gate(report),
            Outcome::Error(_) => Vec::new(),
        };
        let rendered = streams.then(|| {
            let ctx = RenderContext {
                gate_failures: failures.clone(),
                ..stream_ctx.clone()
            };
            let mut bytes = Vec::new();
            renderer
                .render_batch(
                    std::slice::from_ref(&outcome),
                    &ctx,
                    Destination::Stream(&mut bytes),
                )
                .map(|()| bytes)
        });
        Scored {
            outcome,
            failures,
            rendered,
        }
    };
    let produce = |out: &mut dyn std::io::Write| -> std::io::Result<()> {
        runner.run_mapped(units, score, |window| {
            for scored in window {
                progress.inc(1);
                stats.inputs += 1;
                if let Outcome::Report(report) = &scored.outcome {
                    if !args.article_type.keeps(report) {
                        continue;
                    }
                    // A copy of an article already kept is listed under it, not ranked
                    // again (formats rendered at the end; streamed ones write every input).
                    if !streams && report.fingerprint != 0 {
                        if let Some(&first) = first_of.get(&report.fingerprint) {
                            if let Some(Outcome::Report(original)) = kept.get_mut(first) {
                                original.copies.push(report.source.clone());
                                continue;
                            }
                        }
                        first_of.insert(report.fingerprint, kept.len());
                    }
                }
                match &scored.outcome {
                    Outcome::Error(e) => {
                        stats.errors += 1;
                        progress.suspend(|| eprintln!("slant: error: {}", e.message));
                    }
                    Outcome::Report(report) => record(report),
                }
                if !scored.failures.is_empty() {
                    stats.failed_articles += 1;
                }
                match scored.rendered {
                    Some(bytes) => out.write_all(&bytes?)?,
                    None => {
                        all_failures.extend(scored.failures);
                        let mut outcome = scored.outcome;
                        // After `record`, which may keep the whole report (a baseline).
                        if let (true, Outcome::Report(report)) = (ranks_only, &mut outcome) {
                            slant::report::summary::keep_for_ranking(report);
                        }
                        kept.push(outcome);
                    }
                }
            }
            // Each window reaches the reader as soon as it is scored.
            out.flush()
        })?;
        progress.finish_and_clear();
        if !format.streams() {
            ctx.gate_failures = std::mem::take(&mut all_failures);
            if site_dir.is_none() {
                renderer.render_batch(&kept, &ctx, Destination::Stream(out))?;
            }
        }
        Ok(())
    };
    match site_dir {
        Some(dir) => {
            produce(&mut std::io::sink())?;
            renderer
                .render_batch(&kept, &ctx, Destination::Folder(dir))
                .with_context(|| format!("{}: cannot write the HTML report", dir.display()))?;
        }
        None => super::output::write_to(args.out.output.as_deref(), produce)?,
    }
    Ok(stats)
}

/// An `--output` path meant as a folder: one that is a folder, ends in a slash, or has no
/// `.html`/`.htm` extension.
fn is_site_dir(path: &std::path::Path) -> bool {
    path.is_dir()
        || path.to_string_lossy().ends_with('/')
        || !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn progress_bar(hidden: bool, total: Option<usize>) -> ProgressBar {
    if hidden {
        return ProgressBar::hidden();
    }
    // `stderr()` draws nothing when stderr is not a terminal: no cost in CI or pipes.
    let bar = ProgressBar::with_draw_target(total.map(|n| n as u64), ProgressDrawTarget::stderr());
    let template = match total {
        Some(_) => "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} articles ({rate}{left})",
        None => "{spinner} [{elapsed_precise}] {pos} articles ({rate})",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        // indicatif's own `{per_sec}` prints "1,585.3918/s", and its `{eta}` guesses from the
        // first article or two ("78s left" for a two-second run): a whole rate, and an estimate
        // only once there is a second of work to go on.
        let style = style
            .with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                },
            )
            .with_key(
                "left",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    if state.elapsed() >= std::time::Duration::from_secs(1) && state.pos() > 0 {
                        let _ = write!(w, ", {}s left", state.eta().as_secs());
                    }
                },
            );
        bar.set_style(style);
    }
    bar
}

/// Says on stderr how many inputs failed; the exit code is then 2.
pub fn report_errors(stats: &RunStats) -> Option<ExitCode> {
    if stats.errors == 0 {
        return None;
    }
    eprintln!(
        "slant: {} of {} inputs could not be read or parsed (listed above); exit code {EXIT_ERROR}",
        stats.errors, stats.inputs
    );
    Some(ExitCode::from(EXIT_ERROR))
}

/// `slant batch`.
pub fn run(args: &BatchArgs, color: bool) -> anyhow::Result<ExitCode> {
    let analyzer = args.common.analyzer()?;
    let stats = execute(
        args,
        color,
        Run {
            name: "batch",
            gates: false,
        },
        &analyzer,
        &[],
        |_| Vec::new(),
        |_| {},
    )?;
    Ok(report_errors(&stats).unwrap_or(ExitCode::SUCCESS))
}
