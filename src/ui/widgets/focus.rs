//! Moving focus: after the DOM catches up, and to a part of the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Focus an element by id once the DOM has caught up. Leptos renders in
/// microtasks, so the element is usually there on the next timer tick; on a
/// busy machine it may take longer, so try again for up to half a second.
pub fn focus_later(id: String) {
    try_focus(id, None, 25, Unless::Never);
}

/// [`focus_later`], or `fallback` if `id` doesn't appear (an item brought
/// back on another step, a plan a search hides).
pub fn focus_later_or(id: String, fallback: &str) {
    try_focus(id, Some(fallback.to_string()), 25, Unless::Never);
}

/// Put focus back on `id` once a list drawn again shows it (the row's controls
/// may now be another row's, or gone), unless someone has put focus elsewhere
/// since this call (a rename field opened in the new row, say); `fallback` if
/// `id` doesn't appear.
pub fn focus_back_or(id: String, fallback: &str) {
    let now = document().active_element();
    try_focus(id, Some(fallback.to_string()), 25, Unless::MovedFrom(now));
}

/// Focus what a page or plan that is loading will show (for up to 30
/// seconds: the editor's first open may fetch its part of the planner on a
/// slow connection), unless something else has focus by then: after
/// following a link, focus would otherwise be on the page body.
pub fn focus_when_shown(id: &str) {
    try_focus(id.to_string(), None, 1500, Unless::OffBody);
}

/// Focus an element that is on the page now (false if it isn't).
pub fn focus_now(id: &str) -> bool {
    html_element(id).is_some_and(|el| el.focus().is_ok())
}

/// Focus `id` now if it is on the page, else as soon as it appears: before
/// what has focus is removed, so focus never falls to the page.
pub fn focus_now_or_later(id: String) {
    if !focus_now(&id) {
        focus_later(id);
    }
}

fn html_element(id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
}

/// When a focus asked for earlier is no longer wanted.
enum Unless {
    Never,
    /// Something on the page has focus.
    OffBody,
    /// Focus has moved from this element (or from the body) to another one.
    MovedFrom(Option<Element>),
}

impl Unless {
    fn holds(&self) -> bool {
        match self {
            Unless::Never => false,
            Unless::OffBody => !on_body(),
            Unless::MovedFrom(was) => !on_body() && document().active_element() != *was,
        }
    }
}

/// Look for `id` now and then every 20 ms, `tries` more times.
fn try_focus(id: String, fallback: Option<String>, tries: u32, unless: Unless) {
    retry_focus(id, fallback, tries, unless, 0);
}

fn retry_focus(
    id: String,
    fallback: Option<String>,
    tries_left: u32,
    unless: Unless,
    delay_ms: u64,
) {
    set_timeout(
        move || match html_element(&id) {
            Some(_) if unless.holds() => {}
            Some(el) => {
                let _ = el.focus();
            }
            None if tries_left > 0 => retry_focus(id, fallback, tries_left - 1, unless, 20),
            None => {
                if let Some(fallback) = fallback.filter(|_| !unless.holds()) {
                    focus_now(&fallback);
                }
            }
        },
        std::time::Duration::from_millis(delay_ms),
    );
}

/// Nothing on the page has focus (it is on the body).
fn on_body() -> bool {
    document()
        .active_element()
        .is_none_or(|el| document().body().is_some_and(|body| *body == el))
}

/// A card or row of a list: the item that focus leaves when it is removed.
const ITEM: &str = "li, article";
const FOCUSABLE: &str = "input:not([type=hidden]), textarea, select, button, summary, a[href]";

/// Where focus goes when the item (the card or row, `li` or `article`)
/// holding `from` leaves its list: the same control in the next item (else
/// that item's first field), else in the previous item, else the list's
/// "+ Add" button (the first `.add` after the list). None when `from` is in
/// no list or the list has no neighbour and no "+ Add".
pub fn focus_after_removal(from: &Element) -> Option<HtmlElement> {
    let item = from.closest(ITEM).ok()??;
    let in_neighbour = |other: Option<Element>| {
        let other = other?;
        let text = from.text_content();
        let buttons = other.query_selector_all("button").ok()?;
        (0..buttons.length())
            .filter_map(|i| buttons.item(i)?.dyn_into::<Element>().ok())
            .find(|b| b.text_content() == text)
            .or_else(|| other.query_selector(FOCUSABLE).ok()?)
    };
    let add_button = || {
        let mut next = item.parent_element()?.next_element_sibling();
        while let Some(el) = next {
            if el.matches(".add").unwrap_or(false) {
                return Some(el);
            }
            next = el.next_element_sibling();
        }
        None
    };
    in_neighbour(item.next_element_sibling())
        .or_else(|| in_neighbour(item.previous_element_sibling()))
        .or_else(add_button)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// The id of the first field of the item (card or row) holding `from`, to
/// focus it again if the item comes back (undo).
pub fn item_first_field(from: &Element) -> Option<String> {
    let field = from.closest(ITEM).ok()??.query_selector(FOCUSABLE).ok()??;
    Some(field.id()).filter(|id| !id.is_empty())
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

/// The page's first link, "Skip to the content", to its `<main id="main">`.
#[component]
pub fn SkipLink(language: crate::domain::Language) -> impl IntoView {
    let t = crate::domain::i18n::common::Common::get(language);
    view! { <JumpLink to="main" class="skip-link" attr:lang=language.key()>{t.skip_to_content}</JumpLink> }
}
