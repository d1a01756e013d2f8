/*!
`slant man [DIR]`: the manual. Without DIR, the page of `slant(1)` on standard output; with DIR,
one page per command and subcommand written into it (`slant.1`, `slant-audit.1`,
`slant-lexicon-check.1`, …), as `git` and `cargo` ship theirs. clap_mangen renders the name,
synopsis, description and options from the clap definitions; the sections it cannot know, the
exit status and the files read, are added here.
*/

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use super::Cli;

/// The exit status of a command, by its path of names (`check`, `lexicon check`).
fn exit_status(path: &str) -> &'static [(&'static str, &'static str)] {
    match path {
        "check" => &[
            ("0", "Every article passed the gates (or --exit-zero was given)."),
            ("1", "An article failed a gate: --fail-above, --fail-on, --max-unsupported or [thresholds] in slant.toml."),
            ("2", "An error: an input could not be read (the others are still checked), a bad flag, configuration or lexicon, or nothing to check (no article found; --allow-empty accepts that)."),
        ],
        "lexicon check" => &[
            ("0", "The lexicons have no error-level problem."),
            ("1", "A lexicon has an error-level problem (an example that does not behave, a duplicate or conflicting entry)."),
            ("2", "A lexicon file could not be read or parsed."),
        ],
        "batch" => &[
            ("0", "Every input was read and scored, whatever the scores."),
            ("2", "An input could not be read or parsed (every other input is still scored and reported first), or a bad flag, configuration or lexicon."),
        ],
        _ => &[
            ("0", "The command did what it was asked."),
            ("2", "An error: a path that cannot be read, a bad flag, configuration or lexicon."),
        ],
    }
}

/// Escapes text for a roff line: a leading `.` or `'` would be a request, `\` an escape.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\e").replace('-', "\\-");
    if s.starts_with('.') || s.starts_with('\'') {
        format!("\\&{s}")
    } else {
        s
    }
}

/// The sections clap_mangen does not render: exit status, files, see also.
fn extra_sections(out: &mut dyn Write, path: &str, pages: &[String]) -> io::Result<()> {
    writeln!(out, ".SH \"EXIT STATUS\"")?;
    for (code, meaning) in exit_status(path) {
        writeln!(out, ".TP\n\\fB{code}\\fR\n{}", roff_text(meaning))?;
    }
    writeln!(
        out,
        ".PP\nA closed standard output (\\fBslant batch ... | head\\fR) is not an error."
    )?;
    writeln!(out, ".SH FILES")?;
    writeln!(
        out,
        ".TP\n\\fBslant.toml\\fR, \\fB.slant.toml\\fR\n{}",
        roff_text(
            "The configuration (format, thresholds, lexicons, allowed terms, limits), searched \
             upward from the working folder; --config FILE names one, --isolated ignores them. \
             `slant config` prints the configuration in effect."
        )
    )?;
    writeln!(
        out,
        ".TP\n\\fB.slantignore\\fR\n{}",
        roff_text(
            "In folders that batch and check walk: files to leave out, in .gitignore syntax \
             (.gitignore and .ignore are read too, unless --no-ignore)."
        )
    )?;
    let see_also: Vec<String> = pages
        .iter()
        .filter(|p| p.as_str() != page_name(path))
        .map(|p| format!("\\fB{}\\fR(1)", roff_text(p)))
        .collect();
    if !see_also.is_empty() {
        writeln!(out, ".SH \"SEE ALSO\"\n{}", see_also.join(", "))?;
    }
    Ok(())
}

/// The page of a command path: `slant`, `slant-lexicon-check`.
fn page_name(path: &str) -> String {
    if path.is_empty() {
        "slant".to_string()
    } else {
        format!("slant-{}", path.replace(' ', "-"))
    }
}

/// Every command with its path of names, the root first, then depth first in clap's order.
fn commands(cmd: &clap::Command, path: &str, all: &mut Vec<(String, clap::Command)>) {
    all.push((path.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        commands(sub, &sub_path, all);
    }
}

fn render(path: &str, cmd: clap::Command, pages: &[String], out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(cmd).render(out)?;
    extra_sections(out, path, pages)
}

/// `slant man [DIR]`.
pub fn run(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut root = Cli::command().disable_help_subcommand(true);
    // Gives each subcommand its display name (`slant-audit`), which names it in its page.
    root.build();
    let mut all = Vec::new();
    commands(&root, "", &mut all);
    let pages: Vec<String> = all.iter().map(|(path, _)| page_name(path)).collect();
    let Some(dir) = dir else {
        let (path, cmd) = all.swap_remove(0);
        super::output::write_stdout(|out| render(&path, cmd, &pages, out))?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    for (path, cmd) in all {
        let file = dir.join(format!("{}.1", page_name(&path)));
        super::output::write_to(Some(&file), |out| render(&path, cmd, &pages, out))?;
    }
    eprintln!(
        "slant: wrote {} manual pages into {} (read one with `man {}/slant-check.1`)",
        pages.len(),
        dir.display(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
