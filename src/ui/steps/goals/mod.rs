//! Step 5: what needs to happen — outcomes in the four domains (C1), a SMART
//! goal with a live hint, tasks (who / what / where / by when / who checks) and
//! services (D7, K1), with the referral reminder of policy P2.

pub(crate) mod expandable;
mod service;
mod smart_hints;
mod task;

use leptos::prelude::*;

use crate::domain::i18n::{fill, steps::goals::GoalsText};
use crate::domain::insert_after;
use crate::domain::text::shorten;
use crate::domain::{Goal, ItemId, Service, Task};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::PlanState;
use crate::ui::steps::lists::{add_item, position_of, progressive};
use crate::ui::steps::referral::ReferralReminder;
use crate::ui::widgets::{
    ChoiceField, ChoiceWords, ItemForm, MemberChecks, MemberSelect, PrivateToggle, Prompt,
    TextField,
};
use expandable::{use_open_item, OpenItem};
use service::ServiceRow;
use smart_hints::SmartHints;
use task::TaskRow;

#[component]
pub fn GoalsStep() -> impl IntoView {
    provide_context(OpenItem::new());
    let editor = use_editor();
    let plan = editor.plan;
    let t = GoalsText::get(ui_language());
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>())
    });
    // A plan with 40 goals shows its first cards at once and builds the rest a
    // few per frame, so the step appears without one long freeze.
    let visible = progressive(ids);
    let worries = worry_choices(plan);
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
        <Prompt>{t.different_prompt}</Prompt>
        <Prompt>{t.few_goals_prompt}</Prompt>
        <div class="goals" aria-busy=visible.aria_busy()>
            <For each=move || visible.shown.get() key=|id| *id let:id>
                <GoalCard id=id worries=worries/>
            </For>
        </div>
        <button type="button" class="button add" id="add-goal" on:click=add>{t.add_goal}</button>
    }
}

/// The worries a goal can answer (D3), as short lines ("Safety: …"), re-run
/// only when a worry is added, removed or changed.
fn worry_choices(plan: PlanState) -> Memo<Vec<(ItemId, String)>> {
    Memo::new(move |_| {
        let t = GoalsText::get(ui_language());
        let ids = plan.with_structure(|p| p.worries.iter().map(|w| w.id).collect::<Vec<_>>());
        ids.into_iter()
            .enumerate()
            .filter_map(|(i, id)| {
                plan.with_item(id, |p| {
                    p.worries.iter().find(|w| w.id == id).map(|w| {
                        let words = match shorten(&w.text, 70) {
                            empty if empty.is_empty() => {
                                fill(t.worry_unnamed, &[("n", &(i + 1).to_string())])
                            }
                            words => words,
                        };
                        let line = if w.safety {
                            fill(t.safety_worry, &[("text", &words)])
                        } else {
                            words
                        };
                        (id, line)
                    })
                })
            })
            .collect()
    })
}

#[component]
fn GoalCard(id: ItemId, worries: Memo<Vec<(ItemId, String)>>) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let t = GoalsText::get(ui_language());
    let task_ids = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.tasks.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let service_ids = Memo::new(move |_| {
        plan.with_structure(|p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .map(|g| g.services.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let open = use_open_item();
    let open_service = open.clone();
    let add_task = Callback::new(move |after: Option<ItemId>| {
        let open = open.clone();
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
            move |tid| {
                open.open(tid);
                format!("task-{tid}-what")
            },
        );
    });
    let add_service = move |_| {
        let open = open_service.clone();
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
            move |sid| {
                open.open(sid);
                format!("service-{sid}-provider")
            },
        );
    };
    // A memo, so the heading and the delete button only update when the number changes.
    let number = Memo::new(move |_| ids_position(plan, id));
    let statement = field!(plan, goals[id].statement);
    let dated = Memo::new(move |_| {
        plan.with_item(id, |p| {
            p.goals
                .iter()
                .find(|g| g.id == id)
                .is_some_and(|g| g.tasks.iter().any(|t| t.by_when.is_some()))
        })
    });
    view! {
        <article class="card goal" aria-labelledby=format!("goal-{id}-heading")>
            <ItemForm>
                <h2 id=format!("goal-{id}-heading")>{move || fill(t.goal_heading, &[("n", &number.get().to_string())])}</h2>
                <div class="grid two-one">
                    <TextField label=t.outcome binding=field!(plan, goals[id].outcome) multiline=true meter=true id=format!("goal-{id}-outcome")/>
                    <ChoiceField label=t.area binding=field!(plan, goals[id].domain)/>
                </div>
                <TextField label=t.statement binding=statement multiline=true meter=true id=format!("goal-{id}-statement")
                    hint=t.statement_hint/>
                <SmartHints id=id statement=statement.value dated=dated/>
                <div class="grid two-one">
                    <MemberChecks label=t.answers_worries team=worries binding=field!(plan, goals[id].worries)
                        words=ChoiceWords { choose: t.choose_worries, done: t.done_choosing_worries, none: t.no_worry_chosen }/>
                    <MemberSelect label=t.suggested_by team=editor.team binding=field!(plan, goals[id].suggested_by) none_label=t.not_recorded/>
                </div>
                <h3>{t.tasks}</h3>
                <ol class="tasks">
                    <For each=move || task_ids.get() key=|t| *t let:tid>
                        <TaskRow goal=id id=tid number=Signal::derive(move || position_of(&task_ids.get(), tid))
                            on_enter=Callback::new(move |_| add_task.run(Some(tid)))/>
                    </For>
                </ol>
                <button type="button" class="button add small" id=format!("goal-{id}-add-task") on:click=move |_| add_task.run(None)>{t.add_task}</button>
                <h3>{t.services}</h3>
                <ReferralReminder/>
                <ul class="services">
                    <For each=move || service_ids.get() key=|s| *s let:sid>
                        <ServiceRow goal=id id=sid number=Signal::derive(move || position_of(&service_ids.get(), sid))/>
                    </For>
                </ul>
                <button type="button" class="button add small" id=format!("goal-{id}-add-service") on:click=add_service>{t.add_service}</button>
                <div class="row">
                    <PrivateToggle binding=field!(plan, goals[id].private)/>
                    <button type="button" class="button small ghost" aria-label=move || fill(t.delete_goal_label, &[("n", &number.get().to_string())]) on:click=move |_| editor.delete_with_undo(t.goal_deleted, move |p| p.goals.retain(|g| g.id != id))>{t.delete_goal}</button>
                </div>
            </ItemForm>
        </article>
    }
}

fn ids_position(plan: PlanState, id: ItemId) -> usize {
    plan.with_structure(|p| {
        p.goals
            .iter()
            .position(|g| g.id == id)
            .map(|i| i + 1)
            .unwrap_or(0)
    })
}
