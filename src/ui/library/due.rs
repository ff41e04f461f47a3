//! The library's "due next" (issue 12): on each case's row, what is overdue
//! and what is due next ([`crate::domain::timeframes::case_due_of`], from the
//! deadlines kept in the plan's summary), and the choice to sort the list by
//! it (overdue first, then the soonest due).

use leptos::prelude::*;

use crate::domain::i18n::shell::due::{case_due_lines, DueText};
use crate::domain::library::{self, PlanSummary};
use crate::domain::timeframes::{case_due_of, Deadline};
use crate::ui::context::language::ui_language;

/// How the library orders its plans.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Most recently edited first.
    #[default]
    Edited,
    /// What is due first: overdue, then the soonest due, then nothing due.
    Due,
}

/// `found` (most recently edited first) in the order `sort` asks for.
pub fn apply(sort: Sort, found: &mut [PlanSummary]) {
    if sort == Sort::Due {
        library::sort_by_due(found, crate::ui::context::clock::today());
    }
}

/// The library's sort choice.
#[component]
pub fn SortPicker(sort: RwSignal<Sort>) -> impl IntoView {
    let t = DueText::get(ui_language());
    view! {
        <div class="field sort">
            <label for="library-sort">{t.sort_label}</label>
            <select id="library-sort" on:change=move |ev| {
                sort.set(if event_target_value(&ev) == "due" { Sort::Due } else { Sort::Edited });
            }>
                <option value="edited" selected=move || sort.get() == Sort::Edited>{t.sort_edited}</option>
                <option value="due" selected=move || sort.get() == Sort::Due>{t.sort_due}</option>
            </select>
        </div>
    }
}

/// A case's row line: "Overdue: monthly review (overdue by 3 days). Next
/// due: plan update, …" — nothing when nothing is due.
#[component]
pub fn DueLine(deadlines: Vec<Deadline>) -> impl IntoView {
    let language = ui_language();
    let today = crate::ui::context::clock::today();
    let due = case_due_of(&deadlines, today);
    let overdue = !due.overdue.is_empty();
    let lines = case_due_lines(&due, today, language);
    (!lines.is_empty()).then(|| {
        view! {
            <span class=if overdue { "plan-due overdue" } else { "plan-due" }>{lines.join(" ")}</span>
        }
    })
}
