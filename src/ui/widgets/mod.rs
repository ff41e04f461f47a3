//! Form pieces shared by the meeting steps: labelled fields with a reading-level
//! meter, item lists where Enter adds the next item, and team-member pickers.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::insert_after;
use wasm_bindgen::JsCast;

use crate::domain::plain_language;
use crate::domain::readability::{self, Level};
use crate::domain::{Choice, ItemId, Plan, TextItem};
use crate::ui::bind::Binding;
use crate::ui::editor::use_editor;

/// Focus an element by id once the DOM has caught up. Leptos renders in
/// microtasks, so the element is usually there on the next timer tick; on a
/// busy machine it may take longer, so try again for up to half a second.
pub fn focus_later(id: String) {
    try_focus(id, 25);
}

fn try_focus(id: String, tries_left: u32) {
    set_timeout(
        move || {
            let element = document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            match element {
                Some(el) => {
                    let _ = el.focus();
                }
                None if tries_left > 0 => try_focus(id, tries_left - 1),
                None => {}
            }
        },
        std::time::Duration::from_millis(if tries_left == 25 { 0 } else { 20 }),
    );
}

/// Move to a part of the page (skip link, "If things go wrong", …) without
/// touching the address: with `<base>` set, a plain `href="#id"` would point at
/// the app's root and replace the shared plan in the fragment.
pub fn jump_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// An in-page link that keeps the address as it is (see [`jump_to`]).
#[component]
pub fn JumpLink(
    #[prop(into)] to: String,
    #[prop(optional, into)] class: String,
    children: Children,
) -> impl IntoView {
    let target = to.clone();
    view! {
        <a class=class href=format!("#{to}") on:click=move |ev| {
            ev.prevent_default();
            jump_to(&target);
        }>{children()}</a>
    }
}

/// Policy P2: service referrals are due within 30 days of an out-of-home placement.
#[component]
pub fn ReferralReminder() -> impl IntoView {
    let plan = use_editor().plan;
    let text = move || {
        plan.with(|p| p.meeting.placement_date).map(|placed| {
            let due = crate::domain::dates::referral_deadline(placed);
            format!(
                "Service referrals are due within 30 days of placement: by {} ({}).",
                crate::domain::dates::format_date(due),
                crate::domain::dates::due_label(due, crate::ui::context::today())
            )
        })
    };
    view! { {move || text().map(|t| view! { <p class="policy-note">{t}</p> })} }
}

/// 1-based position of an item in a list of ids (0 when it is gone), for
/// names such as "Delete strength 2".
pub fn position_of(ids: &[ItemId], id: ItemId) -> usize {
    ids.iter().position(|i| *i == id).map_or(0, |i| i + 1)
}

/// Add an item with a fresh id, then move focus to its first field
/// (`focus` gives that field's element id).
pub fn add_item(
    plan: RwSignal<Plan>,
    add: impl FnOnce(&mut Plan, ItemId),
    focus: impl FnOnce(ItemId) -> String,
) {
    let mut new_id = 0;
    plan.update(|p| {
        new_id = p.alloc_id();
        add(p, new_id);
    });
    focus_later(focus(new_id));
}

/// A practice prompt shown to the room (from the seed documents).
#[component]
pub fn Prompt(children: Children) -> impl IntoView {
    view! { <p class="prompt">{children()}</p> }
}

/// The approximate reading grade of a text, and plain-language suggestions.
#[component]
pub fn ReadingMeter(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let reading = Memo::new(move |_| text.with(|t| readability::reading(t)));
    let suggestions = Memo::new(move |_| {
        text.with(|t| {
            plain_language::suggestions(t)
                .into_iter()
                .map(|s| format!("“{}” → {}", s.found, s.plain))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="meter-row">
            {move || reading.get().map(|r| {
                let class = match readability::level(r.grade) {
                    Level::Easy => "meter easy",
                    Level::Target => "meter target",
                    Level::Hard => "meter hard",
                };
                view! { <span class=class data-grade=format!("{:.1}", r.grade)>{readability::grade_label(r.grade)}</span> }
            })}
            {move || {
                let list = suggestions.get();
                (!list.is_empty()).then(|| view! {
                    <span class="plain-hint">"Plainer words: " {list.join("; ")}</span>
                })
            }}
        </div>
    }
}

/// A labelled text input or text area bound to the plan.
#[component]
pub fn TextField(
    #[prop(into)] label: Signal<String>,
    binding: Binding<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// Show the reading-level meter.
    #[prop(optional)]
    meter: bool,
    /// Element id (for focus and tests); generated when empty.
    #[prop(optional, into)]
    id: Option<String>,
    /// Called on Enter (without Shift) — used to add the next list item.
    #[prop(optional)]
    on_enter: Option<Callback<()>>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("f{}", next_field_number()));
    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let on_input = move |ev: web_sys::Event| binding.set(event_target_value(&ev));
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if let Some(cb) = on_enter {
            if ev.key() == "Enter" && !ev.shift_key() && !ev.ctrl_key() && !ev.alt_key() {
                ev.prevent_default();
                cb.run(());
            }
        }
    };
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="2" placeholder=placeholder.clone()
                aria-describedby=described.clone()
                prop:value=move || binding.get()
                on:input=on_input on:keydown=on_keydown></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" placeholder=placeholder.clone()
                aria-describedby=described.clone()
                prop:value=move || binding.get()
                on:input=on_input on:keydown=on_keydown/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {input}
            {meter.then(|| view! { <ReadingMeter text=binding.value/> })}
        </div>
    }
}

fn next_field_number() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

/// A checkbox bound to the plan.
#[component]
pub fn CheckField(
    #[prop(into)] label: String,
    binding: Binding<bool>,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    view! {
        <label class=format!("check {}", class.unwrap_or_default())>
            <input type="checkbox" prop:checked=move || binding.get()
                on:change=move |ev| binding.set(event_target_checked(&ev))/>
            <span>{label}</span>
        </label>
    }
}

/// The "private (not shared)" switch on an item.
#[component]
pub fn PrivateToggle(binding: Binding<bool>) -> impl IntoView {
    view! {
        <label class="check private-toggle" title="Private items stay on this device and never go into a shared link">
            <input type="checkbox" prop:checked=move || binding.get()
                on:change=move |ev| binding.set(event_target_checked(&ev))/>
            <span>"Private (not shared)"</span>
        </label>
    }
}

/// A dropdown of one of the plan's closed choices (meeting kind, role, area, …).
#[component]
pub fn ChoiceField<T>(#[prop(into)] label: String, binding: Binding<T>) -> impl IntoView
where
    T: Choice + Send + Sync,
{
    let id = format!("s{}", next_field_number());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                if let Some(choice) = T::from_key(&event_target_value(&ev)) {
                    binding.set(choice);
                }
            }>
                {T::all().iter().map(|&choice| view! {
                    <option value=choice.key() selected=move || binding.get() == choice>{choice.label()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A date input bound to an optional date.
#[component]
pub fn DateField(
    #[prop(into)] label: String,
    binding: Binding<Option<NaiveDate>>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("d{}", next_field_number()));
    view! {
        <div class="field field-date">
            <label for=id.clone()>{label}</label>
            <input id=id type="date"
                prop:value=move || binding.get().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    binding.set(NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok());
                }/>
        </div>
    }
}

/// The team's ids and names, for pickers. Made once per open plan
/// ([`crate::ui::editor::EditorContext::team`]); use that one.
pub fn team_names(plan: RwSignal<Plan>) -> Memo<Vec<(ItemId, String)>> {
    Memo::new(move |_| {
        plan.with(|p| {
            p.team
                .iter()
                .map(|m| (m.id, m.display_name().to_string()))
                .collect()
        })
    })
}

/// Choose one team member (or nobody).
#[component]
pub fn MemberSelect(
    #[prop(into)] label: String,
    binding: Binding<Option<ItemId>>,
    #[prop(optional, into)] none_label: Option<String>,
) -> impl IntoView {
    let editor = use_editor();
    let id = format!("m{}", next_field_number());
    let none_label = none_label.unwrap_or_else(|| "— someone else —".into());
    let members = editor.team;
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id
                on:change=move |ev| binding.set(event_target_value(&ev).parse::<ItemId>().ok())>
                <option value="" selected=move || binding.get().is_none()>{none_label.clone()}</option>
                {move || members.get().into_iter().map(|(mid, name)| view! {
                    <option value=mid.to_string() selected=move || binding.get() == Some(mid)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Choose several team members: the chosen ones as chips (each with a remove
/// button), and the whole team as checkboxes only while "Choose people" is
/// open, so a page of many tasks holds one control per task, not one per person.
#[component]
pub fn MemberChecks(#[prop(into)] label: String, binding: Binding<Vec<ItemId>>) -> impl IntoView {
    let members = use_editor().team;
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
            open.set(false);
            focus_later(toggle_id.clone());
        }
    };
    let label_for_chips = label.clone();
    let close_on_escape = close.clone();
    let toggle_for_chips = toggle_id.clone();
    view! {
        <fieldset class="field member-picker">
            <legend>{label.clone()}</legend>
            <ul class="chips">
                {move || {
                    let list = chosen();
                    if list.is_empty() {
                        view! { <li class="chip-none">"Nobody chosen yet"</li> }.into_any()
                    } else {
                        let what = label_for_chips.clone();
                        let toggle = toggle_for_chips.clone();
                        list.into_iter().map(|(mid, name)| {
                            let what = what.clone();
                            let toggle = toggle.clone();
                            view! {
                                <li class="chip">
                                    <span>{name.clone()}</span>
                                    <button type="button" class="chip-remove" aria-label=format!("Remove {name} from “{what}”")
                                        on:click=move |_| {
                                            let mut who = binding.value.get_untracked();
                                            who.retain(|w| *w != mid);
                                            binding.set(who);
                                            // The chip goes: keep focus in the picker.
                                            focus_later(toggle.clone());
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
                {move || if open.get() { "Done choosing" } else { "Choose people" }}
            </button>
            <Show when=move || open.get()>
                <div class="member-options" id=list_id.clone() on:keydown={
                    let close = close_on_escape.clone();
                    move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { ev.prevent_default(); close(); }
                }>
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

/// An editable list of short texts (ground rules, warning signs, …).
/// Enter adds the next item; each item can be deleted (with undo) or marked private.
#[component]
pub fn TextItemList(
    #[prop(into)] label: String,
    /// Name of one item, for buttons ("ground rule").
    #[prop(into)]
    item_name: String,
    list: fn(&Plan) -> &Vec<TextItem>,
    list_mut: fn(&mut Plan) -> &mut Vec<TextItem>,
    #[prop(optional)] meter: bool,
    #[prop(optional)] private_switch: bool,
) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let ids = Memo::new(move |_| plan.with(|p| list(p).iter().map(|i| i.id).collect::<Vec<_>>()));
    let prefix = format!("list-{}", item_name.replace(' ', "-"));
    let add_after = move |after: Option<ItemId>| {
        let mut new_id = 0;
        plan.update(|p| {
            let item = TextItem {
                id: p.alloc_id(),
                ..TextItem::default()
            };
            new_id = item.id;
            let items = list_mut(p);
            insert_after(items, after, item);
        });
        new_id
    };
    let item_name_add = item_name.clone();
    let prefix_add = prefix.clone();
    view! {
        <section class="item-list" aria-label=label.clone()>
            <h3>{label.clone()}</h3>
            <ul>
                <For each=move || ids.get() key=|id| *id let:item_id>
                    {
                        let binding = crate::ui::bind::bind(
                            plan,
                            move |p| list(p).iter().find(|i| i.id == item_id).map(|i| &i.text),
                            move |p| list_mut(p).iter_mut().find(|i| i.id == item_id).map(|i| &mut i.text),
                        );
                        let private = crate::ui::bind::bind(
                            plan,
                            move |p| list(p).iter().find(|i| i.id == item_id).map(|i| &i.private),
                            move |p| list_mut(p).iter_mut().find(|i| i.id == item_id).map(|i| &mut i.private),
                        );
                        let field_id = format!("{}-{}", prefix, item_id);
                        let prefix = prefix.clone();
                        let on_enter = Callback::new(move |_| {
                            let id = add_after(Some(item_id));
                            focus_later(format!("{}-{}", prefix, id));
                        });
                        // Numbered by position, and kept up to date when items are inserted.
                        let number_name = capitalise(&item_name);
                        let item_label = Signal::derive(move || {
                            let n = ids.get().iter().position(|i| *i == item_id).map(|i| i + 1).unwrap_or(0);
                            format!("{number_name} {n}")
                        });
                        let item_name = item_name.clone();
                        view! {
                            <li class="item-row">
                                <TextField label=item_label binding=binding id=field_id on_enter=on_enter meter=meter/>
                                {private_switch.then(|| view! { <PrivateToggle binding=private/> })}
                                <button class="button small ghost" aria-label=format!("Delete this {}", item_name)
                                    on:click=move |_| editor.delete_with_undo(&format!("{} deleted", capitalise(&item_name)), move |p| list_mut(p).retain(|i| i.id != item_id))>
                                    "Delete"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button class="button add" on:click=move |_| {
                let id = add_after(None);
                focus_later(format!("{}-{}", prefix_add, id));
            }>{format!("+ Add {}", item_name_add)}</button>
        </section>
    }
}

/// "ground rule" → "Ground rule".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
