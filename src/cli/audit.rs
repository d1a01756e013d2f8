/*!
`slant audit FILE`: one article, in detail.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use slant::article::read_article;
use slant::report::{Command, Format, Outcome, RenderContext};

use super::setup::{CommonArgs, OutputArgs};

#[derive(Debug, Clone, clap::Args)]
pub struct AuditArgs {
    /// The article: .txt, .md, .html or .json; `-` reads standard input.
    pub file: PathBuf,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &AuditArgs, color: bool) -> anyhow::Result<ExitCode> {
    let analyzer = args.common.analyzer()?;
    let format = args.out.format(analyzer.config())?;
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
    ctx.color = args.out.color(color);
    ctx.categories = std::sync::Arc::new(analyzer.matcher().categories().clone());
    ctx.fields = args.out.fields.clone();
    ctx.min_level = args.out.min_level.unwrap_or_default();
    let outcomes = [Outcome::Report(Box::new(report))];
    super::output::write_to(args.out.output.as_deref(), |out| {
        format.renderer().render(&outcomes, &ctx, out)
    })?;
    Ok(ExitCode::SUCCESS)
}
