//! The reading-level meter under a text field.

use leptos::prelude::*;

use crate::domain::plain_language;
use crate::domain::readability::{self, Level};
use crate::domain::Language;
use crate::ui::context::language::ui_language;
use crate::ui::debounce::settled;

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
    // What is typed reaches the meter once typing pauses (see `settled`).
    let text = settled(text);
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
    // The span stays while there is a reading; a keystroke changes only what it
    // says (its class when the level changes), not the element.
    let shown = Memo::new(move |_| reading.with(Option::is_some));
    let level = Memo::new(move |_| reading.with(|r| r.as_ref().map(|r| r.level)));
    let value = move |wanted: bool| {
        (wanted == (language.get() == Language::English))
            .then(|| reading.with(|r| r.as_ref().map(|r| format!("{:.1}", r.value))))
            .flatten()
    };
    view! {
        <div class="meter-row">
            {move || shown.get().then(|| view! {
                <span
                    class=move || match level.get() {
                        Some(Level::Easy) | None => "meter easy",
                        Some(Level::Target) => "meter target",
                        Some(Level::Hard) => "meter hard",
                    }
                    data-grade=move || value(true)
                    data-ease=move || value(false)
                >
                    {move || reading.with(|r| r.as_ref().map(|r| r.label.clone()).unwrap_or_default())}
                </span>
            })}
            {move || suggestions.get().map(|hint| view! { <span class="plain-hint">{hint}</span> })}
        </div>
    }
}
