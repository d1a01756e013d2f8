/*!
Loaded terms: every lexicon term match with a weight above zero becomes a finding, tagged with
its voice and its tier (`finding` or `note`, from the lexicon). Where matches overlap, the
longest wins ("falls on deaf ears" over "falls"), then the heavier, then the earlier lexicon.

Two headline conventions are read here, since they hold for any lexicon: a headline reports
speech as "Minister urges…" or "Experts warn…", so a reporting verb right after its named
actor is the headline's attribution, not the outlet's verdict (a note at most: dropped when
its entry is a note already, a note when it is a finding); and a hedge in a headline ("may",
"could") is caution, so it is a note whatever its entry says.

Notes are shown as style observations and never counted ([`Finding::counts`]).

The loadedness density of a field is the weighted count of its findings per 100 word tokens;
outlet voice counts in full, attributed voice by `voice-weights.attributed`, quoted voice by
`voice-weights.quoted` (0 by default: a source's words are not the outlet's framing).
*/

use std::collections::BTreeMap;

use super::FieldView;
use crate::config::Config;
use crate::lexicon::{Matcher, Payload};
use crate::text::stopwords::is_stopword;
use crate::vocab::{round3, Density, Finding, FindingKind, Location, Role, Tier, Voice};

/// The loaded-term findings of one field, in text order.
pub fn find_loaded_terms(
    view: &FieldView,
    matcher: &Matcher,
    config: &Config,
    ignore_terms: &[String],
) -> Vec<Finding> {
    let mut candidates: Vec<(&crate::lexicon::Match, u32)> = view
        .found
        .matches
        .iter()
        .filter_map(|m| match m.payload {
            Payload::Term(id) if matcher.terms[id as usize].weight > 0.0 => Some((m, id)),
            _ => None,
        })
        .collect();
    candidates.sort_by(|(a, ai), (b, bi)| {
        let (ta, tb) = (&matcher.terms[*ai as usize], &matcher.terms[*bi as usize]);
        b.tokens
            .len()
            .cmp(&a.tokens.len())
            .then(tb.weight.total_cmp(&ta.weight))
            .then(a.span.start.cmp(&b.span.start))
            .then(ai.cmp(bi))
    });
    let mut taken = vec![false; view.seg.tokens.len()];
    let mut findings = Vec::new();
    let lines = crate::vocab::LineIndex::new(&view.field.text);
    for (m, id) in candidates {
        if taken[m.tokens.clone()].iter().any(|&t| t)
            || in_an_opposing_compound(view, m.tokens.start)
            || is_a_bare_verb_opening_its_sentence(view, m, matcher.terms[id as usize].role)
            || is_a_speech_act_not_done(view, m, matcher.terms[id as usize].role)
            || is_a_noun_after_a_possessive(view, m, matcher.terms[id as usize].role)
            || is_a_failure_supposed(view, m, matcher.terms[id as usize].role)
        {
            continue;
        }
        let info = &matcher.terms[id as usize];
        let text = &view.text()[m.span.start..m.span.end];
        // Lower-cased only when an allow or ignore list needs them: both are usually empty.
        let lists_empty = config.allow.is_empty() && ignore_terms.is_empty();
        let (lower_text, lower_term) = if lists_empty {
            (String::new(), String::new())
        } else {
            (text.to_lowercase(), info.term.to_lowercase())
        };
        if config
            .allow
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&lower_term) || a.eq_ignore_ascii_case(&lower_text))
        {
            continue;
        }
        taken[m.tokens.clone()].iter_mut().for_each(|t| *t = true);
        let token_voice = view.seg.tokens[m.tokens.start].voice;
        // The choice of reporting verb is the writer's, even in a reported sentence; inside an
        // embedded post it is the poster's.
        let voice = if view.attribution.is_posted(m.tokens.start) && token_voice != Voice::Quoted {
            // A cue's own words are left to the outlet in a report ("X accused Y"), but a post
            // is the poster's whole.
            Voice::Attributed
        } else if info.role.is_some_and(Role::is_attribution) && token_voice == Voice::Attributed {
            Voice::Outlet
        } else if info.role.is_some_and(Role::is_attribution)
            && demanded_of_another(view, m.tokens.start)
        {
            // "Palin called on the Obamas to rebuke the group": the act demanded is in the
            // demand's words, the speaker's, not the writer's choice of verb.
            Voice::Attributed
        } else {
            token_voice
        };
        // These notes observe the writer's own style (a verb of saying, a hedge, an
        // implicative): in a source's quoted words, or as a headline's usual way of reporting speech or caution
        // ("Minister urges…", "… could spread"), there is no choice of the writer's to observe.
        let style_of_writing = matches!(
            info.role,
            Some(Role::ReportingVerb | Role::Hedge | Role::Implicative)
        );
        if info.tier == Tier::Note && style_of_writing && voice == Voice::Quoted {
            continue;
        }
        let tier = match headline_convention(view, m, info.role, info.weight) {
            None => info.tier,
            Some(HeadlineConvention::Speech | HeadlineConvention::Hedge)
                if info.tier == Tier::Note =>
            {
                continue
            }
            // A quoted headline word that weighs under 0.5 ("‘truly…sacrilegious’") is the
            // source's word reported, and no style of the writer's: editor panels judged such
            // notes false alarms. A heavier one ("'Deep State'", "‘principal in a cover-up’")
            // stays a note: the outlet chose to headline it.
            Some(HeadlineConvention::Quotation) if info.weight < QUOTED_HEADLINE_NOTE_WEIGHT => {
                continue
            }
            Some(_) => Tier::Note,
        };
        let suppressed = ignore_terms
            .iter()
            .any(|t| t == &lower_term || t == &lower_text);
        let (line, column) = view.field.line_column_indexed(&lines, m.span.start);
        findings.push(Finding {
            kind: FindingKind::LoadedTerm,
            location: view.location,
            span: m.span,
            line,
            column,
            text: text.to_string(),
            term: info.term.clone(),
            category: info.category.clone(),
            weight: info.weight,
            voice,
            neutral: info.neutral.clone(),
            note: info.note.clone(),
            lexicon: info.path.clone(),
            suppressed,
            tier,
            role: info.role,
        });
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    findings
}

/// A headline convention that makes a match no claim of the outlet's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HeadlineConvention {
    /// "Minister urges…": a reporting verb right after its actor reports speech.
    Speech,
    /// "… may…", "… could…": a hedge is caution.
    Hedge,
    /// "… As 'Deep State'": words inside quotation marks are a source's, which the headline
    /// reports; shown as a note, not counted as the outlet's claim.
    Quotation,
}

/// Prefixes that turn a word into its opposite or its absence when joined by a hyphen.
const OPPOSING_PREFIXES: &[&str] = &["anti", "counter", "non"];

/// Whether token `t` is the second half of a compound such as "anti-fascist" or
/// "non-partisan": the compound names the opposite of the term, so the term's entry does not
/// match inside it (an entry for the whole compound starts at the prefix and is unaffected).
fn in_an_opposing_compound(view: &FieldView, t: usize) -> bool {
    let Some(prev) = t.checked_sub(1) else {
        return false;
    };
    let (a, b) = (&view.seg.tokens[prev], &view.seg.tokens[t]);
    view.text().get(a.span.end..b.span.start) == Some("-")
        && OPPOSING_PREFIXES.contains(&view.seg.lower_at(prev))
}

/// Whether `m` is a reporting verb in its bare form opening its sentence: "Ridicule the
/// enemy." (advice) or "Ridicule is a potent weapon." (a noun) reports nobody's speech. An
/// inflected form there ("Slamming the decision, …", "Slams …") still does.
fn is_a_bare_verb_opening_its_sentence(
    view: &FieldView,
    m: &crate::lexicon::Match,
    role: Option<Role>,
) -> bool {
    if role != Some(Role::ReportingVerb) || m.tokens.len() != 1 {
        return false;
    }
    let t = m.tokens.start;
    let token = &view.seg.tokens[t];
    let opens = view.seg.sentences[token.sentence as usize].tokens.start == t;
    let word = view.seg.lower_at(t);
    opens && !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing"))
}

/// "Won't Condemn", "did not accuse the company", "refused to condemn": a verb of saying that
/// names what someone did not say characterises no speech, so the writer chose no verb for it.
fn is_a_speech_act_not_done(
    view: &FieldView,
    m: &crate::lexicon::Match,
    role: Option<Role>,
) -> bool {
    if role != Some(Role::ReportingVerb) {
        return false;
    }
    let seg = &view.seg;
    let t = m.tokens.start;
    let sentence = seg.tokens[t].sentence;
    // "It doesn't admit that there is a war": a factive verb presupposes its "that" clause
    // even negated, so the writer's framing stands.
    let end = m.tokens.end;
    if end < seg.tokens.len() && seg.tokens[end].sentence == sentence && seg.lower_at(end) == "that"
    {
        return false;
    }
    // "did not (publicly) accuse" ("Not only slams" is no negation), or "refused to condemn".
    super::attribution::is_negated_speech(seg, t)
}

/// Whether `m` is a reporting verb right after a possessive ("victims’ claims", "the
/// bishop's claims"): a possessive owns a noun, and a noun reports nobody's speech.
fn is_a_noun_after_a_possessive(
    view: &FieldView,
    m: &crate::lexicon::Match,
    role: Option<Role>,
) -> bool {
    // "Trump's professed love": a participle after a possessive is an adjective, and keeps
    // its doubt.
    if role != Some(Role::ReportingVerb) || view.seg.lower_at(m.tokens.start).ends_with("ed") {
        return false;
    }
    view.seg.follows_a_possessive(view.text(), m.tokens.start)
}

/// Whether `m` is an implicative inside an "if" clause or right after a modal ("if the agency
/// fails to…", "could refuse to…"): a failure supposed or possible is no failure asserted.
fn is_a_failure_supposed(view: &FieldView, m: &crate::lexicon::Match, role: Option<Role>) -> bool {
    if role != Some(Role::Implicative) {
        return false;
    }
    let t = m.tokens.start;
    crate::analysis::under_a_modal(view, t) || crate::analysis::in_a_supposition(view, t)
}

/// From this weight a verb of saying judges the speech (*slams, rips, excoriates, lashes out,
/// bragged, pontificated*): no headline convention.
const JUDGING_VERB_WEIGHT: f64 = 1.0;

/// Below this weight a quoted headline term is not shown at all.
const QUOTED_HEADLINE_NOTE_WEIGHT: f64 = 0.5;

/// Which headline convention, if any, `m` follows in `view`.
fn headline_convention(
    view: &FieldView,
    m: &crate::lexicon::Match,
    role: Option<Role>,
    weight: f64,
) -> Option<HeadlineConvention> {
    if view.location != Location::Headline {
        return None;
    }
    // "Trump Attacks Justice Department As 'Deep State'": the quoted words are the source's;
    // the headline reports them.
    if view.seg.tokens[m.tokens.start].voice == Voice::Quoted {
        return Some(HeadlineConvention::Quotation);
    }
    match role? {
        Role::Hedge => Some(HeadlineConvention::Hedge),
        // "Pilger Excoriates Media", "Beck Rips Progressivism", "… Brags About …": a verb of
        // saying that weighs as much as a verdict passes judgement on the speech whoever the
        // actor is, and editor panels signed such verbs in headlines (and listed them as misses
        // when they were dropped); the plain, emphatic and milder verbs ("urges", "warns",
        // "claims", "hits back") are the headline's way of reporting speech.
        Role::ReportingVerb if weight >= JUDGING_VERB_WEIGHT => None,
        Role::ReportingVerb => {
            let at = m.tokens.start;
            let verb = &view.seg.tokens[at];
            // A participle opening a clause ("Slamming…", "Blinken, Slamming…") is the
            // outlet's description; a finite verb right after a content word is the actor's.
            let finite = !view.seg.lower(verb).ends_with("ing");
            let actor = at > 0 && {
                let before = &view.seg.tokens[at - 1];
                // "U.S. warns": an initialism's last full stop stands between actor and verb.
                let initialism = view.text()[before.span.start..verb.span.start]
                    .strip_suffix(". ")
                    .is_some_and(|word| word.contains('.'));
                // "WHO Warns": in capitals, in a headline that is not all capitals, an
                // acronym names the actor, though in lower case it is a stopword.
                let written = &view.text()[before.span.start..before.span.end];
                let acronym = written.len() >= 2
                    && written.chars().all(|c| c.is_ascii_uppercase())
                    && view.text().chars().any(char::is_lowercase);
                (verb.joined || initialism)
                    && before.sentence == verb.sentence
                    && (acronym || !is_stopword(view.seg.lower(before)))
            };
            // "Christie Announces Run, Pledging 'Truth'": a participle after a clause that
            // names its actor reports that actor's speech, as a finite verb would.
            let continues_clause = !finite && at >= 3 && {
                let gap = &view.text()[view.seg.tokens[at - 1].span.end..verb.span.start];
                let opening = &view.seg.tokens[0];
                gap.trim() == ","
                    && opening.capitalized
                    && (0..at).all(|i| view.seg.tokens[i].sentence == verb.sentence)
            };
            // "Schumer bashed by the left": a passive names its target first, not its actor.
            let passive =
                view.seg.tokens.get(m.tokens.end).is_some_and(|next| {
                    next.sentence == verb.sentence && view.seg.lower(next) == "by"
                });
            (!passive && (actor && finite || continues_clause))
                .then_some(HeadlineConvention::Speech)
        }
        _ => None,
    }
}

/// How much a finding counts towards loadedness, by voice.
pub fn voice_factor(voice: Voice, config: &Config) -> f64 {
    match voice {
        Voice::Outlet => 1.0,
        Voice::Attributed => config.voice_weights.attributed,
        Voice::Quoted => config.voice_weights.quoted,
    }
}

/// Weighted findings per 100 tokens.
pub fn density_of(findings: &[Finding], tokens: usize, config: &Config) -> f64 {
    if tokens == 0 {
        return 0.0;
    }
    let weighted: f64 = findings
        .iter()
        .filter(|f| f.counts() && f.kind == FindingKind::LoadedTerm)
        .map(|f| f.weight * voice_factor(f.voice, config))
        .sum();
    100.0 * weighted / tokens as f64
}

/// Densities of headline and body, and their ratio.
pub fn densities(
    headline: &[Finding],
    headline_tokens: usize,
    body: &[Finding],
    body_tokens: usize,
    config: &Config,
) -> Density {
    let h = density_of(headline, headline_tokens, config);
    let b = density_of(body, body_tokens, config);
    Density {
        headline: round3(h),
        body: round3(b),
        ratio: (b > 0.0).then(|| round3(h / b)),
        headline_tokens,
        body_tokens,
    }
}

/// Counted loaded-term findings per category (not suppressed, not notes).
pub fn counts_by_category(findings: &[Finding]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.counts() && f.kind == FindingKind::LoadedTerm)
    {
        *counts.entry(f.category.clone()).or_insert(0) += 1;
    }
    counts
}

/// Verbs of demanding whose addressee is followed by the act demanded: "urged X to …",
/// "called on X to …".
const DEMANDS: &[&str] = &[
    "appealed", "asked", "asks", "begged", "called", "calls", "demanded", "demands", "implored",
    "pressed", "urged", "urges", "urging",
];

/// How far before the "to" a verb of demanding may stand: the addressee between ("called on the
/// Obamas to").
const DEMAND_REACH: usize = 6;

/// Whether the verb at token `t` is the infinitive of a reported demand: right after a "to"
/// that is itself in attributed words, with a verb of demanding shortly before ("urged the
/// Obamas to *rebuke* the group"; not "used his speech to take aim at").
fn demanded_of_another(view: &FieldView, t: usize) -> bool {
    let tokens = &view.seg.tokens;
    let sentence = tokens[t].sentence;
    t > 0
        && tokens[t - 1].sentence == sentence
        && tokens[t - 1].voice == Voice::Attributed
        && view.seg.lower_at(t - 1) == "to"
        && (t.saturating_sub(1 + DEMAND_REACH)..t - 1)
            .any(|k| tokens[k].sentence == sentence && DEMANDS.contains(&view.seg.lower_at(k)))
}

#[cfg(test)]
mod tests {
    use crate::vocab::{Finding, Location, Tier, Voice};
    use crate::{Analyzer, Article};

    fn findings(headline: &str, body: &str) -> Vec<Finding> {
        let analyzer = Analyzer::with_defaults().unwrap();
        analyzer
            .analyze(&Article::from_parts("t", Some(headline), body))
            .findings
    }

    fn find<'a>(all: &'a [Finding], location: Location, text: &str) -> Option<&'a Finding> {
        all.iter()
            .find(|f| f.location == location && f.text.eq_ignore_ascii_case(text))
    }

    #[test]
    fn a_headline_reporting_verb_after_its_actor_is_no_claim() {
        // "urges" is an emphatic reporting verb, a note: after its actor it is dropped.
        let all = findings(
            "Minister Urges Calm After Floods",
            "The minister spoke on Monday.",
        );
        assert!(find(&all, Location::Headline, "Urges").is_none(), "{all:?}");
        let all = findings("Experts warn of drought", "Rain fell on Monday.");
        assert!(find(&all, Location::Headline, "warn").is_none(), "{all:?}");
        // A hostile verb dramatises whoever the actor is: "Slams" stays a finding, and
        // "Excoriates", a note in the lexicon, stays a note rather than being dropped.
        let all = findings("Mayor Slams Critics", "The mayor spoke on Monday.");
        let slams = find(&all, Location::Headline, "Slams").expect("slams is shown");
        assert_eq!(slams.tier, Tier::Finding);
        assert!(slams.counts());
        let all = findings("Pilger Excoriates Media", "He spoke on Monday.");
        let excoriates = find(&all, Location::Headline, "Excoriates").expect("shown");
        assert_eq!(excoriates.tier, Tier::Note);
        // A passive names its target first: the word is the outlet's description.
        let all = findings(
            "Senator Slammed by Party Over Budget Deal",
            "The vote was Monday.",
        );
        let slammed = find(&all, Location::Headline, "Slammed").expect("slammed is shown");
        assert!(slammed.counts(), "{slammed:?}");
    }

    #[test]
    fn a_term_inside_an_opposing_compound_is_not_matched() {
        let body = "The anti-fascist movement marched. A counter-fascist group and a \
                    non-fascist party met. Critics called the rally fascist.";
        let all = findings("Groups march in the capital", body);
        let hits: Vec<&str> = all
            .iter()
            .filter(|f| f.location == Location::Body)
            .map(|f| f.text.as_str())
            .collect();
        // Only the free-standing word: the compounds name its opposite.
        assert_eq!(hits, ["fascist"], "{all:?}");
        assert!(all
            .iter()
            .all(|f| f.span.start > body.find("rally").unwrap()));
    }

    #[test]
    fn a_bare_reporting_verb_opening_a_sentence_reports_no_speech() {
        let all = findings(
            "Nine steps for the campaign",
            "Ridicule the enemy. Ridicule is a potent weapon. The senator ridiculed the plan.",
        );
        let body: Vec<&str> = all
            .iter()
            .filter(|f| f.location == Location::Body)
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(body, ["ridiculed"], "{all:?}");
    }

    #[test]
    fn a_participle_opening_a_headline_stays_the_outlets() {
        let all = findings("Slamming Critics, Mayor Vows to Build", "The mayor spoke.");
        let slamming = find(&all, Location::Headline, "Slamming").expect("found");
        assert_eq!(slamming.tier, Tier::Finding);
        // After a name alone it is still the outlet's description.
        let all = findings("Blinken, Slamming Beijing, Flies Home", "He spoke.");
        let slamming = find(&all, Location::Headline, "Slamming").expect("found");
        assert_eq!(slamming.tier, Tier::Finding);
    }

    #[test]
    fn a_participle_after_a_clause_with_its_actor_reports_speech() {
        // "Pledging" (a note) after "Christie Announces Run," is the headline's report of
        // what he said; "Slamming" (a finding) stays one: a hostile verb dramatises.
        let all = findings(
            "Christie Announces Run, Pledging Truth About Woes",
            "He spoke in Livingston.",
        );
        assert!(
            find(&all, Location::Headline, "Pledging").is_none(),
            "{all:?}"
        );
        let all = findings("Mayor Rejects Plan, Slamming Council", "The mayor spoke.");
        let slamming = find(&all, Location::Headline, "Slamming").expect("shown");
        assert_eq!(slamming.tier, Tier::Finding);
    }

    #[test]
    fn an_initialism_is_an_actor_before_its_reporting_verb() {
        let all = findings("U.S. warns of attacks in China", "The department spoke.");
        assert!(find(&all, Location::Headline, "warns").is_none(), "{all:?}");
        // In capitals, "WHO" is the organisation, not the pronoun.
        let all = findings("In Congo, WHO Warns Of Rising Cases", "The agency spoke.");
        assert!(find(&all, Location::Headline, "Warns").is_none(), "{all:?}");
    }

    #[test]
    fn the_act_a_speaker_demands_is_in_the_speakers_words() {
        let found = findings(
            "Palin answers the group",
            "Palin called on the Obamas to rebuke the group for its resolution.",
        );
        let rebuke = found.iter().find(|f| f.text == "rebuke").unwrap();
        assert_eq!(rebuke.voice, Voice::Attributed);
        // The writer's own verb of saying stays the writer's choice.
        let found = findings(
            "Palin answers the group",
            "Palin rebuked the group on Monday.",
        );
        let rebuked = found.iter().find(|f| f.text == "rebuked").unwrap();
        assert_eq!(rebuked.voice, Voice::Outlet);
    }

    #[test]
    fn a_reporting_verb_inside_an_embedded_post_is_the_posters() {
        let found = findings(
            "Lawyer donated to Democrats",
            "She is a donor.\nThe lawyer representing the woman slamming the judge donated thousands!\npic.twitter.com/WK5XYT \u{2014} Jacob W (@JacobW) September 17, 2018\nThe group said it is non-partisan.",
        );
        let slamming = found.iter().find(|f| f.text == "slamming").unwrap();
        assert_eq!(slamming.voice, Voice::Attributed);
    }

    #[test]
    fn a_quoted_headline_term_is_a_note() {
        let found = findings(
            "Trump Attacks Justice Department As 'Deep State,' Calls For Jailing Aide",
            "The president spoke on Friday.",
        );
        let deep = found.iter().find(|f| f.text == "Deep State").unwrap();
        assert_eq!(deep.voice, Voice::Quoted);
        assert_eq!(deep.tier, Tier::Note);
        // Unquoted, the same label is the outlet's claim.
        let found = findings(
            "Trump Attacks Justice Department As Deep State",
            "The president spoke on Friday.",
        );
        let deep = found.iter().find(|f| f.text == "Deep State").unwrap();
        assert_eq!(deep.tier, Tier::Finding);
        // A quoted word of little weight is dropped.
        let found = findings(
            "Cardinal: blessing for unions is 'truly sacrilegious'",
            "The cardinal spoke on Friday.",
        );
        assert!(!found.iter().any(|f| f.text == "truly"), "{found:?}");
    }

    #[test]
    fn a_headline_hedge_is_caution_not_a_flag() {
        // An editor panel judged headline hedges ("End Could Be Near", "Hints At") false
        // alarms: caution is not loaded language, and not a style note either.
        let all = findings("Strike could spread to other ports", "The strike went on.");
        assert!(find(&all, Location::Headline, "could").is_none());
        // In the body, the writer's hedge is still a note.
        let all = findings("Strike", "The strike could spread to other ports.");
        let could = find(&all, Location::Body, "could").expect("could is shown");
        assert_eq!(could.tier, Tier::Note);
    }

    #[test]
    fn a_verb_of_saying_for_what_was_not_said_is_no_flag() {
        let all = findings(
            "Congressman Appeared With Farrakhan, Won't Condemn",
            "The senator did not slam the company. She refused to condemn the group. The mayor slammed the council.",
        );
        assert!(find(&all, Location::Headline, "Condemn").is_none());
        assert!(find(&all, Location::Body, "slam").is_none());
        assert!(find(&all, Location::Body, "condemn").is_none());
        assert!(find(&all, Location::Body, "slammed").is_some());
        let all = findings(
            "Agency",
            "The agency doesn't admit that there is a war going on.",
        );
        assert!(find(&all, Location::Body, "admit").is_some());
        let all = findings(
            "Report",
            "The report not only slams the director, it names him.",
        );
        assert!(find(&all, Location::Body, "slams").is_some());
    }

    #[test]
    fn a_verb_of_saying_after_a_possessive_is_a_noun() {
        // "the victims’ claims": a possessive owns a noun, and a noun reports no speech.
        let body = "After envoys backed up victims\u{2019} claims, the bishops resigned. He rejected the bishop\u{2019}s claims. The bishop claims that the envoys lied.";
        let all = findings("Church leaders resign", body);
        let claims: Vec<&Finding> = all.iter().filter(|f| f.text.starts_with("claim")).collect();
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert!(body[claims[0].span.start..].starts_with("claims that"));
        // A participle after a possessive is an adjective and keeps its doubt.
        let all = findings(
            "Church leaders resign",
            "The bishop\u{2019}s professed love of reform is new.",
        );
        assert!(find(&all, Location::Body, "professed").is_some(), "{all:?}");
    }

    #[test]
    fn an_implicative_in_a_supposition_or_under_a_modal_asserts_no_failure() {
        let all = findings(
            "Agency and the files",
            "The agency could refuse to release the files. If the agency fails to release them, the court will act. The agency refused to release the files on Monday.",
        );
        let implicatives: Vec<&str> = all
            .iter()
            .filter(|f| f.role == Some(crate::vocab::Role::Implicative))
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(implicatives, ["refused to"]);
    }

    #[test]
    fn a_verb_of_saying_or_hedge_inside_a_quotation_is_no_note() {
        let all = findings(
            "Host leaves studio",
            "He said, \"We may have to stop accusing people.\" The host reportedly left.",
        );
        assert!(find(&all, Location::Body, "may").is_none());
        assert!(find(&all, Location::Body, "accusing").is_none());
        let left = find(&all, Location::Body, "reportedly").expect("the writer's hedge is shown");
        assert_eq!(left.tier, Tier::Note);
    }

    #[test]
    fn notes_are_shown_but_not_counted_in_densities() {
        let analyzer = Analyzer::with_defaults().unwrap();
        // "reportedly" is a hedge (a note), "floundering" a loaded word (a finding).
        let report = analyzer.analyze(&Article::from_parts(
            "t",
            None,
            "The minister reportedly resigned on Monday.",
        ));
        let hedge = report
            .findings
            .iter()
            .find(|f| f.text == "reportedly")
            .expect("the hedge is shown");
        assert!(hedge.is_note());
        assert_eq!(report.density.body, 0.0);
        assert!(report.counts.is_empty(), "{:?}", report.counts);
        let report = analyzer.analyze(&Article::from_parts(
            "t",
            None,
            "The minister was floundering on Monday.",
        ));
        assert!(report.density.body > 0.0);
    }
}
