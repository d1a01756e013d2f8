/*!
The outlet's own evaluative language, as the score reads it: which findings count
([`counts_as_evaluative`], the one predicate), how much each voice counts ([`voice_share`]),
and the weighted sum, count and density of a field ([`Evaluative`]). Body loadedness,
headline loadedness and escalation (`src/score.rs`) and the article type read only this.
*/

use crate::config::VoiceWeights;
use crate::vocab::{Finding, FindingKind, Location, Role, Voice};

/// Whether a finding is the kind of evaluative language the score counts: a weighted,
/// unsuppressed loaded-term finding whose role passes a judgement or inflates it (evaluative
/// words, labels, stance markers, intensifiers, certainty markers, characterising reporting
/// verbs). Hedges, speculation and implicatives are left out: a hedge lowers the writer's
/// commitment (a careful headline is not an escalating one), speculation is the sourcing
/// component's, and an implicative asserts a fact. Voice is weighed separately
/// ([`voice_share`]).
///
/// The one place the score decides what counts. A note (the lower tier: reporting verbs,
/// implicatives and hedges unless an entry says otherwise) never counts ([`Finding::counts`]).
pub fn counts_as_evaluative(f: &Finding) -> bool {
    f.kind == FindingKind::LoadedTerm
        && f.counts()
        && f.weight > 0.0
        && f.role.is_some_and(|r| {
            matches!(
                r,
                Role::Evaluative
                    | Role::Label
                    | Role::Stance
                    | Role::Intensifier
                    | Role::Certainty
                    | Role::ReportingVerb
            )
        })
}

/// How much of a term's weight counts by its voice: all in the outlet's voice,
/// `voice-weights.attributed` in attributed speech, `voice-weights.quoted` (0 by default)
/// inside quotation marks.
pub fn voice_share(voice: Voice, weights: &VoiceWeights) -> f64 {
    match voice {
        Voice::Outlet => 1.0,
        Voice::Attributed => weights.attributed,
        Voice::Quoted => weights.quoted,
    }
}

/// The outlet's evaluative language in one field: weighted sum, terms and density.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evaluative {
    /// Σ weight × voice share.
    pub mass: f64,
    /// Terms with a voice share above 0.
    pub terms: usize,
    /// 100 × mass / word tokens.
    pub density: f64,
    /// Strong verdicts in the writer's own voice: outlet-voice terms of weight at least
    /// [`STRONG_WEIGHT`] ("despicable", "sleazy", "ridiculous").
    pub strong: usize,
    /// Labels pinned in the writer's own voice: outlet-voice terms of the label role
    /// ("illegal aliens", "leftists", "the Deep State").
    pub labels: usize,
}

/// The lexicon weight from which a term is a strong verdict: the pack gives 1.2 and above to
/// words that pass judgement outright (*disastrous*, *shameful*, *despicable*), and 1.0 or less
/// to words a neutral report may also use.
pub const STRONG_WEIGHT: f64 = 1.2;

impl Evaluative {
    /// The evaluative language of the findings in `location`, over `tokens` words.
    pub fn of(
        findings: &[Finding],
        location: Location,
        tokens: usize,
        voice: &VoiceWeights,
    ) -> Evaluative {
        let (mass, terms) = findings
            .iter()
            .filter(|f| f.location == location && counts_as_evaluative(f))
            .map(|f| f.weight * voice_share(f.voice, voice))
            .filter(|w| *w > 0.0)
            .fold((0.0, 0), |(m, n), w| (m + w, n + 1));
        let density = if tokens == 0 {
            0.0
        } else {
            100.0 * mass / tokens as f64
        };
        let strong = findings
            .iter()
            .filter(|f| f.location == location && counts_as_evaluative(f))
            .filter(|f| f.voice == Voice::Outlet && f.weight >= STRONG_WEIGHT)
            .count();
        let labels = findings
            .iter()
            .filter(|f| f.location == location && counts_as_evaluative(f))
            .filter(|f| f.voice == Voice::Outlet && f.role == Some(Role::Label))
            .count();
        Evaluative {
            mass,
            terms,
            density,
            strong,
            labels,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Span;

    fn finding(role: Role, weight: f64, voice: Voice, location: Location) -> Finding {
        Finding {
            kind: FindingKind::LoadedTerm,
            location,
            span: Span::new(0, 1),
            line: 1,
            column: 1,
            text: String::new(),
            term: String::new(),
            category: String::new(),
            weight,
            voice,
            neutral: Vec::new(),
            note: String::new(),
            lexicon: String::new(),
            suppressed: false,
            role: Some(role),
            tier: crate::vocab::Tier::Finding,
        }
    }

    #[test]
    fn hedges_and_speculation_are_not_evaluative() {
        let body = Location::Body;
        assert!(counts_as_evaluative(&finding(
            Role::Evaluative,
            1.0,
            Voice::Outlet,
            body
        )));
        assert!(counts_as_evaluative(&finding(
            Role::Label,
            1.0,
            Voice::Outlet,
            body
        )));
        assert!(!counts_as_evaluative(&finding(
            Role::Hedge,
            0.6,
            Voice::Outlet,
            body
        )));
        assert!(!counts_as_evaluative(&finding(
            Role::Speculation,
            0.5,
            Voice::Outlet,
            body
        )));
        let mut ignored = finding(Role::Evaluative, 1.0, Voice::Outlet, body);
        ignored.suppressed = true;
        assert!(!counts_as_evaluative(&ignored));
    }

    #[test]
    fn quoted_counts_nothing_and_attributed_a_fraction() {
        let w = VoiceWeights::default();
        let f = |voice| finding(Role::Evaluative, 1.0, voice, Location::Body);
        let e = Evaluative::of(
            &[f(Voice::Outlet), f(Voice::Attributed), f(Voice::Quoted)],
            Location::Body,
            100,
            &w,
        );
        assert_eq!(e.terms, 2);
        assert!((e.mass - (1.0 + w.attributed)).abs() < 1e-9);
        assert!((e.density - e.mass).abs() < 1e-9);
    }
}
