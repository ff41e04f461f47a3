//! Referral sheets for providers (K2, D7): what each provider is asked to do
//! for the family, built from the plan.
//!
//! One [`Referral`] per provider (names compared trimmed and case-blind),
//! holding only that provider's services. Nothing private goes on a sheet:
//! no private service, no service of a private goal, no private child or team
//! member, and none of the caseworker-only notes (review notes, reluctance,
//! where a child lives, the worries' words, the children's voice). What a
//! referral must carry (the family's need from the service and the barriers
//! known when referring) goes only to that service's provider. Services with
//! no provider named are listed apart ([`needing_provider`]) for the
//! caseworker to complete.

use chrono::NaiveDate;
use serde::Serialize;

use super::plan::{Goal, ItemId, Language, Plan, Role, Service};

/// A piece of a clear referral that the plan does not say yet (D7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralField {
    /// What the family needs from the service.
    Need,
    /// The goal's SMART statement (the behavioural goal).
    Goal,
    Frequency,
    Intensity,
    Location,
    /// How long the service lasts.
    Duration,
    /// Barriers known when referring (or a word that there are none).
    Barriers,
}

impl ReferralField {
    pub const ALL: [ReferralField; 7] = [
        ReferralField::Need,
        ReferralField::Goal,
        ReferralField::Frequency,
        ReferralField::Intensity,
        ReferralField::Location,
        ReferralField::Duration,
        ReferralField::Barriers,
    ];
}

/// A child as a provider may know them: first name and age.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReferralChild {
    pub first_name: String,
    pub age: Option<u8>,
}

/// Whom the provider reports to: the family's caseworker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReferralContact {
    pub name: String,
    /// How to reach them (empty when the plan doesn't say).
    pub contact: String,
}

/// One service as the provider is asked for it. Texts are trimmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReferredService {
    pub id: ItemId,
    pub service: String,
    /// What the family needs from this service.
    pub need: String,
    /// The behavioural goal: the goal's SMART statement …
    pub goal_statement: String,
    /// … and the outcome in the family's words.
    pub goal_outcome: String,
    pub frequency: String,
    pub intensity: String,
    pub location: String,
    pub duration: String,
    pub start: Option<NaiveDate>,
    pub referral_date: Option<NaiveDate>,
    /// Barriers known when referring.
    pub barriers: String,
    /// What a clear referral still lacks (for the caseworker, not printed).
    pub missing: Vec<ReferralField>,
}

/// One provider's referral sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Referral {
    /// The first service's id: a stable anchor for the sheet.
    pub id: ItemId,
    /// The provider's name as first written in the plan (trimmed).
    pub provider: String,
    pub family_name: String,
    /// The family's language (a provider needs to know it).
    pub language: Language,
    /// The children who are not private.
    pub children: Vec<ReferralChild>,
    pub caseworker: Option<ReferralContact>,
    /// When the team meets next (the provider is welcome to report progress).
    pub next_meeting: Option<NaiveDate>,
    /// This provider's services, in plan order.
    pub services: Vec<ReferredService>,
}

impl Referral {
    /// Every piece still missing over this sheet's services (each once, in
    /// [`ReferralField::ALL`] order).
    pub fn missing(&self) -> Vec<ReferralField> {
        ReferralField::ALL
            .into_iter()
            .filter(|f| self.services.iter().any(|s| s.missing.contains(f)))
            .collect()
    }
}

/// The key providers are grouped by: trimmed, inner spaces collapsed, case-blind.
pub fn provider_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The plan's services that may go to a provider: not private, in a goal
/// that is not private; with their goal, in plan order.
fn shareable_services(plan: &Plan) -> impl Iterator<Item = (&Goal, &Service)> {
    plan.goals
        .iter()
        .filter(|g| !g.private)
        .flat_map(|g| g.services.iter().map(move |s| (g, s)))
        .filter(|(_, s)| !s.private)
}

fn trimmed(text: &str) -> String {
    text.trim().to_string()
}

/// What a clear referral for `service` (a service of `goal`) still lacks, in
/// [`ReferralField::ALL`] order (K2, D7; the fidelity checklist's D7 too).
pub fn missing_fields(goal: &Goal, service: &Service) -> Vec<ReferralField> {
    ReferralField::ALL
        .into_iter()
        .filter(|f| {
            match f {
                ReferralField::Need => &service.need,
                ReferralField::Goal => &goal.statement,
                ReferralField::Frequency => &service.frequency,
                ReferralField::Intensity => &service.intensity,
                ReferralField::Location => &service.location,
                ReferralField::Duration => &service.duration,
                ReferralField::Barriers => &service.barriers,
            }
            .trim()
            .is_empty()
        })
        .collect()
}

/// A service as its referral shows it.
fn referred(goal: &Goal, s: &Service) -> ReferredService {
    let mut out = ReferredService {
        id: s.id,
        service: trimmed(&s.service),
        need: trimmed(&s.need),
        goal_statement: trimmed(&goal.statement),
        goal_outcome: trimmed(&goal.outcome),
        frequency: trimmed(&s.frequency),
        intensity: trimmed(&s.intensity),
        location: trimmed(&s.location),
        duration: trimmed(&s.duration),
        start: s.start,
        referral_date: s.referral_date,
        barriers: trimmed(&s.barriers),
        missing: Vec::new(),
    };
    out.missing = missing_fields(goal, s);
    out
}

/// The family's caseworker: the first team member with the caseworker's role
/// who is not private, or else the meeting's facilitator.
fn caseworker(plan: &Plan) -> Option<ReferralContact> {
    plan.team
        .iter()
        .find(|m| m.role == Role::Caseworker && !m.private && !m.name.trim().is_empty())
        .map(|m| ReferralContact {
            name: trimmed(&m.name),
            contact: trimmed(&m.contact),
        })
        .or_else(|| {
            let name = plan.meeting.facilitator.trim();
            (!name.is_empty()).then(|| ReferralContact {
                name: name.to_string(),
                contact: String::new(),
            })
        })
}

/// One referral sheet per provider named on a shareable service, in the
/// order providers first appear in the plan.
pub fn referrals(plan: &Plan) -> Vec<Referral> {
    let children: Vec<ReferralChild> = plan
        .children
        .iter()
        .filter(|c| !c.private)
        .filter_map(|c| {
            c.name.split_whitespace().next().map(|first| ReferralChild {
                first_name: first.to_string(),
                age: c.age,
            })
        })
        .collect();
    let contact = caseworker(plan);
    let mut sheets: Vec<(String, Referral)> = Vec::new();
    for (goal, service) in shareable_services(plan) {
        let key = provider_key(&service.provider);
        if key.is_empty() {
            continue;
        }
        let at = match sheets.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                sheets.push((
                    key,
                    Referral {
                        id: service.id,
                        provider: trimmed(&service.provider),
                        family_name: trimmed(&plan.family_name),
                        language: plan.language,
                        children: children.clone(),
                        caseworker: contact.clone(),
                        next_meeting: plan.next_meeting.date,
                        services: Vec::new(),
                    },
                ));
                sheets.len() - 1
            }
        };
        sheets[at].1.services.push(referred(goal, service));
    }
    sheets.into_iter().map(|(_, sheet)| sheet).collect()
}

/// Shareable services with no provider named yet: no sheet can be made for
/// them until one is.
pub fn needing_provider(plan: &Plan) -> Vec<ReferredService> {
    shareable_services(plan)
        .filter(|(_, s)| provider_key(&s.provider).is_empty())
        .map(|(g, s)| referred(g, s))
        .collect()
}

/// The id of the sheet that carries service `service`, if it has one.
pub fn sheet_of(plan: &Plan, service: ItemId) -> Option<ItemId> {
    referrals(plan)
        .into_iter()
        .find(|r| r.services.iter().any(|s| s.id == service))
        .map(|r| r.id)
}
