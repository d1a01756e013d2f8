/*!
`slant audit FILE`: one article, in detail.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use slant::article::read_article;
use slant::report::{Command, Format, Outcome, RenderContext};

use super::setup::CommonArgs;

#[derive(Debug, Clone, clap::Args)]
pub struct AuditArgs {
    /// The article: .txt, .md, .html or .json; `-` reads standard input.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &AuditArgs, color: bool) -> anyhow::Result<ExitCode> {
    let analyzer = args.common.analyzer()?;
    let format = super::setup::resolve_format(args.format, analyzer.config())?;
    let article = read_article(
        &args.file,
        args.common.input_format,
        CommonArgs::limits(&analyzer),
    )?;
    // The HTML report highlights findings in the text itself, so it needs the text kept.
    let report = if format == Format::Html {
        analyzer.analyze_with_text(&article)
    } else {
        analyzer.analyze(&article)
    };
    let mut ctx = RenderContext::new(Command::Audit);
    ctx.color = color && args.output.is_none();
    let outcomes = [Outcome::Report(Box::new(report))];
    super::output::write_to(args.output.as_deref(), |out| {
        format.renderer().render(&outcomes, &ctx, out)
    })?;
    Ok(ExitCode::SUCCESS)
}
