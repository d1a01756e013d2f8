//! Embeds the default lexicon pack: every `*.toml` file below `lexicons/`, sorted by path, is
//! compiled into the binary with `include_str!`, and one example test per file is generated
//! for `tests/lexicon_examples.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(items) = std::fs::read_dir(dir) else {
        return;
    };
    for item in items.flatten() {
        let path = item.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let lexicons = root.join("lexicons");
    println!("cargo:rerun-if-changed=lexicons");
    let mut files = Vec::new();
    collect(&lexicons, &mut files);
    files.sort();

    let mut table = String::from("pub static DEFAULT_LEXICONS: &[(&str, &str)] = &[\n");
    let mut tests = String::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file
            .strip_prefix(&lexicons)
            .expect("below lexicons/")
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            table,
            "    ({relative:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .unwrap();
        let test_name: String = relative
            .trim_end_matches(".toml")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        writeln!(
            tests,
            "#[test]\nfn examples_{test_name}() {{\n    check_lexicon_file({relative:?});\n}}\n"
        )
        .unwrap();
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("default_lexicons.rs"), table).expect("OUT_DIR is writable");
    std::fs::write(out.join("lexicon_example_tests.rs"), tests).expect("OUT_DIR is writable");
}
