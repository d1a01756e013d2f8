/*!
Where output goes: stdout, or with `--output FILE` a temporary file in the same folder renamed
over the target once complete, so a reader never sees half a report. A closed pipe is not an
error.

An `--output` that already exists and is not a regular file (`/dev/null`, `/dev/stdout`, a
named pipe) is written in place: renaming over it would replace the device or pipe with a file.
A symbolic link is followed, so the file it points to is replaced and the link kept.
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
    let mut temp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
        format!(
            "{}: cannot create a temporary file beside it",
            path.display()
        )
    })?;
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
