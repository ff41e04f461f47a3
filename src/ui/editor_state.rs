//! What the steps share while a plan is open: the plan (fine-grained, see
//! [`crate::ui::plan_state`]), the save status, the team's names for pickers,
//! and undo of the last deletion.

use leptos::prelude::*;

use crate::domain::{ItemId, Plan};
use crate::ui::autosave::Saver;
use crate::ui::context::AppContext;
use crate::ui::plan_state::PlanState;

/// The save indicator's states.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(String),
    /// Another tab or window saved this plan first; nothing here was written
    /// over it (see [`crate::ui::autosave`]).
    Conflict,
}

#[derive(Clone, Copy)]
pub struct EditorContext {
    pub plan: PlanState,
    pub status: RwSignal<SaveStatus>,
    /// The team's ids and names, computed once for every picker on the page
    /// (it only notifies them when a name or the team itself changes).
    pub team: Memo<Vec<(ItemId, String)>>,
    /// The team members marked private (what they do is left out of the
    /// family's copy), for the "Not shared" marks.
    pub private_members: Memo<Vec<ItemId>>,
    app: AppContext,
    /// The plan before and after the last deletion: undo is offered only
    /// while the plan is still as the deletion left it, so it never rolls back
    /// later edits.
    undo: StoredValue<Option<(Plan, Plan)>>,
    saver: StoredValue<Saver>,
}

impl EditorContext {
    /// The editor for a plan loaded at `revision` (see [`Saver`]).
    pub fn new(plan: Plan, revision: u64, app: AppContext) -> Self {
        let plan = PlanState::new(plan);
        Self {
            plan,
            status: RwSignal::new(SaveStatus::Saved),
            team: team_names(plan),
            private_members: private_members(plan),
            app,
            undo: StoredValue::new(None),
            saver: StoredValue::new(Saver::new(revision)),
        }
    }

    /// The autosave state this editor's saves share.
    pub fn saver(&self) -> Saver {
        self.saver.get_value()
    }

    /// Apply a deletion, keeping what it removed for undo (toast + Ctrl+Z).
    pub fn delete_with_undo(&self, message: &str, delete: impl FnOnce(&mut Plan)) {
        let before = self.plan.get_untracked();
        self.plan.update(delete);
        let after = self.plan.get_untracked();
        self.undo.set_value(Some((before, after)));
        let this = *self;
        self.app.toast(
            message,
            Some(Callback::new(move |_| {
                this.undo_deletion();
            })),
        );
    }

    /// Bring back what the last deletion removed, if nothing changed since.
    /// Safe to call after the editor has closed (it then does nothing).
    pub fn undo_deletion(&self) -> bool {
        let Some(Some((before, after))) = self.undo.try_get_value() else {
            return false;
        };
        self.undo.try_set_value(None);
        if self.plan.try_with_untracked(|now| *now == after) != Some(true) {
            self.app.toast(
                "The plan has changed since, so that deletion can't be undone.",
                None,
            );
            return false;
        }
        self.plan.try_set(before);
        true
    }
}

pub fn use_editor() -> EditorContext {
    expect_context::<EditorContext>()
}

/// The team's ids and names, re-run only when a member is added, removed or
/// renamed.
fn team_names(plan: PlanState) -> Memo<Vec<(ItemId, String)>> {
    Memo::new(move |_| {
        let ids = plan.with_structure(|p| p.team.iter().map(|m| m.id).collect::<Vec<_>>());
        ids.into_iter()
            .filter_map(|id| {
                plan.with_item(id, |p| {
                    p.member(id).map(|m| (id, m.display_name().to_string()))
                })
            })
            .collect()
    })
}

/// The private members' ids, re-run only when a member is added, removed or changed.
fn private_members(plan: PlanState) -> Memo<Vec<ItemId>> {
    Memo::new(move |_| {
        let ids = plan.with_structure(|p| p.team.iter().map(|m| m.id).collect::<Vec<_>>());
        ids.into_iter()
            .filter(|id| plan.with_item(*id, |p| p.is_private_member(*id)))
            .collect()
    })
}
