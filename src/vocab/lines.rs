/*!
Line and column of a byte offset: 1-based, in Unicode code points, the unit every output
states.
*/

/// Line and column (1-based, Unicode code points) of a byte offset in `text`.
pub fn line_column_of(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The line starts of a text, so that the line and column of each of many offsets (100,000
/// lexicon entries, thousands of findings in a long article) is a binary search rather than a
/// scan from the top of the text, which made loading and analysis quadratic. Long lines also
/// get a checkpoint every `CHECKPOINT_BYTES`, so that a one-line article of megabytes does not
/// count its columns from the line start for every finding.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// (byte offset, 1-based column there), in text order, on char boundaries; none at line
    /// starts, where the column is 1.
    checkpoints: Vec<(usize, usize)>,
}

/// Distance between column checkpoints on a long line.
const CHECKPOINT_BYTES: usize = 4096;

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut checkpoints = Vec::new();
        for (line, &start) in starts.iter().enumerate() {
            let end = starts.get(line + 1).map_or(text.len(), |&next| next - 1);
            let (mut at, mut column) = (start, 1);
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                checkpoints.push((next, column));
                at = next;
            }
        }
        LineIndex {
            text,
            starts,
            checkpoints,
        }
    }

    /// 1-based line and column (code points) of byte `offset`, as [`line_column_of`].
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let line_start = self.starts[line - 1];
        let nearest = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, column) = match nearest.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((at, column)) if at >= line_start => (at, column),
            _ => (line_start, 1),
        };
        (line, column + self.text[from..offset].chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_the_scan_on_long_lines_and_wide_characters() {
        // Lines far longer than a checkpoint, with 1- to 4-byte characters straddling the
        // checkpoint boundaries, short lines, an empty line and CRLF.
        let long: String = "Plea é 中文 😀 word ".repeat(900);
        let text = format!("Title\r\n{long}\n\nshort line\n{long}end");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        for offset in (0..=text.len() + 3)
            .step_by(31)
            .chain(text.len() - 5..=text.len())
        {
            assert_eq!(
                index.line_column(offset),
                line_column_of(&text, offset),
                "offset {offset}"
            );
        }
    }
}
