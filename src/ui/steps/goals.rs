//! Step 5: what needs to happen — outcomes in the four domains (C1), a SMART
//! goal with a live hint, tasks (who / what / where / by when / who checks) and
//! services (D7, K1), with the referral reminder of policy P2.

use leptos::prelude::*;

use crate::domain::insert_after;

use crate::domain::smart;
use crate::domain::{Goal, ItemId, Service, Task};
use crate::field;
use crate::ui::editor::use_editor;
use crate::ui::widgets::{
    add_item, position_of, ChoiceField, DateField, MemberChecks, MemberSelect, PrivateToggle,
    Prompt, ReferralReminder, TextField,
};

#[component]
pub fn GoalsStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let add = move |_| {
        add_item(
            plan,
            |p, id| {
                p.goals.push(Goal {
                    id,
                    ..Goal::default()
                });
            },
            |id| format!("goal-{id}-outcome"),
        );
    };
    view! {
        <Prompt>"What would you like to be different? What will people see happening when things are better?"</Prompt>
        <Prompt>"Keep goals few and reachable. Ask: what would it take? Don't settle for a weaker plan because it's what is available."</Prompt>
        <div class="goals">
            <For each=move || ids.get() key=|id| *id let:id>
                <GoalCard id=id/>
            </For>
        </div>
        <button class="button add" id="add-goal" on:click=add>"+ Add a goal"</button>
    }
}

#[component]
fn GoalCard(id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let task_ids = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.tasks.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let service_ids = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.services.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add_task = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, tid| {
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                    insert_after(
                        &mut g.tasks,
                        after,
                        Task {
                            id: tid,
                            ..Task::default()
                        },
                    );
                }
            },
            |tid| format!("task-{tid}-what"),
        );
    };
    let add_service = move |_| {
        add_item(
            plan,
            |p, sid| {
                if let Some(g) = p.goals.iter_mut().find(|g| g.id == id) {
                    g.services.push(Service {
                        id: sid,
                        ..Service::default()
                    });
                }
            },
            |sid| format!("service-{sid}-provider"),
        );
    };
    // A memo, so the heading and the delete button only update when the number changes.
    let number = Memo::new(move |_| ids_position(plan, id));
    let statement = field!(plan, goals[id].statement);
    let dated = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .is_some_and(|g| g.tasks.iter().any(|t| t.by_when.is_some()))
        })
    });
    view! {
        <article class="card goal" aria-labelledby=format!("goal-{id}-heading")>
            <h2 id=format!("goal-{id}-heading")>{move || format!("Goal {}", number.get())}</h2>
            <div class="grid two-one">
                <TextField label="What we want to see (the outcome, in the family's words)" binding=field!(plan, goals[id].outcome) multiline=true meter=true id=format!("goal-{id}-outcome")/>
                <ChoiceField label="Area" binding=field!(plan, goals[id].domain)/>
            </div>
            <TextField label="Goal: who will do what, how we'll know, by when" binding=statement multiline=true meter=true id=format!("goal-{id}-statement")
                hint="Specific, measurable, reachable, realistic, with a date. Say what will be happening, not only what will stop."/>
            <SmartHints id=id statement=statement.value dated=dated/>
            <h3>"Tasks"</h3>
            <ol class="tasks">
                <For each=move || task_ids.get() key=|t| *t let:tid>
                    <TaskRow goal=id id=tid on_enter=Callback::new(move |_| add_task(Some(tid)))/>
                </For>
            </ol>
            <button class="button add small" id=format!("goal-{id}-add-task") on:click=move |_| add_task(None)>"+ Add a task"</button>
            <h3>"Services"</h3>
            <ReferralReminder/>
            <ul class="services">
                <For each=move || service_ids.get() key=|s| *s let:sid>
                    <ServiceRow goal=id id=sid/>
                </For>
            </ul>
            <button class="button add small" on:click=add_service>"+ Add a service"</button>
            <div class="row">
                <PrivateToggle binding=field!(plan, goals[id].private)/>
                <button class="button small ghost" aria-label=move || format!("Delete goal {}", number.get()) on:click=move |_| editor.delete_with_undo("Goal deleted", move |p| p.goals.retain(|g| g.id != id))>"Delete goal"</button>
            </div>
        </article>
    }
}

fn ids_position(plan: RwSignal<crate::domain::Plan>, id: ItemId) -> usize {
    plan.with(|p| {
        p.goals
            .iter()
            .position(|g| g.id == id)
            .map(|i| i + 1)
            .unwrap_or(0)
    })
}

/// The live SMART hint: what the goal statement is missing. Runs only when
/// the statement (or whether any task is dated) changes, not on every keystroke
/// elsewhere in the plan.
#[component]
fn SmartHints(id: ItemId, statement: Signal<String>, dated: Memo<bool>) -> impl IntoView {
    let hints = Memo::new(move |_| {
        statement.with(|s| {
            if s.trim().is_empty() {
                return Vec::new();
            }
            smart::smart_hints(s, dated.get())
                .into_iter()
                .map(|h| h.message())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="smart" aria-live="polite" id=format!("goal-{id}-smart")>
            {move || {
                let list = hints.get();
                if list.is_empty() {
                    let written = statement.with(|s| !s.trim().is_empty());
                    if written {
                        view! { <p class="smart-ok">"✓ This goal says who, what, how we'll know and when."</p> }.into_any()
                    } else {
                        ().into_any()
                    }
                } else {
                    view! {
                        <ul class="smart-hints">
                            {list.into_iter().map(|m| view! { <li class="smart-hint">{m}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn TaskRow(goal: ItemId, id: ItemId, on_enter: Callback<()>) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    // The hint runs only when the task's own words or its who / when / checker
    // change: `filled` is a cheap memo that stops everything else.
    let what = field!(plan, goals[goal].tasks[id].what);
    let filled = Memo::new(move |_| {
        plan.with(|p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .and_then(|g| g.tasks.iter().find(|t| t.id == id))
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
                smart::task_hints(what, who, when, checker)
            }
        })
    });
    view! {
        <li class="card task">
            <TextField label="What" binding=what id=format!("task-{id}-what") on_enter=on_enter meter=true/>
            <div class="grid three">
                <MemberChecks label="Who does it" binding=field!(plan, goals[goal].tasks[id].who)/>
                <div>
                    <TextField label="Or someone not on the team" binding=field!(plan, goals[goal].tasks[id].who_other)/>
                    <TextField label="Where" binding=field!(plan, goals[goal].tasks[id].place)/>
                </div>
                <div>
                    <DateField label="By when" binding=field!(plan, goals[goal].tasks[id].by_when) id=format!("task-{id}-date")/>
                    <TextField label="When, in words" binding=field!(plan, goals[goal].tasks[id].when_text) placeholder="e.g. every Friday"/>
                </div>
                <MemberSelect label="Who checks" binding=field!(plan, goals[goal].tasks[id].checker)/>
                <TextField label="Checker not on the team" binding=field!(plan, goals[goal].tasks[id].checker_other)/>
                <ChoiceField label="Progress" binding=field!(plan, goals[goal].tasks[id].status)/>
            </div>
            {move || {
                let h = hints.get();
                (!h.is_empty()).then(|| view! { <p class="task-hint">{h.join(" · ")}</p> })
            }}
            <div class="row">
                <PrivateToggle binding=field!(plan, goals[goal].tasks[id].private)/>
                <button class="button small ghost" aria-label=move || format!("Delete task {}", plan.with(|p| p.goals.iter().find(|g| g.id == goal).map_or(0, |g| position_of(&g.tasks.iter().map(|x| x.id).collect::<Vec<_>>(), id)))) on:click=move |_| editor.delete_with_undo("Task deleted", move |p| {
                    if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal) { g.tasks.retain(|t| t.id != id); }
                })>"Delete task"</button>
            </div>
        </li>
    }
}

#[component]
fn ServiceRow(goal: ItemId, id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    view! {
        <li class="card service">
            <div class="grid three">
                <TextField label="Provider" binding=field!(plan, goals[goal].services[id].provider) id=format!("service-{id}-provider")/>
                <TextField label="Service" binding=field!(plan, goals[goal].services[id].service)/>
                <TextField label="How often" binding=field!(plan, goals[goal].services[id].frequency) placeholder="e.g. 3 times a week"/>
                <TextField label="How intense" binding=field!(plan, goals[goal].services[id].intensity) placeholder="e.g. 2-hour groups"/>
                <TextField label="Where" binding=field!(plan, goals[goal].services[id].location)/>
                <TextField label="For how long" binding=field!(plan, goals[goal].services[id].duration)/>
                <DateField label="Referral sent" binding=field!(plan, goals[goal].services[id].referral_date)/>
                <DateField label="Starts" binding=field!(plan, goals[goal].services[id].start)/>
            </div>
            <div class="row">
                <PrivateToggle binding=field!(plan, goals[goal].services[id].private)/>
                <button class="button small ghost" aria-label=move || format!("Delete service {}", plan.with(|p| p.goals.iter().find(|g| g.id == goal).map_or(0, |g| position_of(&g.services.iter().map(|x| x.id).collect::<Vec<_>>(), id)))) on:click=move |_| editor.delete_with_undo("Service deleted", move |p| {
                    if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal) { g.services.retain(|s| s.id != id); }
                })>"Delete service"</button>
            </div>
        </li>
    }
}
