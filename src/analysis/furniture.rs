/*!
Page furniture: body sentences that are not the story. Promo lines ("READ MORE: …"),
all-caps teasers, photo captions and credits, newsletter pitches and share prompts come along
when an article is copied from a web page. They are not content: headline support does not
count them as evidence, and the omissions analysis never lists them.

The rules are structural, so they live here rather than in a lexicon: a sentence is furniture
when it *starts* with a promo or caption label, when it is a short line carrying a photo
credit, when it pitches a newsletter, or when all its letters are capitals. A page copied with
its title often repeats the headline as the body's first line ([`repeated_headline`]): that copy
is furniture too, and it is not the body's own wording (its loaded terms are the headline's).
*/

use std::sync::OnceLock;

use memchr::memmem::{self, Finder};

use super::FieldView;
// Site boilerplate marks a short line wherever it stands; the quotation scanner shares the list
// (it skips a form that ends in one).
use crate::text::SITE_BOILERPLATE as BOILERPLATE;

/// Labels that open a promo, caption or credit line (lower case, straight apostrophes).
const OPENERS: &[&str] = &[
    "(ap photo",
    "(photo",
    "[photo",
    "also read",
    "advertisement",
    "all rights reserved",
    "already a subscriber",
    "become a member",
    "become a subscriber",
    "caption:",
    "click here",
    "copyright",
    "credit:",
    "don't miss",
    "download the",
    "follow us",
    "get full access",
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
    "support our journalism",
    "support independent journalism",
    "this article originally appeared",
    "trending:",
    "watch:",
    "you may also like",
    "your support makes",
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

/// Words a newsletter pitch asks for.
const PITCH: &[&str] = &["sign up", "subscribe", "inbox", "delivered"];

/// At most this many words make a caption line.
const CAPTION_WORDS: usize = 30;

/// The first bytes of every opener, as a table: most sentences are settled by their first
/// byte, before any label is compared.
const OPENER_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < OPENERS.len() {
        table[OPENERS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// Words that every credit and boilerplate label contains ("photo" in "ap photo" and "photo
/// by", "policy" in "privacy policy", …): a sentence holding none of them holds no label, and
/// most sentences are settled by these few vectorised searches rather than one per label.
const LABEL_ANCHORS: &[&str] = &[
    "photo",
    "getty",
    "reuters",
    "shutterstock",
    "policy",
    "terms of",
];

/// Searchers for [`LABEL_ANCHORS`] and "newsletter", built once.
fn finders() -> &'static (Vec<Finder<'static>>, Finder<'static>) {
    static FINDERS: OnceLock<(Vec<Finder<'static>>, Finder<'static>)> = OnceLock::new();
    FINDERS.get_or_init(|| {
        (
            LABEL_ANCHORS.iter().map(Finder::new).collect(),
            Finder::new("newsletter"),
        )
    })
}

/// Sentences up to this many bytes are lower-cased on the stack.
const STACK_BYTES: usize = 512;

/// Whether one sentence (its text and word count) is page furniture.
pub fn is_furniture(text: &str, words: usize) -> bool {
    let trimmed = text.trim();
    // Why two paths: a lower-cased String per sentence was the cost of this check. Plain ASCII
    // text is lower-cased byte for byte into a buffer on the stack; other text is lower-cased
    // as before (Unicode case rules, curly apostrophes made straight).
    let mut stack = [0u8; STACK_BYTES];
    let heap: String;
    let lower: &[u8] = if trimmed.is_ascii() && trimmed.len() <= STACK_BYTES {
        let buf = &mut stack[..trimmed.len()];
        buf.copy_from_slice(trimmed.as_bytes());
        buf.make_ascii_lowercase();
        buf
    } else {
        heap = trimmed.to_lowercase().replace('’', "'");
        heap.as_bytes()
    };
    // An all-caps teaser: several words, and no lower-case letter at all (the letters are
    // counted last: most sentences have a lower-case letter early).
    labelled(lower, words)
        || (words >= 3
            && !text.chars().any(char::is_lowercase)
            && text.chars().filter(|c| c.is_alphabetic()).count() >= 12)
}

/// Whether `lower` (a trimmed, lower-cased sentence) opens with a label, is a short line with
/// a credit or boilerplate, or pitches a newsletter.
fn labelled(lower: &[u8], words: usize) -> bool {
    if let Some(&first) = lower.first() {
        // Only the openers that share the first byte are compared whole.
        if OPENER_FIRST_BYTES[usize::from(first)]
            && OPENERS
                .iter()
                .any(|o| o.as_bytes()[0] == first && lower.starts_with(o.as_bytes()))
        {
            return true;
        }
    }
    let contains = |label: &&str| memmem::find(lower, label.as_bytes()).is_some();
    let (anchors, newsletter) = finders();
    if words <= CAPTION_WORDS
        && anchors.iter().any(|a| a.find(lower).is_some())
        && CREDITS.iter().chain(BOILERPLATE).any(contains)
    {
        return true;
    }
    newsletter.find(lower).is_some() && PITCH.iter().any(contains)
}

/// Which sentences of a field are furniture.
/// (Forms pasted with the page are [`form_sentences`], which the analyzer adds.)
pub fn furniture_sentences(view: &FieldView) -> Vec<bool> {
    (0..view.seg.sentences.len())
        .map(|i| is_furniture(view.sentence_text(i), view.seg.sentences[i].tokens.len()))
        .collect()
}

/// Phrases that open a poll or sign-up form pasted with the page (lower case).
const FORM_OPENERS: &[&str] = &["story continues below", "take our poll"];

/// How many sentences a form may take, and how many words each after its opener at most.
const FORM_SENTENCES: usize = 20;
const FORM_SENTENCE_WORDS: usize = 20;

/// The sentences of a poll or sign-up form: from one that opens it ("take our poll - story
/// continues below Should Jim Acosta have gotten his press pass back?") through its answers,
/// fields and fine print, short sentences all, down to the one with the site's boilerplate
/// ("You also agree to this site's Privacy Policy and Terms of Use."). Nobody's words: the
/// analyzer drops the findings in them. Without the boilerplate that closes it, where a form
/// ends is unknown and nothing is marked.
pub fn form_sentences(view: &FieldView) -> Vec<bool> {
    let n = view.seg.sentences.len();
    let mut form = vec![false; n];
    // Most articles carry no form: a vectorised scan for the openers' ends settles it, in the
    // cases pages write them.
    static KEYS: OnceLock<Vec<Finder<'static>>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        [
            "our poll",
            "Our Poll",
            "OUR POLL",
            "continues below",
            "Continues Below",
            "CONTINUES BELOW",
        ]
        .iter()
        .map(|k| Finder::new(k.as_bytes()))
        .collect()
    });
    let text = view.text().as_bytes();
    if !keys.iter().any(|k| k.find(text).is_some()) {
        return form;
    }
    let lower = |i: usize| view.sentence_text(i).to_lowercase();
    let mut i = 0;
    while i < n {
        let opener = lower(i);
        if !FORM_OPENERS.iter().any(|o| opener.contains(o)) {
            i += 1;
            continue;
        }
        let end = (i..n.min(i + FORM_SENTENCES))
            .take_while(|&j| j == i || view.seg.sentences[j].tokens.len() <= FORM_SENTENCE_WORDS)
            .find(|&j| BOILERPLATE.iter().any(|b| lower(j).contains(b)));
        match end {
            Some(end) => {
                form[i..=end].iter_mut().for_each(|f| *f = true);
                i = end + 1;
            }
            None => i += 1,
        }
    }
    form
}

/// How many of the body's first words repeat the headline word for word (case and punctuation
/// aside), when they make up whole sentences: 0 when they do not. A scraped page often carries
/// its title twice, once as the headline and again as the body's first line; the copy would
/// otherwise "support" every word of the headline and double its loaded terms.
pub fn repeated_headline(headline: &FieldView, body: &FieldView) -> usize {
    let n = headline.seg.word_count();
    if n == 0
        || body.seg.word_count() <= n
        || (0..n).any(|i| headline.seg.lower_at(i) != body.seg.lower_at(i))
    {
        return 0;
    }
    // The copy must end where a sentence ends: a body that opens with the headline's words and
    // runs on ("Senate passes the bill, 52-48, after …") is a lede, not a copy.
    let ends_a_sentence = body.seg.sentences.iter().any(|s| s.tokens.end == n);
    if ends_a_sentence {
        n
    } else {
        0
    }
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
            "Already a subscriber?",
            "Get full access to our signature journalism for just 99 cents.",
            "Your support makes our work possible.",
            "You also agree to this site's Privacy Policy and Terms of Use.",
        ] {
            assert!(is_furniture(s, words(s)), "{s}");
        }
    }

    #[test]
    fn a_pasted_poll_is_furniture_to_its_fine_print() {
        let matcher = crate::lexicon::Matcher::new(crate::lexicon::LexiconSet::embedded().unwrap());
        let field = crate::article::Field::new(
            "The troops closed three lanes on Tuesday.\ntake our poll - story continues below\nWho is the most corrupt Democrat politician?\nWho is the most corrupt Democrat politician?\n* Hillary Clinton\nEmail *\nCompleting this poll grants you access to updates free of charge.\nYou also agree to this site's Privacy Policy and Terms of Use.\nThe caravan reached the border on Friday.",
        );
        let view = super::super::prepare_field(crate::vocab::Location::Body, &field, &matcher);
        let form = form_sentences(&view);
        let marked: Vec<&str> = (0..form.len())
            .filter(|&i| form[i])
            .map(|i| view.sentence_text(i))
            .collect();
        assert!(
            marked.iter().any(|s| s.contains("most corrupt")),
            "{marked:?}"
        );
        assert!(!marked
            .iter()
            .any(|s| s.contains("troops closed") || s.contains("caravan")));
        // Without its fine print, a poll line marks nothing past itself.
        let field = crate::article::Field::new(
            "take our poll - story continues below\nWho is the most corrupt politician?\nThe caravan reached the border.",
        );
        let view = super::super::prepare_field(crate::vocab::Location::Body, &field, &matcher);
        assert!(form_sentences(&view).iter().all(|f| !f));
    }

    /// The check as first written: a lower-cased copy searched once per label.
    fn reference(text: &str, words: usize) -> bool {
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
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        words >= 3 && letters >= 12 && !text.chars().any(char::is_lowercase)
    }

    #[test]
    fn answers_as_the_lower_cased_copy_did() {
        for s in [
            "  READ MORE: Ten things",
            "Don’t miss: the parade",
            "DON'T MISS the parade",
            "© 2024 The Paper",
            "(AP Photo/Jane Doe) The mayor waves.",
            "The mayor waves. JANE DOE/REUTERS",
            "Crowds at the Café. Photo by Ana Lé",
            "ÉTÉ: LA VILLE EN FÊTE CE SOIR",
            "Get the NEWSLETTER in your INBOX",
            "Our Newsletter was discontinued.",
            "The \u{212A}elvin sign and İstanbul cookie Policy",
            "Subscribers said the plan works.",
            "terms",
            "",
            "\u{b}Photo: the square",
        ] {
            for words in [words(s), 31] {
                assert_eq!(is_furniture(s, words), reference(s, words), "{s:?} {words}");
            }
        }
    }

    #[test]
    fn every_credit_holds_an_anchor() {
        for label in CREDITS.iter().chain(BOILERPLATE) {
            assert!(LABEL_ANCHORS.iter().any(|a| label.contains(a)), "{label}");
        }
    }

    fn repeated(headline: &str, body: &str) -> usize {
        use crate::analysis::prepare_field;
        use crate::article::Field;
        use crate::lexicon::{LexiconSet, Matcher};
        use crate::vocab::Location;
        let matcher = Matcher::new(LexiconSet::embedded().unwrap());
        let (h, b) = (Field::new(headline), Field::new(body));
        let hv = prepare_field(Location::Headline, &h, &matcher);
        let bv = prepare_field(Location::Body, &b, &matcher);
        repeated_headline(&hv, &bv)
    }

    #[test]
    fn a_headline_copied_as_the_first_line_is_a_copy() {
        let headline = "Beck Wows the 'CPAC' Crowd";
        assert_eq!(
            repeated(
                headline,
                "Beck wows the CPAC crowd\n\nHe spoke for an hour."
            ),
            5
        );
        assert_eq!(
            repeated(headline, "BECK WOWS THE CPAC CROWD. He spoke for an hour."),
            5
        );
        // A lede that opens with the headline's words and runs on is the story.
        assert_eq!(
            repeated(headline, "Beck wows the CPAC crowd with a speech on debt."),
            0
        );
        assert_eq!(
            repeated(headline, "Beck spoke to the CPAC crowd.\n\nIt cheered."),
            0
        );
        // Nothing but the copy: the body has nothing else to say, so it stays.
        assert_eq!(repeated(headline, "Beck wows the CPAC crowd"), 0);
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
