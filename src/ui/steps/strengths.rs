//! Step 3: what's working well — strengths per person and for the family,
//! including times the family coped well before (B3), in the family's own words.

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, fill, steps::strengths::StrengthsText};
use crate::domain::insert_after;

use crate::domain::{ItemId, Strength, Whose};
use crate::field;
use crate::ui::bind::Binding;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::{add_item, position_of, progressive};
use crate::ui::widgets::{CheckField, ItemForm, MemberSelect, PrivateToggle, Prompt, TextField};

#[component]
pub fn StrengthsStep() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (StrengthsText::get(language), Common::get(language).delete);
    let ids = Memo::new(move |_| {
        plan.with_structure(|p| p.strengths.iter().map(|s| s.id).collect::<Vec<_>>())
    });
    let visible = progressive(ids);
    let add = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                let whose = after
                    .and_then(|a| p.strengths.iter().find(|s| s.id == a))
                    .map(|s| s.whose)
                    .unwrap_or_default();
                insert_after(
                    &mut p.strengths,
                    after,
                    Strength {
                        id,
                        whose,
                        ..Strength::default()
                    },
                );
            },
            |id| format!("strength-{id}"),
        );
    };
    view! {
        <Prompt>{t.going_well_prompt}</Prompt>
        <Prompt>{t.hard_time_prompt}</Prompt>
        <ol class="cards" aria-busy=visible.aria_busy()>
            <For each=move || visible.shown.get() key=|id| *id let:id>
                <li class="card strength">
                    <ItemForm>
                        <div class="grid two-one">
                            <TextField label=t.strength binding=field!(plan, strengths[id].text) multiline=true meter=true
                                id=format!("strength-{id}") on_enter=Callback::new(move |_| add(Some(id)))/>
                            <WhoseSelect id=id/>
                        </div>
                        <div class="row">
                            <CheckField label=t.past_success binding=field!(plan, strengths[id].past_success)/>
                            <PrivateToggle binding=field!(plan, strengths[id].private)/>
                            <button type="button" class="button small ghost" aria-label=move || fill(t.delete_label, &[("n", &position_of(&ids.get(), id).to_string())]) on:click=move |_| editor.delete_with_undo(t.deleted, move |p| p.strengths.retain(|s| s.id != id))>{delete}</button>
                        </div>
                    </ItemForm>
                </li>
            </For>
        </ol>
        <button type="button" class="button add" id="add-strength" on:click=move |_| add(None)>{t.add}</button>
    }
}

/// Whose strength: the family, or a person on the team (one list for the
/// whole team, kept in step by one effect: see [`MemberSelect`]).
#[component]
fn WhoseSelect(id: ItemId) -> impl IntoView {
    let editor = use_editor();
    let t = StrengthsText::get(ui_language());
    let whose = crate::ui::bind::bind(
        editor.plan,
        [id],
        move |p| p.strengths.iter().find(|s| s.id == id).map(|s| &s.whose),
        move |p| {
            p.strengths
                .iter_mut()
                .find(|s| s.id == id)
                .map(|s| &mut s.whose)
        },
    );
    let person = Binding {
        value: Signal::derive(move || match whose.get() {
            Whose::Person(m) => Some(m),
            Whose::Family => None,
        }),
        write: Callback::new(move |m: Option<ItemId>| {
            whose.set(m.map(Whose::Person).unwrap_or(Whose::Family))
        }),
    };
    view! {
        <MemberSelect label=t.whose binding=person team=editor.team
            none_label=t.whole_family id=format!("strength-{id}-whose")/>
    }
}
