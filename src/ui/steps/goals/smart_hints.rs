//! The live SMART hint under a goal statement.

use leptos::prelude::*;

use crate::domain::i18n::steps::goals::GoalsText;
use crate::domain::smart;
use crate::domain::ItemId;
use crate::ui::context::language::ui_language;

/// The live SMART hint: what the goal statement is missing. Runs only when
/// the statement (or whether any task is dated) changes, not on every keystroke
/// elsewhere in the plan.
#[component]
pub fn SmartHints(id: ItemId, statement: Signal<String>, dated: Memo<bool>) -> impl IntoView {
    let language = ui_language();
    let t = GoalsText::get(language);
    let hints = Memo::new(move |_| {
        statement.with(|s| {
            if s.trim().is_empty() {
                return Vec::new();
            }
            smart::smart_hints(s, dated.get())
                .into_iter()
                .map(|h| h.message_in(language))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="smart" aria-live="polite" id=format!("goal-{id}-smart")>
            {move || {
                let list = hints.get();
                if list.is_empty() {
                    let written = statement.with(|s| !s.trim().is_empty());
                    if written {
                        view! { <p class="smart-ok">{t.smart_ok}</p> }.into_any()
                    } else {
                        ().into_any()
                    }
                } else {
                    view! {
                        <ul class="smart-hints">
                            {list.into_iter().map(|m| view! { <li class="smart-hint">{m}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </div>
    }
}
