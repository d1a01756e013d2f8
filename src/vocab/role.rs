/*!
What a lexicon category does: its [`Role`]. A category's name is the lexicon author's
(`loaded`, `label`, `reporting-doubt`, or anything a user writes); its role is one of a fixed
set that the analyses understand. Each `terms` lexicon declares its role in its header
(`role = "hedge"`), so code asks for roles and never for category names.
*/

use serde::{Deserialize, Serialize};

use super::Location;

/// The part a lexicon category plays in the analyses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Words and figurative phrases that carry the writer's judgement where a neutral word
    /// would report the same fact.
    Evaluative,
    /// One-sided labels and name-calling for people, groups and views.
    Label,
    /// Stance markers: the writer tells the reader how to feel about a fact.
    Stance,
    /// Implicative verbs that assert a failure or refusal and so imply fault.
    Implicative,
    /// Intensifiers that inflate size, speed or degree.
    Intensifier,
    /// Markers that present a claim as obvious or beyond dispute.
    Certainty,
    /// Hedges: words that lower the writer's commitment to a claim.
    Hedge,
    /// Speculation about the future or about motives in the writer's own voice.
    Speculation,
    /// Verbs of saying that characterise what they report (emphatic, doubting, factive,
    /// hostile). They attribute their clause in a body; in a headline a participle such as
    /// "Slamming" is the outlet's own claim.
    ReportingVerb,
    /// What introduces a source anywhere, headline included: neutral reporting verbs (said,
    /// told) and phrases (according to).
    AttributionCue,
    /// Counter-evidence: a caveat or limit (unverified, inconclusive, narrow scope).
    Caveat,
    /// Counter-evidence: a denial or refutation of a claim ("denied", "is false", "hoax").
    /// Headline support counts the headline words of a refuting clause as contradicted.
    Denial,
    /// Counter-evidence: a response or non-response of the side the headline casts
    /// ("declined to comment", "will appeal").
    Response,
    /// Counter-evidence: a condition ("only if", "unless", "pending").
    Condition,
    /// Counter-evidence: an opposing view ("critics say", "countered").
    OtherSide,
    /// Counter-evidence: a fact or figure set against a claim ("in fact", "down from").
    Contrary,
    /// An outcome of progress (agreement, cooperation, growth): contrary evidence against a
    /// headline of setback.
    Progress,
    /// An outcome of setback (refusal, failure, decline): contrary evidence against a headline
    /// of progress.
    Setback,
}

impl Role {
    /// Whether a term of this role introduces reported speech, so that its clause is
    /// attributed, and its own choice is the writer's.
    pub fn is_attribution(self) -> bool {
        matches!(self, Role::ReportingVerb | Role::AttributionCue)
    }

    /// Whether a term of this role attributes its clause when it stands in `location`.
    pub fn attributes_in(self, location: Location) -> bool {
        match location {
            Location::Headline => self == Role::AttributionCue,
            Location::Body => self.is_attribution(),
        }
    }

    /// Whether a term of this role passes a judgement the reader may take for a claim:
    /// evaluative words, labels, stance markers and implicatives. In a headline the body
    /// should back it; in the outlet's voice, unsourced, it is an unsourced claim.
    pub fn makes_claim(self) -> bool {
        matches!(
            self,
            Role::Evaluative | Role::Label | Role::Stance | Role::Implicative
        )
    }
}

impl Role {
    /// Whether a term of this role is a cue of counter-evidence for the omissions analysis.
    pub fn is_counter_evidence(self) -> bool {
        matches!(
            self,
            Role::Caveat
                | Role::Denial
                | Role::Response
                | Role::Condition
                | Role::OtherSide
                | Role::Contrary
                | Role::Progress
                | Role::Setback
        )
    }
}

/// Whether an optional role is one of `roles`.
pub fn role_in(role: Option<Role>, roles: &[Role]) -> bool {
    role.is_some_and(|r| roles.contains(&r))
}
