/*!
Stemming behind one small trait, so the stemmer can be swapped. `rust-stemmers` (Snowball
English, i.e. Porter 2) is the default; it is unmaintained since 2019, and `frostem` tracks
upstream Snowball should we need to move.
*/

use std::borrow::Cow;

/// Reduces a normalised (lower-cased) word to its stem.
pub trait Stemmer: Send + Sync {
    fn stem<'a>(&self, word: &'a str) -> Cow<'a, str>;
}

/// Snowball English (Porter 2).
pub struct SnowballEnglish(rust_stemmers::Stemmer);

impl SnowballEnglish {
    pub fn new() -> SnowballEnglish {
        SnowballEnglish(rust_stemmers::Stemmer::create(
            rust_stemmers::Algorithm::English,
        ))
    }
}

impl Default for SnowballEnglish {
    fn default() -> Self {
        SnowballEnglish::new()
    }
}

impl Stemmer for SnowballEnglish {
    fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        self.0.stem(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_inflections_together() {
        let s = SnowballEnglish::new();
        for w in ["floundering", "floundered", "flounders", "flounder"] {
            assert_eq!(s.stem(w), "flounder");
        }
        assert_eq!(s.stem("falls"), s.stem("fall"));
        assert_eq!(s.stem("ears"), s.stem("ear"));
    }
}
