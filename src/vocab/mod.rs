/*!
The ground floor: the vocabulary every stage speaks. Byte spans, fields and voices
([`Span`], [`Location`], [`Voice`]), findings, their tier and density ([`Finding`], [`FindingKind`],
[`Tier`], [`Density`]), what a lexicon category does ([`Role`]), line and column of an offset ([`LineIndex`], [`line_column_of`]) and the
rounding of reported figures ([`round3`]).

This module imports nothing from the rest of the crate; every other module may import it.
*/

mod finding;
mod lines;
pub mod number;
mod role;
mod round;
mod span;

pub use finding::{Density, Finding, FindingKind, Tier};
pub use lines::{line_column_of, LineIndex};
pub use role::{role_in, Role};
pub use round::round3;
pub use span::{Location, Span, Voice};
