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

/// [`normalize_word`], appended to `out`.
pub fn normalize_word_into(word: &str, out: &mut String) {
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
    }

    #[test]
    fn strips_possessives_only() {
        assert_eq!(strip_possessive("china's"), "china");
        assert_eq!(strip_possessive("officials'"), "officials");
        assert_eq!(strip_possessive("won't"), "won't");
        assert_eq!(strip_possessive("'s"), "'s");
    }
}
