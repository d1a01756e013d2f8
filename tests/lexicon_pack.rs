//! The default lexicon pack: its size per category (the minimums of the pack's issue), its
//! coverage of every frame, and a clean `lexicon check`.

use std::collections::BTreeMap;

use slant::lexicon::check::check_set;
use slant::lexicon::{LexiconKind, LexiconSet, Matcher};

fn pack() -> LexiconSet {
    LexiconSet::embedded().expect("the default pack loads")
}

#[test]
fn every_category_meets_its_minimum_size() {
    let counts = pack().category_counts();
    let minimums = [
        ("loaded", 800),
        ("label", 200),
        ("idiom", 300),
        ("attitude", 50),
        ("booster", 100),
        ("hedge", 80),
        ("implicative", 30),
        ("speculation", 20),
    ];
    for (category, minimum) in minimums {
        let n = counts.get(category).copied().unwrap_or(0);
        assert!(
            n >= minimum,
            "{category}: {n} entries, fewer than {minimum}"
        );
    }
    let reporting: usize = counts
        .iter()
        .filter(|(c, _)| c.starts_with("reporting-"))
        .map(|(_, n)| n)
        .sum();
    assert!(reporting >= 150, "reporting verbs: {reporting}");
    for class in ["neutral", "emphatic", "doubt", "factive", "hostile"] {
        assert!(
            counts.contains_key(&format!("reporting-{class}")),
            "reporting-{class} missing"
        );
    }
}

#[test]
fn valence_paraphrases_and_entities_are_broad() {
    let set = pack();
    let of_kind = |kind| set.lexicons.iter().filter(move |l| l.kind == kind);
    let valence: usize = of_kind(LexiconKind::Valence).map(|l| l.valence.len()).sum();
    assert!(valence >= 2000, "valence entries: {valence}");
    let sets: usize = of_kind(LexiconKind::Paraphrases)
        .map(|l| l.sets.len())
        .sum();
    assert!(sets >= 200, "paraphrase sets: {sets}");
    let entities: usize = of_kind(LexiconKind::Entities)
        .map(|l| l.entities.len())
        .sum();
    assert!(entities >= 190, "entities: {entities}");
}

#[test]
fn every_frame_has_at_least_sixty_cues() {
    let mut cues: BTreeMap<String, usize> = BTreeMap::new();
    for l in pack()
        .lexicons
        .iter()
        .filter(|l| l.kind == LexiconKind::Frames)
    {
        for f in &l.frames {
            *cues.entry(f.name.clone()).or_default() += f.cues.len();
        }
    }
    let frames = [
        "conflict",
        "cooperation",
        "economic",
        "security",
        "health",
        "responsibility",
        "human-interest",
        "morality",
        "legality",
        "political",
        "public-opinion",
    ];
    for frame in frames {
        let n = cues.get(frame).copied().unwrap_or(0);
        assert!(n >= 60, "{frame}: {n} cues");
    }
}

#[test]
fn the_default_pack_checks_clean() {
    let problems = check_set(&Matcher::new(pack()));
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
