//! Who sees what: one pure function per audience, and every output is built
//! from one of them (tested natively in `tests/audience.rs`).
//!
//! | audience     | built by              | what it holds                                         | drawn by |
//! |--------------|-----------------------|-------------------------------------------------------|----------|
//! | facilitator  | the [`Plan`] itself   | everything                                            | the editor, the caseworker's printout |
//! | wall         | [`Plan::for_wall`]    | no private items or people, no caseworker-only notes, only the parts of a child's voice the child shared | presentation mode |
//! | family       | [`Plan::for_family`]  | a [`SharedPlan`]: what the family view shows, nothing more | share link, QR code, family view, phone copy, family printout, .ics |
//! | one person   | [`Plan::for_person`]  | the family's plan with only that person's tasks (done or checked) | that person's link and everything it opens |
//! | a provider   | [`super::referral::referrals`] | that provider's services (need, goal, how often, where, how long, known barriers), the family's name and language, children's first names, the caseworker; nothing private | the referral sheets |
//!
//! Private items and people go from every audience but the facilitator, with
//! what only concerns them (their strengths, tasks only they do, their crisis
//! steps and "who to call" entries). Caseworker-only notes go from the wall
//! and the family: reluctance to include someone and how it was addressed (the
//! person may be the one reading), the child's own words about sharing, and
//! where a child lives (a placement can be confidential). The family's plan
//! also leaves out what the room needed but the family view does not show:
//! ground rules, the meeting's place and facilitator, what each person did to
//! help, referral dates, the worry scale and disagreements, and the +/Δ.

use std::collections::HashSet;

use super::history;
use super::plan::{ChildVoice, ItemId, Plan, VoiceBox, VoicePart, VoiceSharing};
use super::shared_plan::*;

/// A short, stable number for a plan id (FNV-1a), so copies of one plan can be
/// recognised without the id itself leaving the device.
pub fn plan_ref(id: &str) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &b in id.as_bytes() {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// A child's voice with only the parts the child agreed to share (the rest,
/// and the child's own words about sharing, emptied).
fn only_shared(voice: &ChildVoice) -> ChildVoice {
    let mut v = voice.clone();
    v.sharing_choice.clear();
    for (part, _) in VoiceSharing::PARTS {
        if !v.sharing.get(part) {
            voice_part_texts_mut(&mut v, part)
                .into_iter()
                .for_each(String::clear);
        }
    }
    v
}

/// What the family receives of a child's voice.
fn shared_voice(voice: &ChildVoice) -> SharedVoice {
    let v = only_shared(voice);
    SharedVoice {
        story: v.story,
        wished_ending: v.wished_ending,
        story_now: v.story_now,
        plan_now: v.plan_now,
        boxes: v.boxes,
        own_words: v.own_words,
        wants_from_plan: v.wants_from_plan,
        own_goals: v.own_goals,
        safety_plan: v.safety_plan,
    }
}

/// Which texts of a child's voice belong to a part.
pub fn voice_part_texts(voice: &ChildVoice, part: VoicePart) -> Vec<&str> {
    match part {
        VoicePart::Story => vec![
            &voice.story,
            &voice.wished_ending,
            &voice.story_now,
            &voice.plan_now,
        ],
        VoicePart::Boxes => voice
            .boxes
            .iter()
            .flat_map(|b: &VoiceBox| [b.label.as_str(), b.words.as_str()])
            .collect(),
        VoicePart::OwnWords => vec![&voice.own_words, &voice.wants_from_plan],
        VoicePart::Goals => vec![&voice.own_goals],
        VoicePart::SafetyPlan => vec![&voice.safety_plan],
    }
}

/// The same texts as [`voice_part_texts`], to change them.
fn voice_part_texts_mut(voice: &mut ChildVoice, part: VoicePart) -> Vec<&mut String> {
    match part {
        VoicePart::Story => vec![
            &mut voice.story,
            &mut voice.wished_ending,
            &mut voice.story_now,
            &mut voice.plan_now,
        ],
        VoicePart::Boxes => voice
            .boxes
            .iter_mut()
            .flat_map(|b| [&mut b.label, &mut b.words])
            .collect(),
        VoicePart::OwnWords => vec![&mut voice.own_words, &mut voice.wants_from_plan],
        VoicePart::Goals => vec![&mut voice.own_goals],
        VoicePart::SafetyPlan => vec![&mut voice.safety_plan],
    }
}

/// At most this many "what's new" lines travel in a link (the last one says
/// how many more changes there are).
pub const WHATS_NEW_LINES: usize = 8;

/// Every item id in a plan (each item's `id` field, wherever it is).
fn item_ids(plan: &Plan) -> HashSet<ItemId> {
    fn walk(value: &serde_json::Value, out: &mut HashSet<ItemId>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(id) = map.get("id").and_then(|v| v.as_u64()) {
                    out.extend(ItemId::try_from(id).ok());
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    if let Ok(value) = serde_json::to_value(plan) {
        walk(&value, &mut out);
    }
    out
}

/// What a family link leaves out, for the share page to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Withheld {
    /// Items and people marked private.
    pub private_items: usize,
    /// Team members with notes on reluctance (caseworker only).
    pub reluctance_notes: usize,
    /// Parts of a child's voice with words in them that the child did not share:
    /// (child's name, part).
    pub child_parts: Vec<(String, VoicePart)>,
    /// A note of what was done to reach the children's father (caseworker only).
    pub father_outreach: bool,
}

impl Plan {
    /// What may be projected in the room: no private items or people, no
    /// caseworker-only notes, and of each child's voice only what they shared.
    pub fn for_wall(&self) -> Plan {
        let mut plan = self.without_private();
        plan.meeting.father_outreach.clear();
        for m in &mut plan.team {
            m.reluctance.clear();
            m.reluctance_addressed.clear();
        }
        for child in &mut plan.children {
            child.living_with.clear();
            child.home_safety = crate::domain::HomeSafety::NotAssessed;
            child.voice = only_shared(&child.voice);
        }
        // What a referral tells a provider stays off the wall (K2, D7).
        for service in plan.goals.iter_mut().flat_map(|g| g.services.iter_mut()) {
            service.need.clear();
            service.barriers.clear();
        }
        // A review's notes stay with the caseworker; its successes are
        // celebrated in the room (S3).
        plan.clear_review_notes();
        plan.progress = crate::domain::ProgressReview {
            successes: std::mem::take(&mut plan.progress.successes),
            ..Default::default()
        };
        plan
    }

    /// What a family link carries, and so what the family view, the family
    /// printout, a phone copy and the calendar show.
    pub fn for_family(&self) -> SharedPlan {
        let p = self.without_private();
        SharedPlan {
            plan_ref: plan_ref(&self.id),
            family_name: p.family_name.clone(),
            meeting: SharedMeeting {
                kind: p.meeting.kind,
                date: p.meeting.date,
                purpose: p.meeting.purpose.clone(),
            },
            children: p
                .children
                .iter()
                .map(|c| SharedChild {
                    name: c.name.clone(),
                    age: c.age,
                    voice: shared_voice(&c.voice),
                })
                .collect(),
            team: p
                .team
                .iter()
                .map(|m| SharedMember {
                    id: m.id,
                    name: m.name.clone(),
                    role: m.role,
                    relation: m.relation.clone(),
                    contact: m.contact.clone(),
                })
                .collect(),
            strengths: p
                .strengths
                .iter()
                .map(|s| SharedStrength {
                    whose: s.whose,
                    text: s.text.clone(),
                    past_success: s.past_success,
                })
                .collect(),
            worries: p
                .worries
                .iter()
                .map(|w| SharedWorry {
                    text: w.text.clone(),
                    safety: w.safety,
                })
                .collect(),
            goals: p
                .goals
                .iter()
                .map(|g| SharedGoal {
                    domain: g.domain,
                    outcome: g.outcome.clone(),
                    statement: g.statement.clone(),
                    tasks: g
                        .tasks
                        .iter()
                        .map(|t| SharedTask {
                            id: t.id,
                            who: t.who.clone(),
                            who_other: t.who_other.clone(),
                            what: t.what.clone(),
                            place: t.place.clone(),
                            by_when: t.by_when,
                            when_text: t.when_text.clone(),
                            checker: t.checker,
                            checker_other: t.checker_other.clone(),
                            status: t.status,
                        })
                        .collect(),
                    services: g
                        .services
                        .iter()
                        .map(|s| SharedService {
                            provider: s.provider.clone(),
                            service: s.service.clone(),
                            frequency: s.frequency.clone(),
                            intensity: s.intensity.clone(),
                            location: s.location.clone(),
                            duration: s.duration.clone(),
                            start: s.start,
                        })
                        .collect(),
                })
                .collect(),
            crisis: SharedCrisis {
                worst_case: p.crisis.worst_case.clone(),
                warning_signs: p
                    .crisis
                    .warning_signs
                    .iter()
                    .map(|i| i.text.clone())
                    .collect(),
                prevent: p.crisis.prevent.iter().map(|i| i.text.clone()).collect(),
                respond: p
                    .crisis
                    .respond
                    .iter()
                    .map(|s| SharedCrisisStep {
                        who: s.who,
                        who_other: s.who_other.clone(),
                        what: s.what.clone(),
                    })
                    .collect(),
                contacts: p
                    .crisis
                    .contacts
                    .iter()
                    .map(|c| SharedContact {
                        member: c.member,
                        name: c.name.clone(),
                        phone: c.phone.clone(),
                        why: c.why.clone(),
                    })
                    .collect(),
                plan_b: p.crisis.plan_b.clone(),
            },
            closure: p
                .closure
                .iter()
                .map(|c| SharedClosure {
                    category: c.category,
                    text: c.text.clone(),
                    met: c.met,
                })
                .collect(),
            permanency: p.permanency.clone(),
            agreements: SharedAgreements {
                agreed_by: p.agreements.agreed_by.clone(),
                family_words: p.agreements.family_words.clone(),
                how_we_can_help: p.agreements.how_we_can_help.clone(),
            },
            next_meeting: p.next_meeting.clone(),
            shared_for: None,
            first_made: history::first_meeting_date(self)
                .filter(|first| !self.history.is_empty() && Some(*first) != self.meeting.date),
            whats_new: self.whats_new(None),
            successes: p
                .progress
                .successes
                .iter()
                .map(|s| s.text.clone())
                .filter(|t| !t.trim().is_empty())
                .collect(),
            aftercare: SharedAftercare {
                closure_date: p.aftercare.closure_date,
                items: p
                    .aftercare
                    .items
                    .iter()
                    .map(|i| SharedAftercareItem {
                        support: i.support.clone(),
                        who: i.who.clone(),
                        start: i.start,
                    })
                    .collect(),
            },
            language: self.language,
        }
    }

    /// One person's link: the family's plan with only the tasks this person
    /// does or checks. `None` for someone who is not shared (private, or not
    /// on the team).
    pub fn for_person(&self, member: ItemId) -> Option<SharedPlan> {
        let mut shared = self.for_family();
        shared.member(member)?;
        for goal in &mut shared.goals {
            goal.tasks
                .retain(|t| t.who.contains(&member) || t.checker == Some(member));
        }
        shared.shared_for = Some(member);
        shared.whats_new = self.whats_new(Some(member));
        Some(shared)
    }

    /// "What's new since last time" on a link, in the plan's language.
    ///
    /// Only what the link may show: the earlier meeting and this one are
    /// both seen without their private items, and a line about an item
    /// that is still on the plan but withheld now (made private since, or
    /// about a person made private) is left out, so "removed" never quotes
    /// it. On one person's link (`person`), which leaves out the tasks of
    /// others, lines about tasks (added, removed, changed, progress) are kept
    /// only for tasks this person does or checks, now or, for a task since
    /// removed, at the last meeting; every other line is about the team,
    /// goals, services, the crisis plan or closure, which that link carries
    /// whole.
    fn whats_new(&self, person: Option<ItemId>) -> Vec<String> {
        let Some(last) = history::last_meeting(self) else {
            return Vec::new();
        };
        let withheld_now = self.withheld_ids();
        let mut changes = history::diff(&last.without_private(), &self.without_private());
        changes.progress.retain(|p| !withheld_now.contains(&p.id));
        changes.changes.retain(|c| !withheld_now.contains(&c.id));
        if let Some(member) = person {
            let theirs = |plan: &Plan, id: ItemId| {
                plan.goals
                    .iter()
                    .flat_map(|g| &g.tasks)
                    .any(|t| t.id == id && (t.who.contains(&member) || t.checker == Some(member)))
            };
            changes
                .progress
                .retain(|p| theirs(self, p.id) || theirs(last, p.id));
            changes.changes.retain(|c| {
                c.area != history::Area::Task || theirs(self, c.id) || theirs(last, c.id)
            });
        }
        history::cap_lines(
            history::describe(&changes, self.language),
            WHATS_NEW_LINES,
            self.language,
        )
    }

    /// Ids of the items on this meeting's plan that a link leaves out.
    fn withheld_ids(&self) -> HashSet<ItemId> {
        let current = Plan {
            history: Vec::new(),
            events: Vec::new(),
            ..self.clone()
        };
        let shared = item_ids(&self.without_private());
        let mut ids = item_ids(&current);
        ids.retain(|id| !shared.contains(id));
        ids
    }

    /// What a family link leaves out.
    pub fn withheld(&self) -> Withheld {
        let shared_members: Vec<ItemId> = self
            .team
            .iter()
            .filter(|m| !m.private)
            .map(|m| m.id)
            .collect();
        Withheld {
            private_items: self.private_count(),
            reluctance_notes: self
                .team
                .iter()
                .filter(|m| shared_members.contains(&m.id))
                .filter(|m| {
                    !m.reluctance.trim().is_empty() || !m.reluctance_addressed.trim().is_empty()
                })
                .count(),
            child_parts: self
                .children
                .iter()
                .filter(|c| !c.private)
                .flat_map(|c| {
                    VoiceSharing::PARTS.iter().filter_map(move |(part, _)| {
                        let said = voice_part_texts(&c.voice, *part)
                            .iter()
                            .any(|t| !t.trim().is_empty());
                        (said && !c.voice.sharing.get(*part)).then(|| (c.name.clone(), *part))
                    })
                })
                .collect(),
            father_outreach: !self.meeting.father_outreach.trim().is_empty(),
        }
    }
}
