//! The `slant` command line: parses arguments, runs a command, maps the outcome to an exit
//! code (0 ok, 1 a gate failed, 2 error). All the work is in the library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
