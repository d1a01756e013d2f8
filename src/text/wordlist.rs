/*!
Fixed lists of lower-case words asked about every word of every article ("is this a
first-person pronoun?"). A linear search compares the word with each entry; most words share
neither the first byte nor the length of any entry, so a [`WordList`] settles them with two
table loads before any string is compared. The tables are built at compile time from the list
itself, so an entry added to it is never filtered out.
*/

/// A list of words with a first-byte table and a length mask in front of it.
pub struct WordList {
    words: &'static [&'static str],
    first: [bool; 256],
    /// Bit `n` is set when an entry is `n` bytes long (entries of 64 bytes or more set bit 63).
    lengths: u64,
}

impl WordList {
    /// Builds the tables of `words` (each non-empty).
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut first = [false; 256];
        let mut lengths = 0u64;
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            first[bytes[0] as usize] = true;
            lengths |= 1 << length_bit(bytes.len());
            i += 1;
        }
        WordList {
            words,
            first,
            lengths,
        }
    }

    /// Whether `word` may be an entry: false settles it.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        !bytes.is_empty()
            && self.first[usize::from(bytes[0])]
            && self.lengths & (1 << length_bit(bytes.len())) != 0
    }

    /// Whether `word` is an entry.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.may_contain(word) && self.words.contains(&word)
    }
}

const fn length_bit(len: usize) -> u32 {
    if len < 63 {
        len as u32
    } else {
        63
    }
}

/// The first bytes of the first words of `phrases`, as a table: a word whose first byte is not
/// in it opens none of them.
pub const fn phrase_first_bytes(phrases: &[&[&str]]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < phrases.len() {
        table[phrases[i][0].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: WordList = WordList::new(&[
        "i",
        "i'm",
        "myself",
        "a-very-long-entry-of-more-than-sixty-four-bytes-to-check-the-top-bit",
    ]);

    #[test]
    fn answers_as_the_list_does() {
        for w in [
            "i",
            "i'm",
            "myself",
            "a-very-long-entry-of-more-than-sixty-four-bytes-to-check-the-top-bit",
            "a-very-long-entry-of-more-than-sixty-four-bytes-to-check-the-top-bi",
            "me",
            "im",
            "",
            "in",
            "mine",
        ] {
            let listed = [
                "i",
                "i'm",
                "myself",
                "a-very-long-entry-of-more-than-sixty-four-bytes-to-check-the-top-bit",
            ]
            .contains(&w);
            assert_eq!(LIST.contains(w), listed, "{w:?}");
        }
    }

    #[test]
    fn phrase_table_lets_every_first_word_through() {
        let phrases: &[&[&str]] = &[&["in", "my", "view"], &["let's"]];
        let table = phrase_first_bytes(phrases);
        assert!(table[usize::from(b'i')] && table[usize::from(b'l')]);
        assert!(!table[usize::from(b'x')]);
    }
}
