//! Two-way bindings from a form field to one place in the plan.
//!
//! `field!(plan, meeting.place)`, `field!(plan, strengths[id].text)` and
//! `field!(plan, goals[gid].tasks[tid].what)` give a [`Binding`]: a memoised
//! read of that place and a write that updates the plan (which autosaves).
//! A binding depends only on its own item (see [`crate::ui::plan_state`]): a
//! keystroke in one task re-runs that task's bindings, not every field's.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{ItemId, Plan};
use crate::ui::plan_state::{PlanState, ROOT};

/// A value in the plan that a field reads and writes.
pub struct Binding<T: Send + Sync + 'static> {
    pub value: Signal<T>,
    pub write: Callback<T>,
}

impl<T: Send + Sync + 'static> Clone for Binding<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Binding<T> {}

impl<T: Clone + Send + Sync + 'static> Binding<T> {
    pub fn get(&self) -> T {
        self.value.get()
    }
    pub fn set(&self, v: T) {
        self.write.run(v)
    }
}

type ReadPath<T> = Arc<dyn for<'a> Fn(&'a Plan) -> Option<&'a T> + Send + Sync>;
type WritePath<T> = Arc<dyn for<'a> Fn(&'a mut Plan) -> Option<&'a mut T> + Send + Sync>;

/// Build a binding from a read path and a write path. `keys` are the ids on
/// the path, outermost first (`[goal, task]`), empty for the plan's own fields.
pub fn bind<T, const N: usize>(
    plan: PlanState,
    keys: [ItemId; N],
    get: impl Fn(&Plan) -> Option<&T> + Send + Sync + 'static,
    set: impl Fn(&mut Plan) -> Option<&mut T> + Send + Sync + 'static,
) -> Binding<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    const { assert!(N <= 2, "paths are at most two items deep") };
    let mut path = [ROOT; 2];
    path[..N].copy_from_slice(&keys);
    bind_path(plan, (path, N), Arc::new(get), Arc::new(set))
}

/// The body of [`bind`], built once per value type rather than once per
/// field on the page (each `field!` has its own closures; boxing them here
/// keeps the memo and the writer from being copied for every one: -58 KB).
#[inline(never)]
fn bind_path<T>(
    plan: PlanState,
    (path, len): ([ItemId; 2], usize),
    get: ReadPath<T>,
    set: WritePath<T>,
) -> Binding<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let own = if len == 0 { ROOT } else { path[len - 1] };
    // A change of unknown reach re-runs every binding, so an unchanged field
    // keeps its old value (no clone, no notification).
    let value = Memo::new_owning(move |old: Option<T>| {
        plan.with_item(own, |p| match (old, get(p)) {
            (Some(old), Some(now)) if old == *now => (old, false),
            (Some(old), None) if old == T::default() => (old, false),
            (_, now) => (now.cloned().unwrap_or_default(), true),
        })
    });
    let write = Callback::new(move |v: T| {
        plan.edit(&path[..len], |p| {
            if let Some(slot) = set(p) {
                *slot = v;
            }
        })
    });
    Binding {
        value: value.into(),
        write,
    }
}

/// See the module docs.
#[macro_export]
macro_rules! field {
    ($plan:expr, $($a:ident).+ [$i:expr] . $($b:ident).+ [$j:expr] . $($f:ident).+) => {{
        let (i, j) = ($i, $j);
        $crate::ui::bind::bind(
            $plan,
            [i, j],
            move |p| p.$($a).+.iter().find(|x| x.id == i)?.$($b).+.iter().find(|x| x.id == j).map(|x| &x.$($f).+),
            move |p| p.$($a).+.iter_mut().find(|x| x.id == i)?.$($b).+.iter_mut().find(|x| x.id == j).map(|x| &mut x.$($f).+),
        )
    }};
    ($plan:expr, $($a:ident).+ [$i:expr] . $($f:ident).+) => {{
        let i = $i;
        $crate::ui::bind::bind(
            $plan,
            [i],
            move |p| p.$($a).+.iter().find(|x| x.id == i).map(|x| &x.$($f).+),
            move |p| p.$($a).+.iter_mut().find(|x| x.id == i).map(|x| &mut x.$($f).+),
        )
    }};
    ($plan:expr, $($f:ident).+) => {
        $crate::ui::bind::bind($plan, [], move |p| Some(&p.$($f).+), move |p| Some(&mut p.$($f).+))
    };
}
