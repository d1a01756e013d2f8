/*!
`slant eval FILE`: measure the analyser against a labelled JSONL file and print the figures as
tables, JSON or Markdown. The measuring is [`slant::eval`]'s, and so is laying its report out
as tables ([`EvalReport::figures`](slant::eval::EvalReport::figures)); this module only builds
the analyser the user asked for and hands the figures to the format's renderer. Definitions are in `docs/eval.md`.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser as _;
use slant::eval::{evaluate_file, EvalOptions, Selection, Task};
use slant::report::{Format, RenderContext};

use super::{output, setup};

/// Which task the file holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TaskArg {
    /// Tell from the fields of the first record.
    #[default]
    Auto,
    Spans,
    Sentences,
    Pairs,
}

/// `--format`: the output formats that show tables of figures ([`Format::shows_figures`]).
fn figure_format() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::ValueEnum;
    let names = Format::value_variants()
        .iter()
        .filter(|f| f.shows_figures())
        .filter_map(|f| f.to_possible_value());
    clap::builder::PossibleValuesParser::new(names)
        .try_map(|name: String| Format::from_str(&name, false))
}

/// Extra breakdowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Breakdown {
    /// One row per lexicon category (spans task).
    Category,
    /// One row per lexicon entry, most findings off gold first (`--top` rows, 0 for all).
    Term,
}

/// Measure slant against human labels in a JSONL file (see docs/eval.md).
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// Labelled JSONL file: span-labelled articles, labelled sentences, or headline–body pairs.
    pub file: PathBuf,
    /// The task the file holds.
    #[arg(long, value_enum, default_value_t = TaskArg::Auto)]
    pub task: TaskArg,
    /// Output format.
    #[arg(long, default_value = "table", value_parser = figure_format())]
    pub format: Format,
    /// Add a breakdown.
    #[arg(long, value_enum)]
    pub by: Option<Breakdown>,
    /// Add the lexicons in DIR (repeatable).
    #[arg(long, value_name = "DIR")]
    pub lexicons: Vec<PathBuf>,
    /// Leave out the built-in lexicons.
    #[arg(long)]
    pub no_default_lexicons: bool,
    /// Configuration file (default: slant.toml or .slant.toml, searched upward from here).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
    /// How many false-positive terms and false-negative words to list.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// Count notes (reporting verbs, implicatives, hedges: style observations) as predictions
    /// too; by default only counted findings are.
    #[arg(long)]
    pub with_notes: bool,
    /// Categories whose findings count as predictions, comma-separated, or `all` [default:
    /// the loaded-language categories, those whose role is `evaluative` or `intensifier`
    /// (booster, idiom, loaded in the default pack)].
    #[arg(long, value_name = "LIST")]
    pub categories: Option<String>,
}

/// Runs `slant eval`: 0 when the file was evaluated; errors are returned for the caller to
/// report (exit code 2). A closed pipe is handled by the caller too.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let analyzer = build_analyzer(args)?;
    let task = match args.task {
        TaskArg::Auto => None,
        TaskArg::Spans => Some(Task::Spans),
        TaskArg::Sentences => Some(Task::Sentences),
        TaskArg::Pairs => Some(Task::Pairs),
    };
    let options = EvalOptions {
        top: args.top,
        by_category: args.by == Some(Breakdown::Category),
        by_term: args.by == Some(Breakdown::Term),
        notes: args.with_notes,
        categories: match args.categories.as_deref() {
            None => EvalOptions::default().categories,
            Some("all") => Selection::Categories(Vec::new()),
            Some(list) => {
                Selection::Categories(list.split(',').map(|c| c.trim().to_string()).collect())
            }
        },
    };
    let report = evaluate_file(&args.file, task, &analyzer, &options)?;
    let ctx = RenderContext::new("eval");
    output::write_stdout(|out| {
        args.format
            .renderer()
            .render_figures(&report.figures(), &ctx, out)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The analyser for this run, built as the analysing commands build theirs (see `setup`).
fn build_analyzer(args: &EvalArgs) -> anyhow::Result<slant::Analyzer> {
    let (config, _) = setup::load_config(args.config.as_deref(), args.isolated)?;
    let lexicons = setup::load_lexicons(&config, &args.lexicons, args.no_default_lexicons)?;
    Ok(slant::Analyzer::new(lexicons, config))
}
