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
    Agreements, ClosureCriterion, CrisisPlan, Goal, ItemId, MeetingKind, MeetingReview,
    NextMeeting, Permanency, Plan, Strength, TeamMember, TextItem, VoiceBox, Worry,
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
    goals: Vec<Goal>,
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
