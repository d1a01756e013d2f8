/*!
English function words. They carry no claim of their own, so headline support and salience
skip them when they compare content words.
*/

const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "amid",
    "among", "an", "and", "any", "are", "as", "at", "be", "because", "been",
    "before", "being", "below", "between", "both", "but", "by", "can", "can't", "could",
    "did", "do", "does", "doing", "don't", "down", "dr", "during", "each", "even",
    "ever", "few", "first", "for", "from", "further", "get", "got", "had", "has",
    "have", "having", "he", "he's", "her", "here", "hers", "herself", "him", "himself",
    "his", "how", "i", "if", "in", "into", "is", "isn't", "it", "it's",
    "its", "itself", "just", "last", "made", "make", "many", "may", "me", "might",
    "more", "most", "mr", "mrs", "ms", "much", "must", "my", "myself", "new",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
    "onto", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "per",
    "s", "said", "same", "say", "says", "several", "shall", "she", "she's", "should",
    "so", "some", "still", "such", "t", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "they're", "this", "those", "through",
    "time", "to", "too", "two", "under", "until", "up", "upon", "very", "via",
    "was", "we", "we're", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "within", "without", "won't", "would", "year", "years",
    "yet", "you", "your", "yours", "yourself", "yourselves",
];

/// Whether a normalised word is a function word.
pub fn is_stopword(lower: &str) -> bool {
    STOPWORDS.binary_search(&lower).is_ok() || lower.chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn recognises_function_words() {
        assert!(is_stopword("the"));
        assert!(!is_stopword("blinken"));
    }
}
