/*!
Where output goes: stdout, or with `--output FILE` a temporary file in the same folder renamed
over the target once complete, so a reader never sees half a report. A closed pipe is not an
error.

An `--output` that already exists and is not a regular file (`/dev/null`, `/dev/stdout`, a
named pipe) is written in place: renaming over it would replace the device or pipe with a file.
A symbolic link is followed, so the file it points to is replaced and the link kept.

The file written has the mode a shell redirect would give it: an existing file keeps its mode,
a new one gets 0666 less the umask (0644 usually), not the 0600 of a temporary file.
*/

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::Context;

/// Whether an error (anywhere in its chain) is a closed pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Runs `write` against stdout, buffered.
pub fn write_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Runs `write` against `path` (atomically) or stdout.
pub fn write_to(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let Some(path) = path else {
        return write_stdout(write);
    };
    let resolved;
    let path = match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => return write_in_place(path, write),
        // The file a link points to: the rename below must replace it, not the link.
        Ok(_) if path.is_symlink() => {
            resolved = std::fs::canonicalize(path)
                .with_context(|| format!("{}: cannot resolve the link", path.display()))?;
            resolved.as_path()
        }
        _ => path,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".slant-");
    // Created with 0666, which the umask narrows as it does for any new file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(dir).with_context(|| {
        format!(
            "{}: cannot create a temporary file beside it",
            path.display()
        )
    })?;
    if let Ok(existing) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(existing.permissions())
            .with_context(|| format!("{}: cannot keep the file's mode", path.display()))?;
    }
    {
        let mut out = BufWriter::new(temp.as_file_mut());
        write(&mut out).with_context(|| format!("{}: cannot write", path.display()))?;
        out.flush()
            .with_context(|| format!("{}: cannot write", path.display()))?;
    }
    temp.persist(path).with_context(|| {
        format!(
            "{}: cannot move the finished file into place",
            path.display()
        )
    })?;
    Ok(())
}

/// Writes to an existing device or pipe as it is, without truncating or replacing it.
fn write_in_place(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| format!("{}: cannot open for writing", path.display()))?;
    let mut out = BufWriter::new(file);
    write(&mut out).with_context(|| format!("{}: cannot write", path.display()))?;
    out.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

/// The files a batch must not read as input, by device and inode: the one standard output
/// is redirected to (`slant batch news > news/out.txt`) and an existing `--output`, under any
/// name (a hard link, another spelling).
pub fn own_files(output: Option<&Path>) -> Vec<slant::batch::FileId> {
    let mut ids = Vec::new();
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let stdout = io::stdout();
        if let Ok(fd) = stdout.as_fd().try_clone_to_owned() {
            let file = std::fs::File::from(fd);
            // Only a regular file: a terminal or pipe is not something the walk could meet.
            match file.metadata() {
                Ok(meta) if meta.is_file() => ids.extend(slant::batch::FileId::of(&meta)),
                _ => {}
            }
        }
    }
    if let Some(meta) = output.and_then(|p| std::fs::metadata(p).ok()) {
        ids.extend(slant::batch::FileId::of(&meta));
    }
    ids
}

/// The width tables are laid out for: `COLUMNS` when it is set (for a terminal, or a pager or
/// test that wants another width), else the terminal's width when standard output is one,
/// else a fixed [`TABLE_WIDTH`](slant::report::TABLE_WIDTH), so output in a pipe is the same
/// bytes whatever window it was run in. A file written with `-o` is always laid out at
/// `TABLE_WIDTH`.
pub fn table_width(output: Option<&Path>) -> u16 {
    use std::io::IsTerminal;
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0);
    if output.is_some() {
        return slant::report::TABLE_WIDTH;
    }
    if let Some(c) = columns {
        return c;
    }
    if io::stdout().is_terminal() {
        // comfy-table asks the terminal for its size when it may (not forced to "no tty").
        if let Some(width) = comfy_table::Table::new().width() {
            return width;
        }
    }
    slant::report::TABLE_WIDTH
}
