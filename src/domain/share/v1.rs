//! Links of codec version 1 (first release) carried the whole `Plan` of that
//! time in its field order. The types whose layout has changed since are frozen
//! here as they were; the rest are still the model's own. A v1 link is read
//! into these, brought to today's `Plan` through JSON (the same path as a
//! stored plan's migration), then given to the family projection, so an old
//! link shows exactly what a new one would, and no more: a child's voice, which
//! v1 links carried, is dropped unless the child's sharing choice is recorded.
//!
//! If a model type used below changes its layout, freeze its old form here too:
//! `tests/share.rs` opens a real v1 link (`tests/fixtures/link-v1.txt`).

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::domain::plan::{
    Agreements, ClosureCriterion, CrisisPlan, Domain, ItemId, MeetingKind, MeetingReview,
    NextMeeting, Permanency, Plan, Strength, TaskStatus, TeamMember, TextItem, VoiceBox, Worry,
};

#[derive(Deserialize, Serialize)]
#[serde(default, rename = "Plan")]
#[derive(Default)]
pub struct PlanV1 {
    id: String,
    family_name: String,
    created_ms: i64,
    updated_ms: i64,
    next_id: ItemId,
    meeting: MeetingV1,
    children: Vec<ChildV1>,
    team: Vec<TeamMember>,
    strengths: Vec<Strength>,
    worries: Vec<Worry>,
    goals: Vec<GoalV1>,
    crisis: CrisisPlan,
    closure: Vec<ClosureCriterion>,
    permanency: Permanency,
    agreements: Agreements,
    next_meeting: NextMeeting,
    review: MeetingReview,
    shared_for: Option<ItemId>,
}

/// The meeting before `father_outreach` was added.
#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "Meeting")]
struct MeetingV1 {
    kind: MeetingKind,
    date: Option<NaiveDate>,
    place: String,
    facilitator: String,
    purpose: String,
    ground_rules: Vec<TextItem>,
    placement_date: Option<NaiveDate>,
}

/// A goal before its review `progress` (schema 4).
#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "Goal")]
struct GoalV1 {
    id: ItemId,
    domain: Domain,
    outcome: String,
    statement: String,
    tasks: Vec<TaskV1>,
    services: Vec<ServiceV1>,
    private: bool,
}

/// A task before its `review_note` (schema 4).
#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "Task")]
struct TaskV1 {
    id: ItemId,
    who: Vec<ItemId>,
    who_other: String,
    what: String,
    place: String,
    by_when: Option<NaiveDate>,
    when_text: String,
    checker: Option<ItemId>,
    checker_other: String,
    status: TaskStatus,
    private: bool,
}

/// A service before its `review` (schema 4).
#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "Service")]
struct ServiceV1 {
    id: ItemId,
    provider: String,
    service: String,
    frequency: String,
    intensity: String,
    location: String,
    duration: String,
    start: Option<NaiveDate>,
    referral_date: Option<NaiveDate>,
    private: bool,
}

#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "Child")]
struct ChildV1 {
    id: ItemId,
    name: String,
    age: Option<u8>,
    living_with: String,
    voice: ChildVoiceV1,
    private: bool,
}

#[derive(Default, Deserialize, Serialize)]
#[serde(default, rename = "ChildVoice")]
struct ChildVoiceV1 {
    story: String,
    wished_ending: String,
    boxes: [VoiceBox; 3],
    story_now: String,
    plan_now: String,
    own_words: String,
    own_goals: String,
    wants_from_plan: String,
    safety_plan: String,
    sharing_choice: String,
    private: bool,
}

impl PlanV1 {
    /// Today's plan, and the person a one-person link was made for.
    pub fn into_plan(self) -> Option<(Plan, Option<ItemId>)> {
        let shared_for = self.shared_for;
        let text = serde_json::to_string(&self).ok()?;
        let plan: Plan = serde_json::from_str(&text).ok()?;
        Some((plan, shared_for))
    }
}
