/*!
Raw input: reading an article's bytes and turning them into text.

Everything that can go wrong before a format parser sees the text is caught here, with an error
that names the file and, where there is one, the position: a missing file, a folder, a file
over the size limit, binary content, bad UTF-8, a line so long the file is probably not prose.

Reading is bounded. A file is checked by its metadata before it is opened, and even then at
most `max_file_size + 1` bytes are read, so a file that grows (or stdin fed from an endless
pipe) cannot make slant hold more than the limit in memory.
*/

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{line_column_of, ArticleError};

const MIB: u64 = 1024 * 1024;

/// Limits on what slant agrees to read. News articles are a few kilobytes; the defaults are
/// generous and only stop files that are clearly not articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct InputLimits {
    /// Largest file, in bytes.
    pub max_file_size: u64,
    /// Longest line, in bytes (minified HTML puts a whole page on one line, hence the default).
    pub max_line_length: usize,
    /// Replace invalid UTF-8 with U+FFFD (and note it) instead of failing.
    pub lossy: bool,
}

impl Default for InputLimits {
    fn default() -> InputLimits {
        InputLimits {
            max_file_size: 10 * MIB,
            max_line_length: 10 * MIB as usize,
            lossy: false,
        }
    }
}

/// Reads the bytes of `path`, or of stdin when `path` is `-`, within the size limit.
pub fn read_bytes(path: &Path, limits: &InputLimits) -> Result<Vec<u8>, ArticleError> {
    let name = path.display().to_string();
    if path.as_os_str() == "-" {
        let stdin = io::stdin();
        let bytes = read_bounded(stdin.lock(), &name, limits.max_file_size, None)?;
        return non_empty(name, bytes);
    }

    let metadata = std::fs::metadata(path).map_err(|e| io_error(&name, &e))?;
    if metadata.is_dir() {
        return Err(ArticleError::IsDirectory { path: name });
    }
    // Only a regular file's length is meaningful: pipes, devices and /proc files report 0.
    let known_size = metadata.is_file().then_some(metadata.len());
    if let Some(size) = known_size.filter(|&size| size > limits.max_file_size) {
        return Err(ArticleError::TooLarge {
            path: name,
            size,
            limit: limits.max_file_size,
        });
    }
    let file = File::open(path).map_err(|e| io_error(&name, &e))?;
    let bytes = read_bounded(file, &name, limits.max_file_size, known_size)?;
    non_empty(name, bytes)
}

/// Reads at most `limit + 1` bytes: one byte over is enough to know the input is too large.
fn read_bounded(
    reader: impl Read,
    name: &str,
    limit: u64,
    known_size: Option<u64>,
) -> Result<Vec<u8>, ArticleError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, &e))?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ArticleError::TooLarge {
            path: name.to_string(),
            // A file that grew since its metadata was read is at least this large.
            size: known_size.map_or(read, |size| size.max(read)),
            limit,
        });
    }
    Ok(bytes)
}

fn non_empty(name: String, bytes: Vec<u8>) -> Result<Vec<u8>, ArticleError> {
    if bytes.is_empty() {
        Err(ArticleError::Empty { path: name })
    } else {
        Ok(bytes)
    }
}

fn io_error(name: &str, error: &io::Error) -> ArticleError {
    let path = name.to_string();
    match error.kind() {
        io::ErrorKind::NotFound => ArticleError::NotFound { path },
        io::ErrorKind::PermissionDenied => ArticleError::PermissionDenied { path },
        _ => ArticleError::Io {
            path,
            message: error.to_string(),
        },
    }
}

/// Decodes the bytes of an article into text, returning the text and notes about the decoding.
///
/// UTF-8 is expected; a UTF-8 byte-order mark is dropped, and text that starts with a UTF-16
/// byte-order mark is decoded from UTF-16. Offsets in errors are byte offsets into `bytes`;
/// columns count Unicode code points.
pub fn decode_input(
    name: &str,
    bytes: &[u8],
    limits: &InputLimits,
) -> Result<(String, Vec<String>), ArticleError> {
    let mut notes = Vec::new();
    let text = if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        // Checked before UTF-16: the UTF-32LE mark starts with the UTF-16LE one.
        return Err(ArticleError::Format {
            path: name.to_string(),
            message: "UTF-32 text is not supported; convert the file to UTF-8".to_string(),
        });
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        notes.push("decoded from UTF-16LE".to_string());
        decode_utf16(name, rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        notes.push("decoded from UTF-16BE".to_string());
        decode_utf16(name, rest, u16::from_be_bytes)?
    } else {
        let (bom, rest) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(rest) => (3, rest),
            None => (0, bytes),
        };
        // A NUL byte never occurs in UTF-8 prose; it is the surest sign of a binary file, and
        // a clearer message than the invalid UTF-8 that usually follows it.
        if let Some(at) = memchr::memchr(0, rest) {
            return Err(ArticleError::Binary {
                path: name.to_string(),
                offset: bom + at,
            });
        }
        decode_utf8(name, rest, bom, limits.lossy, &mut notes)?
    };

    if text.trim().is_empty() {
        return Err(ArticleError::Empty {
            path: name.to_string(),
        });
    }
    check_line_lengths(name, &text, limits.max_line_length)?;
    Ok((text, notes))
}

/// Decodes UTF-8, reporting (or, when `lossy`, replacing) the first invalid byte. `bom` is the
/// length of the byte-order mark already stripped, so offsets refer to the file.
fn decode_utf8(
    name: &str,
    bytes: &[u8],
    bom: usize,
    lossy: bool,
    notes: &mut Vec<String>,
) -> Result<String, ArticleError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let valid = error.valid_up_to();
            // The prefix is valid by definition; the fallback only keeps this free of panics.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let (line, column) = line_column_of(prefix, prefix.len());
            let offset = bom + valid;
            if !lossy {
                return Err(ArticleError::InvalidUtf8 {
                    path: name.to_string(),
                    offset,
                    line,
                    column,
                });
            }
            notes.push(format!(
                "invalid UTF-8 replaced with U+FFFD (first at byte offset {offset}, line {line}, column {column})"
            ));
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

/// Decodes UTF-16 (after its byte-order mark) with the given byte order.
fn decode_utf16(
    name: &str,
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
) -> Result<String, ArticleError> {
    let malformed = |message: String| ArticleError::Utf16 {
        path: name.to_string(),
        message,
    };
    if !bytes.len().is_multiple_of(2) {
        return Err(malformed(format!(
            "odd number of bytes ({}) after the byte-order mark",
            bytes.len()
        )));
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut at = 2; // byte offset in the file, after the byte-order mark
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok('\0') => {
                return Err(ArticleError::Binary {
                    path: name.to_string(),
                    offset: at,
                })
            }
            Ok(c) => {
                at += c.len_utf16() * 2;
                text.push(c);
            }
            Err(error) => {
                return Err(malformed(format!(
                    "unpaired surrogate {:#06x} at byte offset {at}",
                    error.unpaired_surrogate()
                )))
            }
        }
    }
    Ok(text)
}

/// Fails on the first line longer than `limit` bytes. Lines end at LF, CRLF or a lone CR, the
/// same breaks the plain-text reader uses, so the line numbers agree.
fn check_line_lengths(name: &str, text: &str, limit: usize) -> Result<(), ArticleError> {
    let bytes = text.as_bytes();
    let mut line = 1;
    let mut start = 0;
    // Only line breaks (found with memchr) and the end of the text can end a line.
    let breaks = memchr::memchr2_iter(b'\n', b'\r', bytes).chain(std::iter::once(bytes.len()));
    for i in breaks {
        let end_of_line = match bytes.get(i) {
            None => true,
            Some(b'\n') => true,
            Some(b'\r') => bytes.get(i + 1) != Some(&b'\n'),
            Some(_) => false,
        };
        if end_of_line {
            // A CRLF's CR is not counted: it was skipped when the LF ended the line.
            let length = i - start - usize::from(i > start && bytes[i - 1] == b'\r');
            if length > limit {
                return Err(ArticleError::LineTooLong {
                    path: name.to_string(),
                    line,
                    length,
                    limit,
                });
            }
            line += 1;
            start = i + 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), ArticleError> {
        decode_input("a.txt", bytes, &InputLimits::default())
    }

    #[test]
    fn default_limits_are_ten_mebibytes() {
        let limits = InputLimits::default();
        assert_eq!(limits.max_file_size, 10 * 1024 * 1024);
        assert_eq!(limits.max_line_length, 10 * 1024 * 1024);
        assert!(!limits.lossy);
    }

    #[test]
    fn limits_deserialize_from_kebab_case_with_defaults() {
        let limits: InputLimits = toml::from_str("max-file-size = 100\nlossy = true").unwrap();
        assert_eq!(limits.max_file_size, 100);
        assert!(limits.lossy);
        assert_eq!(
            limits.max_line_length,
            InputLimits::default().max_line_length
        );
    }

    #[test]
    fn plain_utf8_passes_through() {
        let (text, notes) = decode("Héadline\n\nBody — text.".as_bytes()).unwrap();
        assert_eq!(text, "Héadline\n\nBody — text.");
        assert!(notes.is_empty());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, notes) = decode(b"\xEF\xBB\xBFHeadline\n").unwrap();
        assert_eq!(text, "Headline\n");
        assert!(notes.is_empty());
    }

    #[test]
    fn utf16_le_and_be_are_decoded_with_a_note() {
        let source = "Minister’s plea\r\n\r\nBody.";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in source.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        let (text, notes) = decode(&le).unwrap();
        assert_eq!(text, source);
        assert_eq!(notes, ["decoded from UTF-16LE"]);
        let (text, notes) = decode(&be).unwrap();
        assert_eq!(text, source);
        assert_eq!(notes, ["decoded from UTF-16BE"]);
    }

    #[test]
    fn malformed_utf16_is_an_error() {
        // Odd length.
        let err = decode(&[0xFF, 0xFE, b'a', 0, b'b']).unwrap_err();
        assert!(matches!(err, ArticleError::Utf16 { .. }), "{err}");
        // A lone high surrogate followed by 'a'.
        let err = decode(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'a', 0]).unwrap_err();
        match err {
            ArticleError::Utf16 { message, .. } => {
                assert!(message.contains("offset 4"), "{message}")
            }
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn utf32_is_refused_not_misread_as_utf16() {
        let err = decode(&[0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]).unwrap_err();
        assert!(matches!(err, ArticleError::Format { .. }), "{err}");
    }

    #[test]
    fn nul_byte_is_binary_with_its_offset() {
        let err = decode(b"Headline\n\0\x01\x02").unwrap_err();
        assert!(
            matches!(err, ArticleError::Binary { offset: 9, .. }),
            "{err}"
        );
        // The offset counts the byte-order mark: it is a position in the file.
        let err = decode(b"\xEF\xBB\xBFab\0").unwrap_err();
        assert!(
            matches!(err, ArticleError::Binary { offset: 5, .. }),
            "{err}"
        );
    }

    #[test]
    fn invalid_utf8_reports_offset_line_and_column() {
        // "é" is two bytes: the bad byte is at offset 13, on line 2, code point column 4.
        let bytes = b"Headline\n\xC3\xA9ab\xFFcd";
        let err = decode(bytes).unwrap_err();
        match err {
            ArticleError::InvalidUtf8 {
                offset,
                line,
                column,
                ..
            } => assert_eq!((offset, line, column), (13, 2, 4)),
            other => panic!("unexpected {other}"),
        }
    }

    #[test]
    fn lossy_replaces_invalid_utf8_and_notes_the_first_offset() {
        let limits = InputLimits {
            lossy: true,
            ..InputLimits::default()
        };
        let (text, notes) = decode_input("a.txt", b"ab\xFFcd\xFE", &limits).unwrap();
        assert_eq!(text, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(notes.len(), 1);
        assert!(notes[0].contains("byte offset 2"), "{}", notes[0]);
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = decode(b" \r\n\t\n").unwrap_err();
        assert!(matches!(err, ArticleError::Empty { .. }), "{err}");
    }

    #[test]
    fn long_line_is_reported_with_its_number() {
        let limits = InputLimits {
            max_line_length: 5,
            ..InputLimits::default()
        };
        assert!(decode_input("a", b"12345\r\n12345\n", &limits).is_ok());
        let err = decode_input("a", b"123\r\n12345\r123456\n", &limits).unwrap_err();
        match err {
            ArticleError::LineTooLong { line, length, .. } => assert_eq!((line, length), (3, 6)),
            other => panic!("unexpected {other}"),
        }
        // The last line, without a line break, is checked too.
        let err = decode_input("a", b"1\n123456", &limits).unwrap_err();
        assert!(
            matches!(err, ArticleError::LineTooLong { line: 2, .. }),
            "{err}"
        );
    }

    #[test]
    fn read_bytes_reports_missing_directory_large_and_empty() {
        let dir = tempfile::tempdir().unwrap();
        let limits = InputLimits {
            max_file_size: 10,
            ..InputLimits::default()
        };

        let missing = dir.path().join("missing.txt");
        let err = read_bytes(&missing, &limits).unwrap_err();
        assert!(matches!(err, ArticleError::NotFound { .. }), "{err}");

        let err = read_bytes(dir.path(), &limits).unwrap_err();
        assert!(matches!(err, ArticleError::IsDirectory { .. }), "{err}");

        let large = dir.path().join("large.txt");
        std::fs::write(&large, [b'a'; 11]).unwrap();
        let err = read_bytes(&large, &limits).unwrap_err();
        assert!(
            matches!(
                err,
                ArticleError::TooLarge {
                    size: 11,
                    limit: 10,
                    ..
                }
            ),
            "{err}"
        );

        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, b"").unwrap();
        let err = read_bytes(&empty, &limits).unwrap_err();
        assert!(matches!(err, ArticleError::Empty { .. }), "{err}");

        let fine = dir.path().join("fine.txt");
        std::fs::write(&fine, b"Headline\n").unwrap();
        assert_eq!(read_bytes(&fine, &limits).unwrap(), b"Headline\n");
    }

    #[test]
    fn read_bounded_stops_one_byte_over_the_limit() {
        let endless = io::repeat(b'a');
        let err = read_bounded(endless, "-", 4, None).unwrap_err();
        assert!(
            matches!(
                err,
                ArticleError::TooLarge {
                    size: 5,
                    limit: 4,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_file_is_permission_denied() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked.txt");
        std::fs::write(&locked, b"text").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything; the check only means something for other users.
        if File::open(&locked).is_err() {
            let err = read_bytes(&locked, &InputLimits::default()).unwrap_err();
            assert!(
                matches!(err, ArticleError::PermissionDenied { .. }),
                "{err}"
            );
        }
    }
}
