//! The reading-level meter under a text field.

use leptos::prelude::*;

use crate::domain::plain_language;
use crate::domain::readability::{self, Level};

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
