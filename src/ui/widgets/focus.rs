//! Moving focus: after the DOM catches up, and to a part of the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focus an element by id once the DOM has caught up. Leptos renders in
/// microtasks, so the element is usually there on the next timer tick; on a
/// busy machine it may take longer, so try again for up to half a second.
pub fn focus_later(id: String) {
    try_focus(id, 25);
}

/// Focus an element that is on the page now (false if it isn't).
pub fn focus_now(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
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
