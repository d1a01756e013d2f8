/*!
Helpers shared by the integration tests: the `slant` binary, run from the repository root
with colour off, and the paths of the repository.
*/
// Each test file uses its own subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root, where `corpus/` and `lexicons/` are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `slant` binary, run in `dir` with `--color never` (and without `COLUMNS`, which would
/// set the width of its tables).
pub fn slant_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("slant").expect("the slant binary is built");
    cmd.current_dir(dir)
        .env_remove("COLUMNS")
        .args(["--color", "never"]);
    cmd
}

/// The `slant` binary, run in the repository root with `--color never`.
pub fn slant() -> Command {
    slant_in(&root())
}
