/*!
`slant audit FILE`: one article, in detail.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use slant::article::read_article_named;
use slant::report::RenderContext;

use super::setup::{CommonArgs, OutputArgs};

#[derive(Debug, Clone, clap::Args)]
pub struct AuditArgs {
    /// The article: .txt, .md, .html or .json; `-` reads standard input (its format is
    /// guessed from how it opens: `{` JSON, a tag HTML, `---` or `# ` Markdown).
    pub file: PathBuf,
    /// The name standard input goes by: the report's source, and its extension the format
    /// (as ruff's and prettier's `--stdin-filename`).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    #[command(flatten)]
    pub out: OutputArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub fn run(args: &AuditArgs, color: bool) -> anyhow::Result<ExitCode> {
    let analyzer = args.common.analyzer()?;
    let format = args.out.format(analyzer.config())?;
    if args.stdin_filename.is_some() && args.file.as_os_str() != "-" {
        anyhow::bail!("--stdin-filename names standard input: use it with `slant audit -`");
    }
    let article = read_article_named(
        &args.file,
        args.stdin_filename.as_deref(),
        args.common.input_format,
        CommonArgs::limits(&analyzer),
    )?;
    // A format that highlights findings in the text itself (HTML) needs the text kept.
    let report = if format.needs_text() {
        analyzer.analyze_with_text(&article)
    } else {
        analyzer.analyze(&article)
    };
    let mut ctx = RenderContext::new("audit");
    ctx.color = args.out.color(color);
    ctx.categories = std::sync::Arc::new(analyzer.matcher().categories().clone());
    ctx.fields = args.out.fields.clone();
    ctx.min_level = args.out.min_level.unwrap_or_default();
    ctx.width = super::output::table_width(args.out.output.as_deref());
    super::output::write_to(args.out.output.as_deref(), |out| {
        format.renderer().render_article(&report, &ctx, out)
    })?;
    Ok(ExitCode::SUCCESS)
}
