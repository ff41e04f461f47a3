//! One step on the wall: the question, the cards, and what is not shown.
//! Drawn from a [`WallStep`] only, so it can't show what the wall projection
//! left out. With `editable`, a card's text opens to be edited in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::common::Common;
use crate::domain::i18n::fill;
use crate::domain::i18n::wall::PresentText;
use crate::domain::wall::{WallCard, WallStep, WallText};
use crate::domain::Language;
use crate::ui::editor_state::use_editor;
use crate::ui::widgets::{focus_later, focus_now, TextField};

use super::Presenter;

#[component]
pub fn Slide(
    slide: Signal<WallStep>,
    current: Signal<Option<String>>,
    /// The facilitator's window: cards can be edited.
    #[prop(optional)]
    editable: bool,
    /// Called with a card's key when focus moves into it.
    #[prop(optional)]
    on_focus_card: Option<Callback<String>>,
) -> impl IntoView {
    let keys = Memo::new(move |_| {
        slide.with(|s| s.cards.iter().map(|c| c.key.clone()).collect::<Vec<_>>())
    });
    let note = Memo::new(move |_| slide.with(WallStep::hidden_note));
    // Everything on the wall is in the plan's language.
    let language = Memo::new(move |_| slide.with(|s| s.language));
    let focusin = move |ev: web_sys::FocusEvent| {
        let key = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-card]").ok().flatten())
            .and_then(|el| el.get_attribute("data-card"));
        if let (Some(key), Some(cb)) = (key, on_focus_card) {
            cb.run(key);
        }
    };
    view! {
        <h1 id="step-title" tabindex="-1" class="wall-question">{move || slide.with(WallStep::question)}</h1>
        <Show when=move || !keys.with(Vec::is_empty)
            fallback=move || view! { <p class="wall-empty">{move || PresentText::get(language.get()).nothing_yet}</p> }>
            <ol class="wall-cards" on:focusin=focusin>
                <For each=move || keys.get() key=|k| k.clone() let:key>
                    <Card card_key=key slide=slide current=current editable=editable/>
                </For>
            </ol>
        </Show>
        {move || note.get().map(|n| view! { <p class="wall-hidden-note">{n}</p> })}
    }
}

#[component]
fn Card(
    card_key: String,
    slide: Signal<WallStep>,
    current: Signal<Option<String>>,
    editable: bool,
) -> impl IntoView {
    let key = card_key.clone();
    let card = Memo::new(move |_| {
        slide.with(|s| {
            s.cards
                .iter()
                .position(|c| c.key == key)
                .map(|i| (i + 1, s.cards[i].clone()))
        })
    });
    // The card's text is the family's words, in the plan's language, and so
    // is the wall's own wording around it.
    let language = Memo::new(move |_| slide.with(|s| s.language));
    let lang = move || language.get().key();
    let key = card_key.clone();
    let is_current = Memo::new(move |_| current.with(|c| c.as_deref() == Some(key.as_str())));
    let presenter = use_context::<Presenter>().filter(|_| editable);
    let key = card_key.clone();
    let editing = Memo::new(move |_| {
        presenter.is_some_and(|p| p.editing.with(|e| e.as_deref() == Some(key.as_str())))
    });
    let edit_text = Memo::new(move |_| card.with(|c| c.as_ref().and_then(|(_, c)| c.edit)));
    let key = card_key.clone();
    let start = Callback::new(move |_: ()| {
        if let Some(p) = presenter {
            p.editing.set(Some(key.clone()));
        }
        focus_later(format!("wall-text-{key}"));
    });
    // Focus goes back to the card's Edit button before the field goes, so it
    // never drops to the page.
    let key = card_key.clone();
    let finish = Callback::new(move |_: ()| {
        focus_now(&format!("wall-edit-{key}"));
        if let Some(p) = presenter {
            p.editing.set(None);
        }
    });
    let can_edit = editable && edit_text.get_untracked().is_some();
    let edit_name = move || {
        card.with(|c| {
            c.as_ref()
                .map(|(n, c)| {
                    fill(
                        PresentText::get(language.get()).edit_card,
                        &[("n", &n.to_string()), ("heading", &c.heading)],
                    )
                })
                .unwrap_or_default()
        })
    };
    let key = card_key.clone();
    view! {
        <li class="wall-card" class:current=move || is_current.get() data-card=card_key.clone()
            // A card with nothing to edit can still be the one worked on.
            tabindex=(editable && !can_edit).then_some("0")
            on:keydown=move |ev| if ev.key() == "Escape" && editing.get_untracked() { ev.prevent_default(); finish.run(()); }>
            {move || card.with(|c| c.as_ref().map(|(_, c)| view! {
                <p class="wall-card-heading">
                    <span>{c.heading.clone()}</span>
                    {c.tag.clone().map(|t| view! { <span class="wall-tag">{t}</span> })}
                </p>
            }))}
            {move || (!editing.get()).then(|| card.with(|c| c.as_ref().map(|(_, c)| {
                let unwritten = c.text.is_empty();
                let text = if unwritten { PresentText::get(language.get()).not_written.to_string() } else { c.text.clone() };
                view! {
                    <p class="wall-card-text" class:unwritten=unwritten lang=move || (!unwritten).then(lang)
                        on:click=move |_| if can_edit { start.run(()) }>{text}</p>
                }
            })))}
            {move || editing.get().then(|| edit_text.get().map(|text| view! { <CardEditor text=text language=language.get_untracked() id=format!("wall-text-{key}") done=finish/> }))}
            {move || card.with(|c| c.as_ref().map(|(_, c)| more(c, is_current.get())))}
            {can_edit.then(|| view! {
                <button type="button" class="wall-edit" id=format!("wall-edit-{card_key}") aria-label=edit_name
                    on:click=move |_| start.run(())>{move || Common::get(language.get()).edit}</button>
            })}
        </li>
    }
}

/// The lines under a card's text; a goal's tasks on the card being worked on.
fn more(card: &WallCard, current: bool) -> impl IntoView {
    let details = current && !card.details.is_empty();
    view! {
        {(!card.lines.is_empty() && !details).then(|| view! {
            <ul class="wall-card-lines">{card.lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        })}
        {details.then(|| view! {
            <ul class="wall-card-details">{card.details.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        })}
    }
}

/// The text of a card as a field bound to the plan (Enter or Escape: done).
#[component]
fn CardEditor(
    text: WallText,
    /// The wall's language (the plan's).
    language: Language,
    id: String,
    done: Callback<()>,
) -> impl IntoView {
    let plan = use_editor().plan;
    let keys = text.keys();
    let binding = match keys.as_slice() {
        [id] => crate::ui::bind::bind(plan, [*id], move |p| text.get(p), move |p| text.get_mut(p)),
        _ => crate::ui::bind::bind(plan, [], move |p| text.get(p), move |p| text.get_mut(p)),
    };
    view! {
        <div class="wall-card-editor">
            <TextField label=text.label_in(language) binding=binding multiline=true id=id on_enter=done/>
            <button type="button" class="button small" on:click=move |_| done.run(())>{Common::get(language).done}</button>
        </div>
    }
}
