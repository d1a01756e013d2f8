/*!
Numbers as every output format writes them. A rounded negative zero keeps its sign in Rust's
`{:.2}` ("-0.00"), and an empty `f64` sum is itself `-0.0`: either reads as a direction where
there is none, so the renderers and the score's explanations format through here.
*/

/// `x` with `decimals` places, without the sign of a negative zero.
pub fn fixed(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        _ => s,
    }
}

/// [`fixed`] with a `+` on positive values, for tones and gaps.
pub fn signed(x: f64, decimals: usize) -> String {
    let s = fixed(x, decimals);
    if s.starts_with('-') || !s.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        s
    } else {
        format!("+{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_has_no_sign() {
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-0.005_1, 2), "-0.01");
        assert_eq!(fixed(std::iter::empty::<f64>().sum(), 2), "0.00");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(0.25, 2), "+0.25");
        assert_eq!(signed(-0.25, 2), "-0.25");
        assert_eq!(signed(0.0, 1), "0.0");
    }
}
