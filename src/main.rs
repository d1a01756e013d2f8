//! The `slant` command line: parses arguments, runs a command, maps the outcome to an exit
//! code (0 ok, 1 a gate failed, 2 error). All the work is in the library.

mod cli;

use std::process::ExitCode;

/// mimalloc instead of the system allocator. Why: the analyses build many small vectors per
/// article and per sentence, and glibc's malloc and free were about a tenth of a batch's
/// instructions (`_int_malloc`, `_int_free`, `malloc_consolidate`); mimalloc's per-thread free
/// lists serve them in a few instructions each. The library does not choose: embedders keep
/// their own allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
