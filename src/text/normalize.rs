/*!
Normalisation of words for matching. Only the matching keys are normalised; spans keep
pointing at the original bytes.
*/

/// Lower-cases a word and straightens typographic apostrophes and hyphens, so that
/// "China’s" and "China's" give the same key.
pub fn normalize_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_word_into(word, &mut out);
    out
}

/// ASCII bytes other than the capitals: a word of these alone is its own key.
const KEY_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_uppercase();
        b += 1;
    }
    table
};

/// [`normalize_word`], appended to `out`.
pub fn normalize_word_into(word: &str, out: &mut String) {
    // Why a first test: this runs for every token of every field, and most words of running
    // text are lower-case ASCII already; one table look-up per byte settles them, where the
    // general ASCII path below copies and then lowers in a second pass.
    if word.bytes().all(|b| KEY_BYTES[usize::from(b)]) {
        out.push_str(word);
        return;
    }
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => out.push('\''),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The key used for exact and entity matching: the normalised word without a possessive
/// `'s` or trailing apostrophe ("China's" → "china", "officials'" → "officials").
pub fn strip_possessive(lower: &str) -> &str {
    if let Some(stem) = lower.strip_suffix("'s") {
        if !stem.is_empty() {
            return stem;
        }
    }
    lower
        .strip_suffix('\'')
        .filter(|s| !s.is_empty())
        .unwrap_or(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_curly_apostrophes_and_case() {
        assert_eq!(normalize_word("China’s"), "china's");
        assert_eq!(normalize_word("WON’T"), "won't");
        assert_eq!(normalize_word("Éclair"), "éclair");
        assert_eq!(normalize_word("already-lower's"), "already-lower's");
        assert_eq!(normalize_word("McCARTHY"), "mccarthy");
        assert_eq!(normalize_word("@[z]{~}"), "@[z]{~}");
    }

    #[test]
    fn strips_possessives_only() {
        assert_eq!(strip_possessive("china's"), "china");
        assert_eq!(strip_possessive("officials'"), "officials");
        assert_eq!(strip_possessive("won't"), "won't");
        assert_eq!(strip_possessive("'s"), "'s");
    }
}
