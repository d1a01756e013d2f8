use super::{Article, Field, InputFormat};
use crate::error::ArticleError;
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    let _ = (Field::new(""), InputFormat::Text);
    Ok(super::plain::parse(source, text))
}
