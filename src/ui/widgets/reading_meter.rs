//! The reading-level meter under a text field.

use leptos::prelude::*;

use crate::domain::plain_language;
use crate::domain::readability::{self, Level};
use crate::domain::Language;
use crate::ui::context::language::ui_language;

/// The language the open plan's texts are written in, for the meters (the
/// editor provides it; English where none is given).
#[derive(Clone, Copy)]
pub struct TextLanguage(pub Signal<Language>);

/// The approximate reading level of a text, by the formula made for the
/// plan's language, and plain-language suggestions (the plan's language's
/// words), named in the interface language.
#[component]
pub fn ReadingMeter(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let interface = ui_language();
    let language = use_context::<TextLanguage>()
        .map(|l| l.0)
        .unwrap_or_else(|| Signal::stored(Language::English));
    let reading = Memo::new(move |_| {
        let language = language.get();
        text.with(|t| readability::meter_in(&[t], language, interface))
    });
    let suggestions = Memo::new(move |_| {
        let language = language.get();
        text.with(|t| {
            plain_language::hint_in(&plain_language::suggestions_in(t, language), interface)
        })
    });
    view! {
        <div class="meter-row">
            {move || reading.get().map(|r| {
                let class = match r.level {
                    Level::Easy => "meter easy",
                    Level::Target => "meter target",
                    Level::Hard => "meter hard",
                };
                let english = language.get() == Language::English;
                view! { <span class=class data-grade=english.then(|| format!("{:.1}", r.value))
                    data-ease=(!english).then(|| format!("{:.1}", r.value))>{r.label}</span> }
            })}
            {move || suggestions.get().map(|hint| view! { <span class="plain-hint">{hint}</span> })}
        </div>
    }
}
