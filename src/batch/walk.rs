/*!
Finding the inputs: the paths given on the command line, folders walked with the `ignore`
crate (the walker ripgrep uses), in a fixed order.

A folder yields the files with an extension slant reads (`.txt`, `.md`, `.html`, `.json`, …
and `.jsonl`/`.ndjson` for one article per line), skipping hidden files and whatever
`.gitignore`, `.ignore` or a `.slantignore` excludes — in or out of a git repository, since
article folders are often not one. `--glob` filters with ripgrep's syntax: `*.md` keeps only
matching files (then any extension is accepted), `!*.jsonl` drops matches. Unlike ripgrep's
`--glob`, which overrides ignore files, these only narrow: a file an ignore file excludes stays
out. A path named explicitly is
always read, whatever its extension.

Symbolic links are followed, so a folder of linked article archives works, but a link back to
an ancestor is not: the walker detects the loop and it becomes a warning, not an error.

Order is fixed — the arguments in the order given, each folder's files sorted by path — so the
same folders give the same output whatever the file system's listing order.
*/

use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;
use ignore::{Match, WalkBuilder};

use super::Source;
use crate::report::FileError;

/// The name of slant's own ignore file (gitignore syntax).
pub const IGNORE_FILE: &str = ".slantignore";

/// Extensions of files read as one article each.
const ARTICLE_EXTENSIONS: [&str; 11] = [
    "txt", "text", "md", "markdown", "mdown", "mkd", "mdx", "html", "htm", "xhtml", "json",
];
/// Extensions of files read as one article per line.
const JSONL_EXTENSIONS: [&str; 2] = ["jsonl", "ndjson"];

/// How folders are walked.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// ripgrep-style globs; a leading `!` excludes.
    pub globs: Vec<String>,
    /// Include hidden files and folders.
    pub hidden: bool,
    /// Do not read `.gitignore`, `.ignore` or `.slantignore`.
    pub no_ignore: bool,
    /// Files never taken from a folder walk: slant's own output and baseline files, which
    /// often sit in the folder being checked.
    pub exclude: Vec<PathBuf>,
    /// Files never taken from a folder walk, known by device and inode: the file standard
    /// output is redirected to (`slant batch news > news/out.txt`), as ripgrep skips it.
    pub exclude_ids: Vec<FileId>,
}

/// A file's identity on its file system: device and inode (ripgrep's `same-file` test).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileId {
    pub device: u64,
    pub inode: u64,
}

impl FileId {
    /// The identity of a file from its metadata (none where the platform has no inodes).
    pub fn of(meta: &std::fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                device: meta.dev(),
                inode: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

/// A path in a form two spellings of the same file share, when it can be worked out (the
/// file itself need not exist yet).
fn identity(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(parent.canonicalize().ok()?.join(path.file_name()?))
}

/// What [`discover`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discovery {
    /// The inputs, in order.
    pub sources: Vec<Source>,
    /// Things skipped that are not errors (a symlink loop, an unreadable ignore-file line).
    pub warnings: Vec<String>,
}

/// An invalid `--glob`.
#[derive(Debug, thiserror::Error)]
#[error("invalid --glob `{glob}`: {message}")]
pub struct GlobError {
    pub glob: String,
    pub message: String,
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
}

/// Whether a path names a JSONL input (by extension).
pub fn is_jsonl(path: &Path) -> bool {
    extension(path).is_some_and(|e| JSONL_EXTENSIONS.contains(&e.as_str()))
}

fn is_supported(path: &Path) -> bool {
    extension(path).is_some_and(|e| {
        ARTICLE_EXTENSIONS.contains(&e.as_str()) || JSONL_EXTENSIONS.contains(&e.as_str())
    })
}

fn source_of(path: PathBuf) -> Source {
    if is_jsonl(&path) {
        Source::Jsonl(path)
    } else {
        Source::File(path)
    }
}

/// Expands `paths` (`-` meaning standard input, read as JSONL) into sources.
pub fn discover(paths: &[PathBuf], options: &WalkOptions) -> Result<Discovery, GlobError> {
    let mut found = Discovery::default();
    for path in paths {
        if path.as_os_str() == "-" {
            found.sources.push(Source::Stdin);
        } else if path.is_dir() {
            walk_folder(path, options, &mut found)?;
        } else if path.exists() {
            found.sources.push(source_of(path.clone()));
        } else {
            let name = path.display().to_string();
            found.sources.push(Source::Failed(FileError {
                source: name.clone(),
                kind: "not-found".to_string(),
                message: format!("{name}: no such file or folder"),
                at: None,
            }));
        }
    }
    Ok(found)
}

fn walk_folder(root: &Path, options: &WalkOptions, found: &mut Discovery) -> Result<(), GlobError> {
    let mut overrides = OverrideBuilder::new(root);
    for glob in &options.globs {
        overrides.add(glob).map_err(|e| GlobError {
            glob: glob.clone(),
            message: e.to_string(),
        })?;
    }
    let overrides = overrides.build().map_err(|e| GlobError {
        glob: options.globs.join(" "),
        message: e.to_string(),
    })?;
    let any_extension = options.globs.iter().any(|g| !g.starts_with('!'));

    let mut builder = WalkBuilder::new(root);
    builder
        .standard_filters(!options.no_ignore)
        .hidden(!options.hidden)
        .require_git(false)
        .follow_links(true);
    if !options.no_ignore {
        builder.add_custom_ignore_filename(IGNORE_FILE);
    }

    let excluded: Vec<PathBuf> = options.exclude.iter().filter_map(|p| identity(p)).collect();
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for entry in builder.build() {
        match entry {
            Ok(entry) => {
                if let Some(e) = entry.error() {
                    found.warnings.push(e.to_string());
                }
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                // Globs are applied here, to files, rather than handed to the walker as
                // overrides: an override would also bring back files an ignore file
                // excludes, and `--glob '*.txt'` should narrow the batch, never widen it.
                let wanted = match overrides.matched(entry.path(), false) {
                    Match::Whitelist(_) => true,
                    Match::Ignore(_) => false,
                    Match::None => !any_extension && is_supported(entry.path()),
                };
                let excluded = || {
                    identity(entry.path()).is_some_and(|p| excluded.contains(&p))
                        || (!options.exclude_ids.is_empty()
                            && std::fs::metadata(entry.path())
                                .ok()
                                .and_then(|m| FileId::of(&m))
                                .is_some_and(|id| options.exclude_ids.contains(&id)))
                };
                if is_file && wanted && !excluded() {
                    files.push(entry.into_path());
                }
            }
            Err(e) if is_loop(&e) => found.warnings.push(format!("skipped: {e}")),
            Err(e) => failed.push(walk_error(root, &e)),
        }
    }
    files.sort();
    found.sources.extend(files.into_iter().map(source_of));
    found.sources.extend(failed.into_iter().map(Source::Failed));
    Ok(())
}

fn is_loop(error: &ignore::Error) -> bool {
    match error {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        ignore::Error::Partial(errors) => errors.iter().any(is_loop),
        _ => false,
    }
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

fn walk_error(root: &Path, error: &ignore::Error) -> FileError {
    let path = error_path(error).unwrap_or(root).display().to_string();
    let kind = match error.io_error().map(std::io::Error::kind) {
        Some(std::io::ErrorKind::PermissionDenied) => "permission-denied",
        Some(std::io::ErrorKind::NotFound) => "not-found",
        _ => "walk",
    };
    let message = error.to_string();
    let message = if message.starts_with(&path) {
        message
    } else {
        format!("{path}: {message}")
    };
    FileError {
        source: path,
        kind: kind.to_string(),
        message,
        at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(found: &Discovery, root: &Path) -> Vec<String> {
        found
            .sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p.strip_prefix(root).unwrap().display().to_string(),
                Source::Jsonl(p) => format!("jsonl:{}", p.strip_prefix(root).unwrap().display()),
                Source::Stdin => "-".to_string(),
                Source::Failed(e) => format!("error:{}", e.kind),
            })
            .collect()
    }

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/drafts")).unwrap();
        fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "z.txt",
            "a.md",
            "b/c.html",
            "b/drafts/d.txt",
            "feed.jsonl",
            "notes.csv",
            "skip.txt",
            "private.txt",
            ".hidden/h.txt",
        ] {
            fs::write(root.join(f), "x").unwrap();
        }
        fs::write(root.join(".gitignore"), "skip.txt\n").unwrap();
        fs::write(root.join(IGNORE_FILE), "private.txt\n").unwrap();
        dir
    }

    #[test]
    fn walks_sorted_supported_files_respecting_ignore_files() {
        let dir = tree();
        let found = discover(&[dir.path().to_path_buf()], &WalkOptions::default()).unwrap();
        assert_eq!(
            names(&found, dir.path()),
            [
                "a.md",
                "b/c.html",
                "b/drafts/d.txt",
                "jsonl:feed.jsonl",
                "z.txt"
            ]
        );
        assert!(found.warnings.is_empty());
    }

    #[test]
    fn globs_filter_and_exclude() {
        let dir = tree();
        let options = WalkOptions {
            globs: vec!["!**/drafts/**".to_string()],
            ..WalkOptions::default()
        };
        let found = discover(&[dir.path().to_path_buf()], &options).unwrap();
        assert!(!names(&found, dir.path()).contains(&"b/drafts/d.txt".to_string()));
        let options = WalkOptions {
            exclude: vec![dir.path().join("feed.jsonl"), dir.path().join("new.json")],
            ..WalkOptions::default()
        };
        let found = discover(&[dir.path().to_path_buf()], &options).unwrap();
        assert!(!names(&found, dir.path()).contains(&"jsonl:feed.jsonl".to_string()));
        #[cfg(unix)]
        {
            // A hard link to the output is the same file under another name.
            std::fs::hard_link(dir.path().join("z.txt"), dir.path().join("out.txt")).unwrap();
            let meta = std::fs::metadata(dir.path().join("out.txt")).unwrap();
            let options = WalkOptions {
                exclude_ids: FileId::of(&meta).into_iter().collect(),
                ..WalkOptions::default()
            };
            let found = discover(&[dir.path().to_path_buf()], &options).unwrap();
            let names = names(&found, dir.path());
            assert!(!names.contains(&"z.txt".to_string()), "{names:?}");
            assert!(!names.contains(&"out.txt".to_string()), "{names:?}");
            std::fs::remove_file(dir.path().join("out.txt")).unwrap();
        }
        let options = WalkOptions {
            globs: vec!["*.csv".to_string()],
            ..WalkOptions::default()
        };
        let found = discover(&[dir.path().to_path_buf()], &options).unwrap();
        assert_eq!(names(&found, dir.path()), ["notes.csv"]);
        let options = WalkOptions {
            globs: vec!["[".to_string()],
            ..WalkOptions::default()
        };
        assert!(discover(&[dir.path().to_path_buf()], &options).is_err());
    }

    #[test]
    fn explicit_and_missing_paths_keep_their_place() {
        let dir = tree();
        let paths = [
            dir.path().join("notes.csv"),
            dir.path().join("nope.txt"),
            PathBuf::from("-"),
        ];
        let found = discover(&paths, &WalkOptions::default()).unwrap();
        assert_eq!(
            names(&found, dir.path()),
            ["notes.csv", "error:not-found", "-"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_warnings() {
        let dir = tree();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("b/loop")).unwrap();
        let found = discover(&[dir.path().to_path_buf()], &WalkOptions::default()).unwrap();
        assert_eq!(found.sources.len(), 5, "{:?}", found.sources);
        assert_eq!(found.warnings.len(), 1, "{:?}", found.warnings);
    }
}
