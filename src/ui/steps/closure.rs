//! Step 8: when will we know we're done — safe case closure criteria in the six
//! categories of seed 002 (B5), permanency goal and concurrent plan (B7, D4, K5).

use leptos::prelude::*;

use crate::domain::i18n::{common::Common, fill, steps::closure::ClosureText};
use crate::domain::insert_after;

use crate::domain::{ClosureCategory, ClosureCriterion, ItemId};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::{add_item, position_of};
use crate::ui::widgets::{CheckField, ItemForm, PrivateToggle, Prompt, TextField};

#[component]
pub fn ClosureStep() -> impl IntoView {
    let plan = use_editor().plan;
    let t = ClosureText::get(ui_language());
    view! {
        <Prompt>{t.prompt}</Prompt>
        {ClosureCategory::ALL.into_iter().map(|category| view! { <Category category=category/> }).collect_view()}
        <h2>{t.lasting_home}</h2>
        <div class="grid two">
            <TextField label=t.permanency binding=field!(plan, permanency.goal) multiline=true meter=true id="permanency-goal"/>
            <TextField label=t.concurrent binding=field!(plan, permanency.concurrent) multiline=true meter=true id="permanency-concurrent"/>
        </div>
    }
}

#[component]
fn Category(category: ClosureCategory) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let (t, delete) = (ClosureText::get(language), Common::get(language).delete);
    let category_label = category.label_in(language);
    let ids = Memo::new(move |_| {
        // An item's category is set when it is added and never changes.
        plan.with_structure(|p| {
            p.closure
                .iter()
                .filter(|c| c.category == category)
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    });
    let add = move |after: Option<ItemId>| {
        add_item(
            plan,
            |p, id| {
                insert_after(
                    &mut p.closure,
                    after,
                    ClosureCriterion {
                        id,
                        category,
                        ..ClosureCriterion::default()
                    },
                );
            },
            |id| format!("closure-{id}"),
        );
    };
    view! {
        <section class="closure-category" data-category=category.key()>
            <h2>{category_label}</h2>
            <p class="hint">{category.practice_term_in(language)}</p>
            <ul>
                <For each=move || ids.get() key=|id| *id let:id>
                    <li class="item-row">
                        <ItemForm>
                            <TextField label=t.what_true multiline=true binding=field!(plan, closure[id].text) id=format!("closure-{id}")
                                on_enter=Callback::new(move |_| add(Some(id))) meter=true/>
                            <CheckField label=t.met binding=field!(plan, closure[id].met)/>
                            <PrivateToggle binding=field!(plan, closure[id].private)/>
                            <button type="button" class="button small ghost" aria-label=move || fill(t.delete_label, &[("n", &position_of(&ids.get(), id).to_string()), ("category", category_label)]) on:click=move |_| editor.delete_with_undo(t.deleted, move |p| p.closure.retain(|c| c.id != id))>{delete}</button>
                        </ItemForm>
                    </li>
                </For>
            </ul>
            <button type="button" class="button add small" id=format!("add-{}", category.key()) aria-label=fill(t.add_label, &[("category", category_label)]) on:click=move |_| add(None)>{t.add}</button>
        </section>
    }
}
