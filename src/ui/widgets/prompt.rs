//! Practice prompts shown to the room.

use leptos::prelude::*;

/// A practice prompt shown to the room (from the seed documents).
#[component]
pub fn Prompt(children: Children) -> impl IntoView {
    view! { <p class="prompt">{children()}</p> }
}
