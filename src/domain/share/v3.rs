//! Links of codec versions 2 and 3 carried the family's plan before it had a
//! history: the `SharedPlan` of that time, frozen here in its field order
//! (the wire form has no field names, so a v3 body read as today's
//! `SharedPlan` would run past its end). Its parts are still the model's own
//! types; if one of them changes its layout, freeze its old form here too.
//! `tests/share.rs` opens a real v3 link (`tests/fixtures/link-protected-cost1.txt`).

use serde::{Deserialize, Serialize};

use crate::domain::plan::{ItemId, NextMeeting, Permanency};
use crate::domain::shared_plan::{
    SharedAgreements, SharedChild, SharedClosure, SharedCrisis, SharedGoal, SharedMeeting,
    SharedMember, SharedPlan, SharedStrength, SharedWorry,
};

/// The family's plan as versions 2 and 3 wrote it (no first date, no
/// "what's new", no successes, no aftercare).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename = "SharedPlan")]
pub struct SharedPlanV3 {
    plan_ref: u32,
    family_name: String,
    meeting: SharedMeeting,
    children: Vec<SharedChild>,
    team: Vec<SharedMember>,
    strengths: Vec<SharedStrength>,
    worries: Vec<SharedWorry>,
    goals: Vec<SharedGoal>,
    crisis: SharedCrisis,
    closure: Vec<SharedClosure>,
    permanency: Permanency,
    agreements: SharedAgreements,
    next_meeting: NextMeeting,
    shared_for: Option<ItemId>,
    /// Not in the stream (see `wire.rs`): the codec sets it.
    language: crate::domain::plan::Language,
}

impl SharedPlanV3 {
    /// Today's family plan: the same, with nothing of the case's history
    /// (links had none then: the plan was first made at this meeting).
    pub fn into_shared(self) -> SharedPlan {
        SharedPlan {
            plan_ref: self.plan_ref,
            family_name: self.family_name,
            meeting: self.meeting,
            children: self.children,
            team: self.team,
            strengths: self.strengths,
            worries: self.worries,
            goals: self.goals,
            crisis: self.crisis,
            closure: self.closure,
            permanency: self.permanency,
            agreements: self.agreements,
            next_meeting: self.next_meeting,
            shared_for: self.shared_for,
            language: self.language,
            ..Default::default()
        }
    }
}
