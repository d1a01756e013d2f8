/*!
What every analysing command shares: finding the configuration, assembling the lexicons,
building the analyser once, and the input options.
*/

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use slant::article::{InputFormat, InputLimits};
use slant::config::Config;
use slant::lexicon::LexiconSet;
use slant::Analyzer;

/// Options shared by `audit`, `batch` and `check`.
#[derive(Debug, Clone, clap::Args)]
pub struct CommonArgs {
    /// Add the lexicons in DIR, or one lexicon FILE (repeatable).
    #[arg(long, value_name = "DIR|FILE")]
    pub lexicons: Vec<PathBuf>,
    /// Leave out the lexicons compiled into slant.
    #[arg(long)]
    pub no_default_lexicons: bool,
    /// Configuration file (default: slant.toml or .slant.toml, searched upward from here).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
    /// Read inputs as this format instead of guessing from the extension.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Largest input file, in bytes [default: 10485760].
    #[arg(long, value_name = "BYTES")]
    pub max_file_size: Option<u64>,
    /// Longest line, in bytes [default: 10485760].
    #[arg(long, value_name = "BYTES")]
    pub max_line_length: Option<usize>,
    /// Replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,
}

/// The configuration of this run: `--config`, else discovered, unless `--isolated`.
pub fn load_config(
    config: Option<&Path>,
    isolated: bool,
) -> anyhow::Result<(Config, Option<PathBuf>)> {
    let path = match (config, isolated) {
        (Some(p), _) => Some(p.to_path_buf()),
        (None, true) => None,
        (None, false) => {
            Config::discover(&std::env::current_dir().context("cannot read the working folder")?)
        }
    };
    let config = match &path {
        Some(p) => Config::load(p)?,
        None => Config::default(),
    };
    Ok((config, path))
}

/// The lexicons of this run: the embedded pack (unless turned off), then the configuration's
/// folders, then `--lexicons`.
pub fn load_lexicons(
    config: &Config,
    extra: &[PathBuf],
    no_default: bool,
) -> anyhow::Result<LexiconSet> {
    let mut lexicons = if no_default || config.no_default_lexicons {
        LexiconSet::default()
    } else {
        LexiconSet::embedded()?
    };
    for dir in config.lexicons.iter().chain(extra) {
        lexicons.add_dir(dir, &config.lexicon_limits)?;
    }
    Ok(lexicons)
}

impl CommonArgs {
    /// The configuration with the command-line limits applied.
    pub fn config(&self) -> anyhow::Result<Config> {
        let (mut config, _) = load_config(self.config.as_deref(), self.isolated)?;
        if let Some(n) = self.max_file_size {
            config.input_limits.max_file_size = n;
        }
        if let Some(n) = self.max_line_length {
            config.input_limits.max_line_length = n;
        }
        if self.lossy {
            config.input_limits.lossy = true;
        }
        Ok(config)
    }

    /// The analyser of this run, built once.
    pub fn analyzer(&self) -> anyhow::Result<Analyzer> {
        let config = self.config()?;
        let lexicons = load_lexicons(&config, &self.lexicons, self.no_default_lexicons)?;
        Ok(Analyzer::new(lexicons, config))
    }

    pub fn limits(analyzer: &Analyzer) -> &InputLimits {
        &analyzer.config().input_limits
    }
}

/// `slant config`.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArgs {
    /// Configuration file (default: discovered upward from here).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files: print the defaults.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
}

/// Prints the effective configuration as TOML, naming the file it came from.
pub fn print_config(args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    let (config, path) = load_config(args.config.as_deref(), args.isolated)?;
    let text = toml::to_string_pretty(&config).context("cannot print the configuration")?;
    super::output::write_stdout(|out| {
        match &path {
            Some(p) => writeln!(out, "# from {}", p.display())?,
            None => writeln!(out, "# no configuration file: defaults")?,
        }
        out.write_all(text.as_bytes())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Where and how a command writes its report; shared by `audit`, `batch` and `check`.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs {
    /// Output format [default: table, or `format` in slant.toml].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<slant::report::Format>,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With `--format jsonl`: keep only these report fields in each line, besides
    /// `schema_version` and `source` (comma-separated, e.g. `findings,score`).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FIELD,...")]
    pub fields: Vec<slant::report::ReportField>,
    /// With `--format github`: leave out annotations below LEVEL (`warning` drops the body's
    /// notices, `error` keeps only gate failures and unreadable inputs).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_level: Option<slant::report::AnnotationLevel>,
}

impl OutputArgs {
    /// The format of this run (see [`resolve_format`]).
    pub fn format(&self, config: &Config) -> anyhow::Result<slant::report::Format> {
        let format = resolve_format(self.format, config)?;
        if !self.fields.is_empty() && format != slant::report::Format::Jsonl {
            anyhow::bail!("--fields selects the fields of JSONL lines: use it with --format jsonl");
        }
        if self.min_level.is_some() && format != slant::report::Format::Github {
            anyhow::bail!(
                "--min-level selects the levels of GitHub annotations: use it with --format github"
            );
        }
        Ok(format)
    }

    /// Colour only for a terminal on standard output, never in a file.
    pub fn color(&self, color: bool) -> bool {
        color && self.output.is_none()
    }
}

/// The output format: the flag, else the configuration's `format`, else the table.
pub fn resolve_format(
    flag: Option<slant::report::Format>,
    config: &Config,
) -> anyhow::Result<slant::report::Format> {
    use clap::ValueEnum;
    if let Some(f) = flag {
        return Ok(f);
    }
    match &config.format {
        None => Ok(slant::report::Format::Table),
        Some(name) => slant::report::Format::from_str(name, true).map_err(|_| {
            anyhow::anyhow!(
                "configuration: unknown format `{name}` (expected one of: {})",
                slant::report::Format::value_variants()
                    .iter()
                    .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }),
    }
}
