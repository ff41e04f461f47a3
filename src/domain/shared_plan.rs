//! The plan as the family receives it: what a share link carries, what the
//! family view, the family printout, a phone copy and the .ics are drawn from.
//!
//! Every text field here is shown by the family view (`src/ui/family/`); a field
//! the view does not show has no place here, so it can never travel in a link.
//! The only values not shown as such are numbers: team member and task ids (so
//! tasks can name people, and calendar entries stay the same across exports)
//! and `plan_ref`, a hash of the caseworker's plan id that tells copies of the
//! same plan apart on a phone without carrying the id itself.
//!
//! Built only by [`crate::domain::audience`]; a test (`tests/audience.rs`)
//! checks field by field what reaches it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::i18n::family::{join_with_and, SharedPlanText};
use super::i18n::fill;
use super::plan::{
    ClosureCategory, Domain, ItemId, Language, MeetingKind, NextMeeting, Permanency, Role,
    TaskStatus, VoiceBox, Whose,
};

/// The family's plan (a family link, or one person's link when `shared_for` is set).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedPlan {
    /// FNV-1a of the caseworker's plan id: the same plan gives the same number.
    pub plan_ref: u32,
    pub family_name: String,
    pub meeting: SharedMeeting,
    pub children: Vec<SharedChild>,
    pub team: Vec<SharedMember>,
    pub strengths: Vec<SharedStrength>,
    pub worries: Vec<SharedWorry>,
    pub goals: Vec<SharedGoal>,
    pub crisis: SharedCrisis,
    pub closure: Vec<SharedClosure>,
    pub permanency: Permanency,
    pub agreements: SharedAgreements,
    pub next_meeting: NextMeeting,
    /// One person's link: the team member it was made for (only their tasks travel).
    pub shared_for: Option<ItemId>,
    /// When the plan was first made together, at an earlier meeting of the
    /// case (`None` when it was made at this one, or no earlier meeting has
    /// a date: a link then pays nothing for it). Codec version 4 on.
    pub first_made: Option<NaiveDate>,
    /// "What's new since last time": one plain sentence each, in the plan's
    /// language, nothing private (empty at a first meeting).
    pub whats_new: Vec<String>,
    /// Successes since last time, celebrated (S3).
    pub successes: Vec<String>,
    /// Supports that go on after the case closes (K6).
    pub aftercare: SharedAftercare,
    /// The family's language: what the family view, printout and .ics are
    /// written in. A link carries it before its compressed stream (it picks
    /// the primer), so the wire form leaves it out; version 1 and 2 links
    /// are English. Keep it last (see `share/wire.rs`).
    pub language: super::plan::Language,
}

/// The aftercare plan as the family reads it: when the case should close, and
/// what goes on after.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedAftercare {
    pub closure_date: Option<NaiveDate>,
    pub items: Vec<SharedAftercareItem>,
}

impl SharedAftercare {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedAftercareItem {
    pub support: String,
    pub who: String,
    pub start: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedMeeting {
    pub kind: MeetingKind,
    pub date: Option<NaiveDate>,
    pub purpose: String,
}

/// A child, with the parts of their voice they agreed to share (empty otherwise).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedChild {
    pub name: String,
    pub age: Option<u8>,
    pub voice: SharedVoice,
}

/// Only what the child chose to share with the family; every other field is empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedVoice {
    pub story: String,
    pub wished_ending: String,
    pub story_now: String,
    pub plan_now: String,
    /// The three boxes (label as the child named it, empty for the usual one).
    pub boxes: [VoiceBox; 3],
    pub own_words: String,
    pub wants_from_plan: String,
    pub own_goals: String,
    pub safety_plan: String,
}

impl SharedVoice {
    /// True when the child shared nothing (or said nothing yet).
    pub fn is_empty(&self) -> bool {
        self.texts().iter().all(|t| t.trim().is_empty())
    }

    /// True when the child shared anything besides their safety plan.
    pub fn shares_more_than_safety_plan(&self) -> bool {
        SharedVoice {
            safety_plan: String::new(),
            ..self.clone()
        }
        .texts()
        .iter()
        .any(|t| !t.trim().is_empty())
    }

    /// Every text in the shared voice.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![
            self.story.as_str(),
            &self.wished_ending,
            &self.story_now,
            &self.plan_now,
            &self.own_words,
            &self.wants_from_plan,
            &self.own_goals,
            &self.safety_plan,
        ];
        for b in &self.boxes {
            out.push(&b.label);
            out.push(&b.words);
        }
        out
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedMember {
    pub id: ItemId,
    pub name: String,
    pub role: Role,
    pub relation: String,
    pub contact: String,
}

impl SharedMember {
    /// The name to show, never empty.
    pub fn display_name(&self) -> &str {
        self.display_name_in(Language::English)
    }

    /// The name to show, never empty; a stand-in in `language` when there is none.
    pub fn display_name_in(&self, language: Language) -> &str {
        let name = self.name.trim();
        if name.is_empty() {
            SharedPlanText::get(language).no_name_yet
        } else {
            name
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedStrength {
    pub whose: Whose,
    pub text: String,
    pub past_success: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedWorry {
    pub text: String,
    pub safety: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedGoal {
    pub domain: Domain,
    pub outcome: String,
    pub statement: String,
    pub tasks: Vec<SharedTask>,
    pub services: Vec<SharedService>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedTask {
    pub id: ItemId,
    pub who: Vec<ItemId>,
    pub who_other: String,
    pub what: String,
    pub place: String,
    pub by_when: Option<NaiveDate>,
    pub when_text: String,
    pub checker: Option<ItemId>,
    pub checker_other: String,
    pub status: TaskStatus,
}

/// A service as the family needs to know it: who, what, where, how often, since when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedService {
    pub provider: String,
    pub service: String,
    pub frequency: String,
    pub intensity: String,
    pub location: String,
    pub duration: String,
    pub start: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedCrisis {
    pub worst_case: String,
    pub warning_signs: Vec<String>,
    pub prevent: Vec<String>,
    pub respond: Vec<SharedCrisisStep>,
    pub contacts: Vec<SharedContact>,
    pub plan_b: String,
}

impl SharedCrisis {
    pub fn is_empty(&self) -> bool {
        self.worst_case.trim().is_empty()
            && self.warning_signs.is_empty()
            && self.prevent.is_empty()
            && self.respond.is_empty()
            && self.contacts.is_empty()
            && self.plan_b.trim().is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedCrisisStep {
    pub who: Option<ItemId>,
    pub who_other: String,
    pub what: String,
}

/// Who to call. For a team member, their name and number come from the team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedContact {
    pub member: Option<ItemId>,
    pub name: String,
    pub phone: String,
    pub why: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedClosure {
    pub category: ClosureCategory,
    pub text: String,
    pub met: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharedAgreements {
    pub agreed_by: Vec<ItemId>,
    pub family_words: String,
    pub how_we_can_help: String,
}

impl SharedPlan {
    /// When the plan was made, in the plan's language: "Made together on Fri,
    /// Nov 20, 2026 (first meeting)" at a first meeting; after a later one,
    /// "First made together on Fri, Nov 20, 2026 · updated at the follow-up
    /// meeting on Fri, Dec 18, 2026". `None` when nothing is dated.
    pub fn made_line(&self) -> Option<String> {
        use super::dates::format_date_in;
        use super::i18n::family::{FamilyViewText, NextDaysText};
        let lang = self.language;
        let kind = self.meeting.kind.label_in(lang).to_lowercase();
        let Some(first) = self.first_made else {
            return self.meeting.date.map(|d| {
                fill(
                    FamilyViewText::get(lang).made_together,
                    &[("date", &format_date_in(d, lang)), ("kind", &kind)],
                )
            });
        };
        let n = NextDaysText::get(lang);
        let updated = match self.meeting.date {
            Some(d) => fill(
                n.updated_on,
                &[("kind", &kind), ("date", &format_date_in(d, lang))],
            ),
            None => fill(n.updated, &[("kind", &kind)]),
        };
        Some(format!(
            "{} · {updated}",
            fill(n.first_made, &[("date", &format_date_in(first, lang))])
        ))
    }

    /// True when this meeting updated a plan first made at an earlier one.
    pub fn is_update(&self) -> bool {
        self.first_made.is_some()
    }

    pub fn member(&self, id: ItemId) -> Option<&SharedMember> {
        self.team.iter().find(|m| m.id == id)
    }

    /// The name of a team member, or a placeholder (in the plan's language)
    /// when they are not in this plan.
    pub fn member_name(&self, id: ItemId) -> &str {
        self.member(id)
            .map(|m| m.display_name_in(self.language))
            .unwrap_or(SharedPlanText::get(self.language).not_in_plan)
    }

    /// Every task with its goal.
    pub fn tasks(&self) -> impl Iterator<Item = (&SharedGoal, &SharedTask)> {
        self.goals
            .iter()
            .flat_map(|g| g.tasks.iter().map(move |t| (g, t)))
    }

    /// The tasks a team member does, by date (undated last).
    pub fn tasks_for(&self, member: ItemId) -> Vec<(&SharedGoal, &SharedTask)> {
        let mut out: Vec<_> = self
            .tasks()
            .filter(|(_, t)| t.who.contains(&member))
            .collect();
        out.sort_by_key(|(_, t)| t.by_when.unwrap_or(NaiveDate::MAX));
        out
    }

    /// The tasks a team member checks on.
    pub fn tasks_checked_by(&self, member: ItemId) -> Vec<(&SharedGoal, &SharedTask)> {
        self.tasks()
            .filter(|(_, t)| t.checker == Some(member))
            .collect()
    }

    /// Every task grouped by who does it, in team order; tasks done by someone
    /// not on the team come last under their name (or "Someone else", in the
    /// plan's language).
    pub fn tasks_by_person(&self) -> Vec<(String, Vec<&SharedTask>)> {
        let mut out: Vec<(String, Vec<&SharedTask>)> = Vec::new();
        for m in &self.team {
            let tasks: Vec<&SharedTask> =
                self.tasks_for(m.id).into_iter().map(|(_, t)| t).collect();
            if !tasks.is_empty() {
                out.push((m.display_name_in(self.language).to_string(), tasks));
            }
        }
        for (_, t) in self.tasks() {
            if t.who.iter().any(|w| self.member(*w).is_some()) {
                continue;
            }
            let name = match t.who_other.trim() {
                "" => SharedPlanText::get(self.language).someone_else.to_string(),
                other => other.to_string(),
            };
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.push(t),
                None => out.push((name, vec![t])),
            }
        }
        out
    }

    /// Who does a task, in words in the plan's language ("Elena Rivera and
    /// Rosa Delgado", "Elena Rivera y Rosa Delgado").
    pub fn task_people(&self, task: &SharedTask) -> String {
        let mut names: Vec<&str> = task.who.iter().map(|w| self.member_name(*w)).collect();
        if !task.who_other.trim().is_empty() {
            names.push(task.who_other.trim());
        }
        join_with_and(&names, self.language)
    }

    /// Who checks a task, in words (empty when nobody does).
    pub fn task_checker(&self, task: &SharedTask) -> String {
        join_names(
            task.checker.map(|id| self.member_name(id)),
            &task.checker_other,
            self.language,
        )
    }

    /// Who does a crisis step, in words (empty when nobody is named).
    pub fn step_people(&self, step: &SharedCrisisStep) -> String {
        join_names(
            step.who.map(|id| self.member_name(id)),
            &step.who_other,
            self.language,
        )
    }

    /// The children whose own safety plan is shared: (position, name, plan).
    pub fn youth_safety_plans(&self) -> Vec<(usize, &str, &str)> {
        self.children
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.voice.safety_plan.trim().is_empty())
            .map(|(i, c)| (i, c.name.as_str(), c.voice.safety_plan.as_str()))
            .collect()
    }
}

/// "Rosa Delgado and her neighbour": a team member's name and free words, either may be missing.
fn join_names(member: Option<&str>, other: &str, language: Language) -> String {
    let names: Vec<&str> = [member.unwrap_or(""), other.trim()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    join_with_and(&names, language)
}

/// A family plan kept on a phone ("Save to this phone"): read-only, listed
/// apart from the caseworker's plans under "Shared with me".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCopy {
    /// `<plan_ref in hex>-all`, or `-<member id>` for one person's view: saving
    /// a newer link of the same plan for the same person updates the copy.
    pub id: String,
    pub saved_ms: i64,
    pub plan: SharedPlan,
}

impl SavedCopy {
    pub fn new(plan: SharedPlan, saved_ms: i64) -> SavedCopy {
        SavedCopy {
            id: SavedCopy::id_for(&plan),
            saved_ms,
            plan,
        }
    }

    pub fn id_for(plan: &SharedPlan) -> String {
        match plan.shared_for {
            Some(member) => format!("{:08x}-{member}", plan.plan_ref),
            None => format!("{:08x}-all", plan.plan_ref),
        }
    }

    /// How the copy is listed, in the plan's language: "Rivera family" or
    /// "Rivera family — Elena Rivera's view" ("… — vista de Elena Rivera").
    pub fn title(&self) -> String {
        self.title_in(self.plan.language)
    }

    /// [`SavedCopy::title`] with its own words in `language`.
    pub fn title_in(&self, language: Language) -> String {
        let t = SharedPlanText::get(language);
        let family = match self.plan.family_name.trim() {
            "" => t.a_family_plan,
            name => name,
        };
        match self.plan.shared_for {
            Some(m) => fill(
                t.persons_view,
                &[("family", family), ("name", self.plan.member_name(m))],
            ),
            None => family.to_string(),
        }
    }
}
