//! One task of a goal: a line (what, who, when, progress) that opens into its
//! editor (who / what / where / by when / who checks, K1).

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::goals::{task_summary, GoalsText};
use crate::domain::smart;
use crate::domain::{ItemId, Plan, Task};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::goals::expandable::{delete_row, ExpandableRow};
use crate::ui::widgets::{
    ChoiceField, DateField, MemberChecks, MemberSelect, PrivateToggle, TextField,
};

fn task(p: &Plan, goal: ItemId, id: ItemId) -> Option<&Task> {
    p.goals
        .iter()
        .find(|g| g.id == goal)?
        .tasks
        .iter()
        .find(|t| t.id == id)
}

#[component]
pub fn TaskRow(
    goal: ItemId,
    id: ItemId,
    #[prop(into)] number: Signal<usize>,
    on_enter: Callback<()>,
) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let team = editor.team;
    let language = ui_language();
    let t = GoalsText::get(language);
    let title = Memo::new(move |_| {
        plan.with_item(id, |p| match task(p, goal, id).map(|t| t.what.trim()) {
            None | Some("") => t.new_task.to_string(),
            Some(what) => what.to_string(),
        })
    });
    let summary = Memo::new(move |_| {
        team.with(|names| {
            plan.with_item(id, |p| {
                task(p, goal, id)
                    .map(|t| {
                        task_summary(
                            t,
                            |m| {
                                names
                                    .iter()
                                    .find(|(mid, _)| *mid == m)
                                    .map(|(_, n)| n.clone())
                            },
                            language,
                        )
                    })
                    .unwrap_or_default()
            })
        })
    });
    // Marked as the family's copy decides: the task, its goal, or everyone
    // doing it private.
    let private_members = editor.private_members;
    let private = Memo::new(move |_| {
        private_members.track();
        let goal_private = plan.with_item(goal, |p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .is_some_and(|g| g.private)
        });
        goal_private
            || plan.with_item(id, |p| {
                task(p, goal, id).is_some_and(|t| p.task_withheld(t))
            })
    });
    view! {
        <li class="task compact" class:is-private=move || private.get()>
            <ExpandableRow id=id kind="task" name=Signal::derive(move || fill(t.task_name, &[("n", &number.get().to_string())]))
                title=title summary=summary private=private first_field=format!("task-{id}-what")>
                <TaskEditor goal=goal id=id number=number on_enter=on_enter/>
            </ExpandableRow>
        </li>
    }
}

#[component]
fn TaskEditor(
    goal: ItemId,
    id: ItemId,
    number: Signal<usize>,
    on_enter: Callback<()>,
) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let t = GoalsText::get(language);
    // The hint runs only when the task's own words or its who / when / checker
    // change: `filled` is a cheap memo that stops everything else.
    let what = field!(plan, goals[goal].tasks[id].what);
    let filled = Memo::new(move |_| {
        plan.with_item(id, |p| {
            task(p, goal, id)
                .map(|t| {
                    (
                        !t.who.is_empty() || !t.who_other.trim().is_empty(),
                        t.by_when.is_some() || !t.when_text.trim().is_empty(),
                        t.checker.is_some() || !t.checker_other.trim().is_empty(),
                    )
                })
                .unwrap_or_default()
        })
    });
    let hints = Memo::new(move |_| {
        let (who, when, checker) = filled.get();
        what.value.with(|what| {
            if what.trim().is_empty() {
                Vec::new()
            } else {
                smart::task_hints_in(what, who, when, checker, language)
            }
        })
    });
    view! {
        <div class="task-editor">
            <TextField label=t.what binding=what id=format!("task-{id}-what") on_enter=on_enter meter=true multiline=true/>
            <div class="grid three">
                <MemberChecks label=t.who_does team=editor.team binding=field!(plan, goals[goal].tasks[id].who)/>
                <div>
                    <TextField label=t.who_other binding=field!(plan, goals[goal].tasks[id].who_other)/>
                    <TextField label=t.place binding=field!(plan, goals[goal].tasks[id].place)/>
                </div>
                <div>
                    <DateField label=t.by_when binding=field!(plan, goals[goal].tasks[id].by_when) id=format!("task-{id}-date") check=crate::ui::widgets::DateCheck::Deadline/>
                    <TextField label=t.when_words binding=field!(plan, goals[goal].tasks[id].when_text) placeholder=t.when_placeholder/>
                </div>
                <MemberSelect label=t.who_checks team=editor.team binding=field!(plan, goals[goal].tasks[id].checker)/>
                <TextField label=t.checker_other binding=field!(plan, goals[goal].tasks[id].checker_other)/>
                <ChoiceField label=t.progress binding=field!(plan, goals[goal].tasks[id].status)/>
                <MemberSelect label=t.suggested_by team=editor.team binding=field!(plan, goals[goal].tasks[id].suggested_by) none_label=t.not_recorded/>
            </div>
            {move || {
                let h = hints.get();
                (!h.is_empty()).then(|| view! { <p class="task-hint">{h.join(" · ")}</p> })
            }}
            <div class="row">
                <PrivateToggle binding=field!(plan, goals[goal].tasks[id].private)/>
                <button type="button" class="button small ghost" aria-label=move || fill(t.delete_task_label, &[("n", &number.get().to_string())]) on:click=move |_| delete_row(editor, id, t.task_deleted, move |p| {
                        if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal) { g.tasks.retain(|t| t.id != id); }
                    })>{t.delete_task}</button>
            </div>
        </div>
    }
}
