//! The interface language: the facilitator's choice, remembered on this
//! device (localStorage), by default the browser's language. Screens read it
//! once when they are built; changing it rebuilds the screens (see `App`).
//!
//! What the family or the room reads (family view, family printout, .ics,
//! presentation mode, audience window) uses the plan's language instead, and
//! sets the page's `lang` to it while shown ([`use_document_language`]).

use leptos::prelude::*;

use crate::domain::i18n::{self, common::Common};
use crate::domain::Language;
use crate::storage::prefs::Prefs;

/// The interface language, provided at the app's root.
#[derive(Clone, Copy)]
pub struct UiLanguage(pub RwSignal<Language>);

/// The id of the interface language picker (focus returns to it after a change).
pub const PICKER_ID: &str = "interface-language";

impl UiLanguage {
    /// The remembered choice, else the browser's language, else English.
    pub fn start() -> UiLanguage {
        let chosen = Prefs::load()
            .interface_language
            .as_deref()
            .and_then(i18n::language_from_key)
            .unwrap_or_else(|| {
                i18n::language_from_tag(&window().navigator().language().unwrap_or_default())
            });
        let signal = RwSignal::new(chosen);
        Effect::new(move |_| {
            let language = signal.get();
            set_document_language(language);
            // The tab's name, unless a screen named it (the audience window).
            let titles = [Common::EN.app_title, Common::ES.app_title];
            if titles.contains(&document().title().as_str()) {
                document().set_title(Common::get(language).app_title);
            }
            let mut prefs = Prefs::load();
            if prefs.interface_language.as_deref() != Some(language.key()) {
                prefs.interface_language = Some(language.key().to_string());
                prefs.save();
            }
        });
        UiLanguage(signal)
    }
}

/// The interface language now (English where no app is mounted, as in
/// component tests). Not reactive: screens are rebuilt when it changes.
pub fn ui_language() -> Language {
    use_context::<UiLanguage>()
        .map(|l| l.0.get_untracked())
        .unwrap_or_default()
}

/// Set `<html lang>`.
pub fn set_document_language(language: Language) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", language.key());
    }
}

/// While the calling screen is shown, the page's `lang` follows `language`
/// (the plan's); afterwards it is the interface language again.
pub fn use_document_language(language: Signal<Language>) {
    let interface = use_context::<UiLanguage>();
    Effect::new(move |_| set_document_language(language.get()));
    on_cleanup(move || {
        set_document_language(interface.map(|l| l.0.get_untracked()).unwrap_or_default())
    });
}

/// Choose the interface language (English / Español).
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let Some(UiLanguage(language)) = use_context::<UiLanguage>() else {
        return ().into_any();
    };
    let t = Common::get(language.get_untracked());
    view! {
        <div class="field interface-language">
            <label for=PICKER_ID>{t.interface_language}</label>
            <select id=PICKER_ID on:change=move |ev| {
                if let Some(chosen) = i18n::language_from_key(&event_target_value(&ev)) {
                    if chosen != language.get_untracked() {
                        language.set(chosen);
                        // The screen is rebuilt in the new language: keep focus here.
                        crate::ui::widgets::focus_when_shown(PICKER_ID);
                    }
                }
            }>
                {Language::ALL.into_iter().map(|l| view! {
                    <option value=l.key() lang=l.key() selected=move || language.get() == l>{l.own_name()}</option>
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}
