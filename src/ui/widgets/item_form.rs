//! One item's controls (a goal, a strength, a team member…) in a form of their own.
//!
//! Chromium's form autofill reads the form a control belongs to on every
//! keystroke and caret move, and a control outside any `<form>` belongs to one
//! form made of every such control on the page. On a large plan's Worries step
//! that was 1,360 controls, re-read twice per key: 50–60 ms long tasks at 4×
//! CPU throttle, even in a text area with no app code. A form per item keeps
//! that read to the item's own controls (see `scripts/bench-ui.sh`, "longest
//! task while typing").
//!
//! The form is never submitted (the page's CSP has `form-action 'none'`): a
//! submit is cancelled, every button in the app is `type="button"`, so Enter in
//! a field never presses one, and `display: contents` leaves the card's layout
//! as it was.

use leptos::prelude::*;

#[component]
pub fn ItemForm(children: Children) -> impl IntoView {
    view! {
        <form class="item-form" novalidate=true on:submit=|ev| ev.prevent_default()>
            {children()}
        </form>
    }
}
