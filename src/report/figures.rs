/*!
Figures in titled tables: what `slant eval` measures, rendered by the formats that have a form
for them ([`Format::shows_figures`](super::Format::shows_figures): table, JSON, Markdown)
through [`Renderer::render_figures`](super::Renderer::render_figures).

The tables hold their cells as text, already formatted (a ratio to three decimals, `–` when
undefined): the numbers read the same in every format. JSON writes the data the tables were made
from instead, with its own field names ([`AsJson`]).
*/

use std::io::{self, Write};

use serde::Serialize;

/// Titled tables of figures, with the data they were made from.
pub struct Figures<'a> {
    /// The line above the tables.
    pub title: String,
    pub tables: Vec<FigureTable>,
    /// The figures as data, for JSON.
    pub data: &'a dyn AsJson,
}

/// One table of figures under a heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureTable {
    pub heading: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns from this index on hold numbers: right-aligned.
    pub numbers_from: usize,
}

impl FigureTable {
    pub fn new(heading: impl Into<String>, header: &[&str], numbers_from: usize) -> FigureTable {
        FigureTable {
            heading: heading.into(),
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            numbers_from,
        }
    }

    pub fn add_row(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// Whether column `i` holds numbers.
    pub fn is_number(&self, i: usize) -> bool {
        i >= self.numbers_from
    }
}

/// Data written as one pretty-printed JSON document: any serde value, behind a trait object so
/// that the report floor need not know the type.
pub trait AsJson {
    fn write_json_pretty(&self, out: &mut dyn Write) -> io::Result<()>;
}

impl<T: Serialize> AsJson for T {
    fn write_json_pretty(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(out, self)?;
        Ok(())
    }
}
