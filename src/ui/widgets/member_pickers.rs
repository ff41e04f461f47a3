//! Choosing team members: one ("Who checks") from a list, or several ("Who
//! does it") as chips with the whole team opened on demand, so a page of many
//! tasks holds one control per task, not one per person.

use leptos::prelude::*;

use super::fields::follow_choice;
use super::{focus_now_or_later, next_field_number};
use crate::domain::i18n::{fill, steps::widgets::WidgetsText};
use crate::domain::ItemId;
use crate::ui::bind::Binding;
use crate::ui::context::language::ui_language;

/// The team's ids and names, computed once per open plan
/// ([`crate::ui::editor_state::EditorContext::team`]).
pub type TeamNames = Memo<Vec<(ItemId, String)>>;

/// Choose one team member (or nobody).
#[component]
pub fn MemberSelect(
    #[prop(into)] label: String,
    binding: Binding<Option<ItemId>>,
    team: TeamNames,
    #[prop(optional, into)] none_label: Option<String>,
    /// Element id (for focus and tests); generated when empty.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("m{}", next_field_number()));
    let none_label =
        none_label.unwrap_or_else(|| WidgetsText::get(ui_language()).someone_else.into());
    let members = team;
    // One effect keeps the choice in step (not one reactive attribute per
    // option: a crisis plan of 20 rows and 30 people would hold 600 of them).
    let select = follow_choice(move || {
        let who = binding.get();
        // Someone no longer on the team shows as "someone else", not blank.
        let on_team = members.with(|m| who.is_some_and(|w| m.iter().any(|(id, _)| *id == w)));
        who.filter(|_| on_team)
            .map(|m| m.to_string())
            .unwrap_or_default()
    });
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id node_ref=select
                on:change=move |ev| binding.set(event_target_value(&ev).parse::<ItemId>().ok())>
                <option value="" selected=binding.value.get_untracked().is_none()>{none_label.clone()}</option>
                {move || {
                    let chosen = binding.value.get_untracked();
                    members.get().into_iter().map(|(mid, name)| view! {
                        <option value=mid.to_string() selected=chosen == Some(mid)>{name}</option>
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// What a [`MemberChecks`] says when its choices are not people.
#[derive(Clone, Copy)]
pub struct ChoiceWords {
    pub choose: &'static str,
    pub done: &'static str,
    pub none: &'static str,
}

/// Choose several team members: the chosen ones as chips (each with a remove
/// button), and the whole team as checkboxes only while "Choose people" is
/// open, so a page of many tasks holds one control per task, not one per person.
#[component]
pub fn MemberChecks(
    #[prop(into)] label: String,
    binding: Binding<Vec<ItemId>>,
    team: TeamNames,
    /// The words of the open button, the close button and the empty list,
    /// when the choices are not people (e.g. a goal's worries).
    #[prop(optional)]
    words: Option<ChoiceWords>,
) -> impl IntoView {
    let t = WidgetsText::get(ui_language());
    let words = words.unwrap_or(ChoiceWords {
        choose: t.choose_people,
        done: t.done_choosing,
        none: t.nobody_chosen,
    });
    let members = team;
    let open = RwSignal::new(false);
    let n = next_field_number();
    let list_id = format!("p{n}-list");
    let toggle_id = format!("p{n}-toggle");
    let chosen = move || {
        let who = binding.get();
        members.with(|m| {
            m.iter()
                .filter(|(id, _)| who.contains(id))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let close = {
        let toggle_id = toggle_id.clone();
        move || {
            // Onto the button before the list goes, so focus never falls to the page.
            focus_now_or_later(toggle_id.clone());
            open.set(false);
        }
    };
    let label_for_chips = label.clone();
    let close_on_escape = close.clone();
    let toggle_for_chips = toggle_id.clone();
    view! {
        <fieldset class="field member-picker" on:keydown={
            let close = close_on_escape.clone();
            // Escape closes the open list (from its boxes or its button), and
            // goes no further.
            move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" && open.get_untracked() { ev.prevent_default(); close(); }
        }>
            <legend>{label.clone()}</legend>
            <ul class="chips">
                {move || {
                    let list = chosen();
                    if list.is_empty() {
                        view! { <li class="chip-none">{words.none}</li> }.into_any()
                    } else {
                        let what = label_for_chips.clone();
                        let toggle = toggle_for_chips.clone();
                        list.into_iter().map(|(mid, name)| {
                            let what = what.clone();
                            let toggle = toggle.clone();
                            view! {
                                <li class="chip">
                                    <span>{name.clone()}</span>
                                    <button type="button" class="chip-remove" aria-label=fill(t.remove_chip, &[("name", &name), ("what", &what)])
                                        on:click=move |_| {
                                            // The chip goes: keep focus in the picker (moved
                                            // first, so it never falls to the page).
                                            focus_now_or_later(toggle.clone());
                                            let mut who = binding.value.get_untracked();
                                            who.retain(|w| *w != mid);
                                            binding.set(who);
                                        }>"×"</button>
                                </li>
                            }
                        }).collect_view().into_any()
                    }
                }}
            </ul>
            <button type="button" class="button small ghost" id=toggle_id.clone()
                aria-expanded=move || open.get().to_string() aria-controls=list_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || if open.get() { words.done } else { words.choose }}
            </button>
            <Show when=move || open.get()>
                <div class="member-options" id=list_id.clone()>
                    {move || members.get().into_iter().map(|(mid, name)| view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || binding.get().contains(&mid)
                                on:change=move |ev| {
                                    let mut who = binding.value.get_untracked();
                                    who.retain(|w| *w != mid);
                                    if event_target_checked(&ev) { who.push(mid); }
                                    binding.set(who);
                                }/>
                            <span>{name}</span>
                        </label>
                    }).collect_view()}
                </div>
            </Show>
        </fieldset>
    }
}
