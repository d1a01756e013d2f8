/*!
Rounding of every figure a report shows.
*/

/// Rounds to three decimals, so reports do not depend on the last bits of a float.
pub fn round3(x: f64) -> f64 {
    // `+ 0.0` turns a negative zero (an empty sum) into zero, so reports never show "-0".
    (x * 1000.0).round() / 1000.0 + 0.0
}
