/*!
First-person pronouns, lower case with straight apostrophes: the writer (or a speaker) talking
of themselves. The article type counts them in the writer's voice; quotation scanning reads a
pasted passage that uses them as a speech or a letter.
*/

use super::wordlist::WordList;

/// "I" and its forms.
pub const FIRST_PERSON: WordList = WordList::new(&[
    "i", "i'd", "i'll", "i'm", "i've", "me", "mine", "my", "myself",
]);

/// "We" and its forms, and "let's".
pub const FIRST_PERSON_PLURAL: WordList = WordList::new(&[
    "we",
    "we'd",
    "we'll",
    "we're",
    "we've",
    "us",
    "our",
    "ours",
    "ourselves",
    "let's",
]);
