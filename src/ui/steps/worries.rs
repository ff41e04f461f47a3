//! Step 4: what we are worried about — in plain words, safety concerns marked,
//! disagreement recorded, and each participant's 0-10 answer shown as a chart.

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, fill, steps::worries::WorriesText};
use crate::domain::insert_after;

use crate::domain::{ItemId, Worry};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::{add_item, position_of, progressive};
use crate::ui::widgets::{CheckField, ItemForm, PrivateToggle, Prompt, TextField};

#[component]
pub fn WorriesStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (WorriesText::get(language), Common::get(language).delete);
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.worries.iter().map(|w| w.id).collect::<Vec<_>>())
    });
    let visible = progressive(ids);
    let add = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                insert_after(
                    &mut p.worries,
                    after,
                    Worry {
                        id,
                        ..Worry::default()
                    },
                );
            },
            |id| format!("worry-{id}"),
        );
    };
    view! {
        <Prompt>{t.prompt}</Prompt>
        <ol class="cards" aria-busy=visible.aria_busy()>
            <For each=move || visible.shown.get() key=|id| *id let:id>
                <li class="card worry">
                    <ItemForm>
                        <TextField label=t.worry binding=field!(plan, worries[id].text) multiline=true meter=true
                            id=format!("worry-{id}") on_enter=Callback::new(move |_| add(Some(id)))/>
                        <div class="row">
                            <CheckField label=t.safety binding=field!(plan, worries[id].safety) class="safety-check"/>
                            <PrivateToggle binding=field!(plan, worries[id].private)/>
                            <button type="button" class="button small ghost" aria-label=move || fill(t.delete_label, &[("n", &position_of(&ids.get(), id).to_string())]) on:click=move |_| editor.delete_with_undo(t.deleted, move |p| p.remove_worry(id))>{delete}</button>
                        </div>
                        <TextField label=t.disagreement binding=field!(plan, worries[id].disagreement) multiline=true meter=true/>
                        <Scale id=id/>
                    </ItemForm>
                </li>
            </For>
        </ol>
        <button type="button" class="button add" id="add-worry" on:click=move |_| add(None)>{t.add}</button>
    }
}

/// The 0-10 scale: one answer per participant, and a bar chart of the answers.
/// Rows are keyed by person, so typing a score and tabbing on keeps focus.
#[component]
fn Scale(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let members = use_editor().team;
    let t = WorriesText::get(ui_language());
    let any_answer = move || {
        plan.with_item(id, |p| {
            p.worries.iter().any(|w| w.id == id && !w.scale.is_empty())
        })
    };
    view! {
        <details class="scale" open=any_answer>
            <summary>{t.scale}</summary>
            <div class="scale-grid">
                <For each=move || members.get() key=|m| m.clone() let:member>
                    <ScaleRow worry=id member=member.0 name=member.1/>
                </For>
            </div>
        </details>
    }
}

#[component]
fn ScaleRow(worry: ItemId, member: ItemId, name: String) -> impl IntoView {
    let plan = use_editor().plan;
    let score = Memo::new(move |_| {
        plan.with_item(worry, |p| {
            p.worries
                .iter()
                .find(|w| w.id == worry)
                .and_then(|w| w.score_of(member))
        })
    });
    let set = move |value: Option<u8>| {
        plan.edit(&[worry], |p| {
            if let Some(w) = p.worries.iter_mut().find(|w| w.id == worry) {
                w.set_score(member, value);
            }
        })
    };
    let input_id = format!("scale-{worry}-{member}");
    view! {
        <label for=input_id.clone()>{name}</label>
        <input id=input_id type="number" min="0" max="10" inputmode="numeric"
            prop:value=move || score.get().map(|s| s.to_string()).unwrap_or_default()
            on:change=move |ev| set(event_target_value(&ev).trim().parse::<u8>().ok())/>
        <div class="bar-track" aria-hidden="true">
            <div class="bar" style=move || format!("width: {}%", score.get().unwrap_or(0) as u32 * 10)></div>
        </div>
        <span class="bar-value">{move || score.get().map(|s| s.to_string()).unwrap_or_else(|| "—".into())}</span>
    }
}
