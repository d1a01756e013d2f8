/*!
Page furniture: body sentences that are not the story. Promo lines ("READ MORE: …"),
all-caps teasers, photo captions and credits, newsletter pitches and share prompts come along
when an article is copied from a web page. They are not content: headline support does not
count them as evidence, and the omissions analysis never lists them.

The rules are structural, so they live here rather than in a lexicon: a sentence is furniture
when it *starts* with a promo or caption label, when it is a short line carrying a photo
credit, when it pitches a newsletter, or when all its letters are capitals.
*/

use super::FieldView;

/// Labels that open a promo, caption or credit line (lower case, straight apostrophes).
const OPENERS: &[&str] = &[
    "(ap photo",
    "(photo",
    "[photo",
    "also read",
    "advertisement",
    "all rights reserved",
    "caption:",
    "click here",
    "copyright",
    "credit:",
    "don't miss",
    "download the",
    "follow us",
    "get the latest",
    "image:",
    "image credit",
    "listen:",
    "more:",
    "photo:",
    "photo credit",
    "photograph:",
    "read more",
    "read next",
    "recommended:",
    "related:",
    "related coverage",
    "see also",
    "share this",
    "sign up",
    "subscribe",
    "this article originally appeared",
    "trending:",
    "watch:",
    "you may also like",
    "©",
];

/// Credits that mark a short line as a caption.
const CREDITS: &[&str] = &[
    "ap photo",
    "afp via getty",
    "getty images",
    "photo by",
    "photo courtesy",
    "photograph by",
    "reuters/",
    "/reuters",
    "/ reuters",
    "shutterstock",
];

/// Site boilerplate that marks a short line wherever it stands.
const BOILERPLATE: &[&str] = &[
    "cookie policy",
    "privacy policy",
    "terms of service",
    "terms of use",
];

/// Words a newsletter pitch asks for.
const PITCH: &[&str] = &["sign up", "subscribe", "inbox", "delivered"];

/// At most this many words make a caption line.
const CAPTION_WORDS: usize = 30;

/// Whether one sentence (its text and word count) is page furniture.
pub fn is_furniture(text: &str, words: usize) -> bool {
    let lower = text.trim().to_lowercase().replace('’', "'");
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    if words <= CAPTION_WORDS && CREDITS.iter().chain(BOILERPLATE).any(|c| lower.contains(c)) {
        return true;
    }
    if lower.contains("newsletter") && PITCH.iter().any(|p| lower.contains(p)) {
        return true;
    }
    // An all-caps teaser: several words, and no lower-case letter at all.
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    words >= 3 && letters >= 12 && !text.chars().any(char::is_lowercase)
}

/// Which sentences of a field are furniture.
pub fn furniture_sentences(view: &FieldView) -> Vec<bool> {
    (0..view.seg.sentences.len())
        .map(|i| is_furniture(view.sentence_text(i), view.seg.sentences[i].tokens.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }

    #[test]
    fn flags_promo_lines_teasers_captions_and_pitches() {
        for s in [
            "READ MORE: Ten things to know about the budget",
            "Read more: how the vote works",
            "BREAKING NEWS ALERT FROM OUR DESK",
            "The mayor at the ceremony on Monday. (Photo: John Smith/Getty Images)",
            "Sign up for our morning newsletter to get the news in your inbox.",
            "Get our free newsletter delivered every morning.",
            "Photo credit: City Hall press office",
            "Related: Council approves new bus lanes",
            "You also agree to this site's Privacy Policy and Terms of Use.",
        ] {
            assert!(is_furniture(s, words(s)), "{s}");
        }
    }

    #[test]
    fn passes_news_sentences() {
        for s in [
            "The council voted 7-2 to approve the plan on Monday.",
            "NASA said the launch would go ahead.",
            "He told reporters the newsletter had been discontinued.",
            "Reuters could not independently verify the account.",
            "The EU and the UK agreed a deal.",
        ] {
            assert!(!is_furniture(s, words(s)), "{s}");
        }
    }
}
