/*!
The command line. Each command has its own file; this one holds the clap definitions shared by
all of them and the dispatch. Exit codes: 0 clean, 1 a gate failed, 2 an error (see
`docs/exit-codes.md`). A closed pipe (`slant batch … | head`) ends the run quietly with 0.
*/

mod audit;
mod batch;
mod check;
mod eval;
mod lexicon;
mod man;
mod output;
mod setup;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use setup::CommonArgs;

/// Audit how news is framed: the headline's wording against what the body says.
#[derive(Debug, Parser)]
#[command(name = "slant", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Commands,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Colour for a terminal, unless `NO_COLOR` is set.
    pub fn enabled(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Commands {
    /// Audit one article in detail.
    Audit(audit::AuditArgs),
    /// Score files, folders and JSONL streams in parallel, and rank them.
    Batch(batch::BatchArgs),
    /// Gate a CI pipeline: exit 1 when an article fails a threshold.
    Check(check::CheckArgs),
    /// Inspect and validate lexicons.
    #[command(subcommand)]
    Lexicon(lexicon::LexiconCommand),
    /// Print the effective configuration.
    Config(setup::ConfigArgs),
    /// Measure slant against human labels in a JSONL file.
    Eval(eval::EvalArgs),
    /// Print shell completions.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), or with DIR write one page per command into DIR.
    Man {
        /// A folder to write `slant.1`, `slant-audit.1`, `slant-check.1`, … into.
        dir: Option<std::path::PathBuf>,
    },
}

/// Exit code of a run whose gate failed.
pub const EXIT_GATE: u8 = 1;
/// Exit code of a run that hit an error.
pub const EXIT_ERROR: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let color = cli.color.enabled();
    let result = match cli.command {
        Commands::Audit(args) => audit::run(&args, color),
        Commands::Batch(args) => batch::run(&args, color),
        Commands::Check(args) => check::run(&args, color),
        Commands::Lexicon(cmd) => lexicon::run(&cmd, color),
        Commands::Config(args) => setup::print_config(&args),
        Commands::Eval(args) => eval::run(&args),
        Commands::Completions { shell } => output::write_stdout(|out| {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "slant", out);
            Ok(())
        })
        .map(|()| ExitCode::SUCCESS),
        Commands::Man { dir } => man::run(dir.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("slant: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
