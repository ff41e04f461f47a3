//! The open plan as fine-grained reactive state.
//!
//! The plan stays one plain [`Plan`] (so every change is ordinary Rust on the
//! domain model, tested natively), but who is told about a change is narrow:
//!
//! - a field of an item (a task's "what", a strength's text) notifies that
//!   item's key and the keys of the items around it (the task's goal), so a
//!   keystroke re-runs the bindings of one item, not of every field on the page;
//! - the plan's own fields (meeting, family name) notify [`ROOT`];
//! - adding an item notifies the plan's *structure* (the lists of ids);
//! - anything else (deleting, undo, a change of unknown reach) notifies
//!   everything.
//!
//! Readers pick what they depend on: [`PlanState::with_item`] (one item),
//! [`PlanState::with_structure`] (which items exist, in what order) or
//! [`PlanState::with`] (everything: autosave, the share page).
//!
//! Why not `reactive_stores`: its keyed lists (0.4) find an item's position
//! through a key map that is refreshed only by writes through that list's own
//! field, and then index the `Vec` without checking the key. Our deletions,
//! insertions and undo are plain functions on `&mut Plan`; after one of them a
//! keyed field can point at the wrong item (a keystroke lands in another task)
//! or past the end (a panic). Keys here are item ids looked up by value, so a
//! stale position can't exist.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::limits::{self, LimitError};
use crate::domain::{ItemId, Plan};

/// The key of the plan's own fields. Items are numbered from 1
/// ([`Plan::alloc_id`]), so no item shares it.
pub const ROOT: ItemId = 0;

#[derive(Clone, Copy)]
pub struct PlanState {
    plan: RwSignal<Plan>,
    structure: Trigger,
    items: StoredValue<HashMap<ItemId, ArcTrigger>>,
}

impl PlanState {
    pub fn new(plan: Plan) -> Self {
        Self {
            plan: RwSignal::new(plan),
            structure: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
        }
    }

    fn trigger(&self, key: ItemId) -> Option<ArcTrigger> {
        self.items
            .try_update_value(|map| map.entry(key).or_default().clone())
    }

    fn notify_keys(&self, keys: &[ItemId]) {
        let triggers: Vec<ArcTrigger> = self
            .items
            .try_with_value(|map| {
                let keys = if keys.is_empty() { &[ROOT][..] } else { keys };
                keys.iter().filter_map(|k| map.get(k).cloned()).collect()
            })
            .unwrap_or_default();
        for t in triggers {
            t.notify();
        }
    }

    fn notify_everything(&self) {
        self.structure.notify();
        let triggers: Vec<ArcTrigger> = self
            .items
            .try_with_value(|map| map.values().cloned().collect())
            .unwrap_or_default();
        for t in triggers {
            t.notify();
        }
    }

    // ---- reading ----

    /// Read the plan, re-running on every change.
    pub fn with<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with(f)
    }

    /// A copy of the plan, re-running on every change.
    pub fn get(&self) -> Plan {
        self.plan.get()
    }

    /// Depend on every change (autosave).
    pub fn track(&self) {
        self.plan.track();
    }

    /// Read what belongs to one item (or [`ROOT`]): re-runs when one of its
    /// fields, or something inside it, changes, or on a change of unknown reach.
    pub fn with_item<R>(&self, key: ItemId, f: impl FnOnce(&Plan) -> R) -> R {
        if let Some(t) = self.trigger(key) {
            t.track();
        }
        self.plan.with_untracked(f)
    }

    /// Read which items exist and in what order: re-runs when items are added,
    /// removed or the plan is replaced, not when a field is typed in.
    pub fn with_structure<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.structure.track();
        self.plan.with_untracked(f)
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with_untracked(f)
    }

    pub fn try_with_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        self.plan.try_with_untracked(f)
    }

    pub fn get_untracked(&self) -> Plan {
        self.plan.get_untracked()
    }

    pub fn try_get_untracked(&self) -> Option<Plan> {
        self.plan.try_get_untracked()
    }

    // ---- writing ----

    /// Change fields of the item `keys` ends with (outermost first, e.g.
    /// `[goal, task]`; empty for the plan's own fields). Only readers of those
    /// items and of the whole plan are told.
    pub fn edit(&self, keys: &[ItemId], f: impl FnOnce(&mut Plan)) {
        self.plan.update(f);
        self.notify_keys(keys);
    }

    /// Add items: readers of the structure and of the whole plan are told;
    /// existing items are untouched.
    /// Refused, leaving the plan as it was, when it would take the plan over
    /// its limits (see [`crate::domain::limits`]).
    pub fn add<R>(&self, f: impl FnOnce(&mut Plan) -> R) -> Result<R, LimitError> {
        let mut out = None;
        let mut refused = None;
        self.plan.update_untracked(|p| {
            // The earlier meetings can't change: neither cloned nor checked.
            let history = std::mem::take(&mut p.history);
            let before = p.clone();
            let added = f(p);
            match limits::check_plan(p) {
                Ok(()) => out = Some(added),
                Err(e) => {
                    *p = before;
                    refused = Some(e);
                }
            }
            p.history = history;
        });
        if let Some(e) = refused {
            return Err(e);
        }
        self.plan.notify();
        self.structure.notify();
        Ok(out.expect("update ran"))
    }

    /// Any other change (deletions, which may reach into other items): everyone is told.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(f);
        self.notify_everything();
    }

    /// Replace the whole plan (undo); does nothing once the editor has closed.
    pub fn try_set(&self, plan: Plan) {
        if self.plan.try_set(plan).is_none() {
            self.notify_everything();
        }
    }
}
