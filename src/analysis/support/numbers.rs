/*!
Numbers as the body and the headline write them: "30", "thirty", "30th", "1,200", and the
round quantities "a dozen", "dozens", "scores", "hundreds", "thousands".

A headline number counts as backed when the body gives the same value, in any of these forms,
or a round quantity whose range holds it ("dozens" for 40). Why not in the concepts: concepts
are exact ids shared by every analysis; a range ("dozens" is 24 to 99) is not an identity, and
only the support verdict needs it.
*/

/// A value, or a range of values for a round quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Quantity {
    pub low: u64,
    pub high: u64,
}

impl Quantity {
    fn exact(v: u64) -> Quantity {
        Quantity { low: v, high: v }
    }

    /// Whether two quantities may name the same number: their ranges meet, and at least one
    /// of them is exact (two vague quantities, "dozens" and "scores", back nothing).
    pub fn agrees(self, other: Quantity) -> bool {
        let exact = self.low == self.high || other.low == other.high;
        exact && self.low <= other.high && other.low <= self.high
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Round quantities: the word and the values it covers.
const ROUND: &[(&str, u64, u64)] = &[
    ("dozen", 12, 12),
    ("dozens", 24, 99),
    ("score", 20, 20),
    ("scores", 40, 199),
    ("hundred", 100, 100),
    ("hundreds", 200, 999),
    ("thousand", 1_000, 1_000),
    ("thousands", 2_000, 99_999),
    ("million", 1_000_000, 1_000_000),
    ("millions", 2_000_000, 999_999_999),
];

/// Scale suffixes of a figure written in one word.
const SCALE_SUFFIXES: &[(&str, u64)] = &[
    ("bn", 1_000_000_000),
    ("b", 1_000_000_000),
    ("m", 1_000_000),
    ("k", 1_000),
];

/// Scale words after a figure: "8 billion".
pub(super) fn scale(lower: &str) -> Option<u64> {
    match lower {
        "trillion" => Some(1_000_000_000_000),
        "billion" | "bn" => Some(1_000_000_000),
        "million" | "mn" | "mln" => Some(1_000_000),
        "thousand" => Some(1_000),
        _ => None,
    }
}

/// The quantity a word names, if any: digits (with thousands separators and an ordinal
/// suffix), a number word up to ninety-nine ("thirty", "thirty-five"), or a round quantity.
pub(super) fn quantity(lower: &str) -> Option<Quantity> {
    let first = lower.bytes().next()?;
    // "$8b", "8bn", "40m", "5k": a figure with its scale.
    if first.is_ascii_digit() {
        for (suffix, scale) in SCALE_SUFFIXES {
            if let Some(figure) = lower.strip_suffix(suffix) {
                if let Some(q) = quantity(figure).filter(|q| q.low == q.high) {
                    return Some(Quantity::exact(q.low.saturating_mul(*scale)));
                }
            }
        }
    }
    if first.is_ascii_digit() {
        let digits = lower
            .strip_suffix("st")
            .or_else(|| lower.strip_suffix("nd"))
            .or_else(|| lower.strip_suffix("rd"))
            .or_else(|| lower.strip_suffix("th"))
            .or_else(|| lower.strip_suffix('s'))
            .unwrap_or(lower);
        let plain: String = digits.chars().filter(|&c| c != ',').collect();
        if plain.is_empty() || plain.len() > 15 || !plain.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return plain.parse().ok().map(Quantity::exact);
    }
    if let Some(&(_, low, high)) = ROUND.iter().find(|(w, _, _)| *w == lower) {
        return Some(Quantity { low, high });
    }
    number_word(lower).map(Quantity::exact)
}

fn number_word(lower: &str) -> Option<u64> {
    if let Some(i) = UNITS.iter().position(|w| *w == lower) {
        return Some(i as u64);
    }
    let (tens, unit) = match lower.split_once('-') {
        Some((t, u)) => (t, Some(u)),
        None => (lower, None),
    };
    let t = TENS.iter().position(|w| *w == tens)? as u64;
    let u = match unit {
        Some(u) => UNITS[1..10].iter().position(|w| *w == u)? as u64 + 1,
        None => 0,
    };
    Some(20 + 10 * t + u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(w: &str) -> Quantity {
        quantity(w).unwrap_or_else(|| panic!("{w} is a number"))
    }

    #[test]
    fn digits_words_and_ordinals_name_the_same_value() {
        assert!(q("30").agrees(q("thirty")));
        assert!(q("35").agrees(q("thirty-five")));
        assert!(q("1,200").agrees(q("1200")));
        assert!(q("21st").agrees(q("21")));
        assert!(q("8b").agrees(q("8000000000")));
        assert!(q("40m").agrees(q("40000000")));
        assert!(!q("30").agrees(q("31")));
        assert_eq!(quantity("thirsty"), None);
        assert_eq!(quantity("next"), None);
    }

    #[test]
    fn a_round_quantity_backs_the_numbers_it_covers() {
        assert!(q("dozens").agrees(q("40")));
        assert!(q("40").agrees(q("dozens")));
        assert!(!q("dozens").agrees(q("400")));
        assert!(q("hundreds").agrees(q("350")));
        // Two vague quantities back nothing.
        assert!(!q("dozens").agrees(q("scores")));
    }
}
