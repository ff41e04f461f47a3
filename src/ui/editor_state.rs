//! What the steps share while a plan is open: the plan (fine-grained, see
//! [`crate::ui::plan_state`]), the save status, the team's names for pickers,
//! and undo of the last deletion.

use leptos::prelude::*;

use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::{ItemId, Plan};
use crate::ui::autosave::Saver;
use crate::ui::context::AppContext;
use crate::ui::plan_state::PlanState;
use crate::ui::widgets::{
    focus_after_removal, focus_later, focus_later_or, focus_when_shown, item_first_field,
};

/// The step's heading (`tabindex=-1`), where focus goes when nothing closer fits.
const STEP_TITLE: &str = "step-title";

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

/// What undo needs: the plan before and after a deletion, and the removed
/// item's first field (focused when it comes back).
#[derive(Clone)]
struct Deletion {
    before: Plan,
    after: Plan,
    field: Option<String>,
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
    undo: StoredValue<Option<Deletion>>,
    /// The toast's Undo: made with the editor, so it belongs to the editor
    /// and not to the deleted item's row (gone before Undo is pressed).
    undo_button: Option<Callback<()>>,
    saver: StoredValue<Saver>,
}

impl EditorContext {
    /// The editor for a plan loaded at `revision` (see [`Saver`]).
    pub fn new(plan: Plan, revision: u64, app: AppContext) -> Self {
        let plan = PlanState::new(plan);
        let mut editor = Self {
            plan,
            status: RwSignal::new(SaveStatus::Saved),
            team: team_names(plan),
            private_members: private_members(plan),
            app,
            undo: StoredValue::new(None),
            undo_button: None,
            saver: StoredValue::new(Saver::new(revision)),
        };
        let this = editor;
        editor.undo_button = Some(Callback::new(move |_| {
            this.undo_deletion();
        }));
        editor
    }

    /// The autosave state this editor's saves share.
    pub fn saver(&self) -> Saver {
        self.saver.get_value()
    }

    /// Apply a deletion, keeping what it removed for undo (toast + Ctrl+Z).
    /// Called from a control in the item being deleted (its Delete button):
    /// focus moves to the next item, the previous one or the list's "+ Add"
    /// before the item goes, so it never drops to the page.
    pub fn delete_with_undo(&self, message: &str, delete: impl FnOnce(&mut Plan)) {
        let from = document().active_element();
        let field = from.as_ref().and_then(item_first_field);
        if let Some(next) = from.as_ref().and_then(focus_after_removal) {
            let _ = next.focus();
        }
        let before = self.plan.get_untracked();
        self.plan.update(delete);
        let after = self.plan.get_untracked();
        self.undo.set_value(Some(Deletion {
            before,
            after,
            field,
        }));
        self.app.toast(message, self.undo_button);
    }

    /// Bring back what the last deletion removed, if nothing changed since,
    /// and focus it (else the step's heading).
    /// Safe to call after the editor has closed (it then does nothing).
    pub fn undo_deletion(&self) -> bool {
        let Some(Some(Deletion {
            before,
            after,
            field,
        })) = self.undo.try_get_value()
        else {
            return false;
        };
        self.undo.try_set_value(None);
        if self.plan.try_with_untracked(|now| *now == after) != Some(true) {
            let t = EditorText::get(self.app.language());
            self.app.toast(t.cannot_undo, None);
            // Asked from the toast, whose button is now gone.
            focus_when_shown(STEP_TITLE);
            return false;
        }
        self.plan.try_set(before);
        match field {
            Some(field) => focus_later_or(field, STEP_TITLE),
            None => focus_later(STEP_TITLE.into()),
        }
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
                    p.member(id).map(|m| {
                        (
                            id,
                            m.display_name_in(crate::ui::context::language::ui_language())
                                .to_string(),
                        )
                    })
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
