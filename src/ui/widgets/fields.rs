//! Labelled form fields bound to one place in the plan.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{ReadingMeter, TextLanguage};
use crate::domain::i18n::steps::widgets::WidgetsText;
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::{
    CaseEventKind, Choice, Domain, HomeSafety, Language, MeetingKind, Role, SupportKind, TaskStatus,
};
use crate::ui::bind::Binding;
use crate::ui::context::language::ui_language;

/// A labelled text input or text area bound to the plan. What is typed is
/// the plan's words, so the field's `lang` is the plan's language (where the
/// editor gives it, [`TextLanguage`]), for screen readers and spell-checkers.
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
    let lang = use_context::<TextLanguage>().map(|l| l.0);
    let lang = move || lang.map(|l| l.get().key());
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
            <textarea id=id.clone() rows="2" placeholder=placeholder.clone() maxlength=MAX_TEXT_CHARS lang=lang
                aria-describedby=described.clone()
                prop:value=move || binding.get()
                on:input=on_input on:keydown=on_keydown></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" placeholder=placeholder.clone() maxlength=MAX_TEXT_CHARS lang=lang
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

/// A number for generated element ids, unique on the page.
pub fn next_field_number() -> u64 {
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
    let t = WidgetsText::get(ui_language());
    view! {
        <label class="check private-toggle" title=t.private_title>
            <input type="checkbox" prop:checked=move || binding.get()
                on:change=move |ev| binding.set(event_target_checked(&ev))/>
            <span>{t.private}</span>
        </label>
    }
}

/// A closed choice's name in the interface language (see
/// `crate::domain::i18n::labels`).
pub trait ChoiceLabel: Choice {
    /// The choice's name in `language`.
    fn label_in(self, language: Language) -> String;
}

macro_rules! choice_label {
    ($($t:ident),*) => { $(impl ChoiceLabel for $t {
        fn label_in(self, language: Language) -> String { $t::label_in(self, language).to_string() }
    })* };
}

choice_label!(
    MeetingKind,
    Role,
    SupportKind,
    Domain,
    TaskStatus,
    CaseEventKind,
    HomeSafety
);

impl ChoiceLabel for Language {
    /// Each language by its own name, with its name in `language` when that
    /// differs: "Español (Spanish)" in English, "English (inglés)" in Spanish.
    fn label_in(self, language: Language) -> String {
        if self == language {
            self.own_name().to_string()
        } else {
            format!("{} ({})", self.own_name(), self.name_in(language))
        }
    }
}

/// A dropdown of one of the plan's closed choices (meeting kind, role, area, …),
/// named in the interface language.
#[component]
pub fn ChoiceField<T>(
    #[prop(into)] label: String,
    binding: Binding<T>,
    /// Element id (for focus and tests); generated when empty.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView
where
    T: ChoiceLabel + Send + Sync,
{
    let language = ui_language();
    let id = id.unwrap_or_else(|| format!("s{}", next_field_number()));
    // A team of 30 has 30 × 12 roles: one effect, not a reactive attribute each.
    let select = follow_choice(move || binding.get().key().to_string());
    let chosen = binding.value.get_untracked();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id node_ref=select on:change=move |ev| {
                if let Some(choice) = T::from_key(&event_target_value(&ev)) {
                    binding.set(choice);
                }
            }>
                {T::all().iter().map(|&choice| view! {
                    <option value=choice.key() selected=chosen == choice>{choice.label_in(language)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A `<select>` whose shown choice follows `value` (an option's value) through
/// one effect, instead of one reactive `selected` attribute per option; the
/// options themselves stay static. Put the returned ref on the `<select>`.
pub fn follow_choice(value: impl Fn() -> String + 'static) -> NodeRef<leptos::html::Select> {
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let want = value();
        if let Some(el) = select.get() {
            if el.value() != want {
                el.set_value(&want);
            }
        }
    });
    select
}

/// What a [`DateField`] checks a typed date against (see
/// [`crate::domain::dates::read_typed_date`]); every date field reads a
/// two-digit year as 20xx and refuses a year outside 1900–2200.
#[derive(Clone, Copy, Default)]
pub enum DateCheck {
    /// Only the year and "more than 3 years away".
    #[default]
    Other,
    /// The next meeting: warned when before this meeting's date.
    NextMeeting(Signal<Option<NaiveDate>>),
    /// A deadline: warned when already past as it is typed.
    Deadline,
}

/// A date input bound to an optional date. What is typed is checked as it
/// is typed ([`DateCheck`]): Chromium stores "12/15/26" as the year 0026,
/// which is kept as 2026 and said so; an impossible year is refused and the
/// previous date kept. The note is tied to the input and announced.
#[component]
pub fn DateField(
    #[prop(into)] label: String,
    binding: Binding<Option<NaiveDate>>,
    #[prop(optional, into)] id: Option<String>,
    #[prop(optional)] check: DateCheck,
) -> impl IntoView {
    use crate::domain::dates::{input_date, read_typed_date, DateContext};
    use crate::domain::i18n::steps::dates::notes_text;
    let id = id.unwrap_or_else(|| format!("d{}", next_field_number()));
    let note_id = format!("{id}-note");
    let language = ui_language();
    let notes = RwSignal::new(Vec::new());
    let input = NodeRef::<leptos::html::Input>::new();
    let shown = |d: Option<NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    // The input shows the bound date, but is not rewritten while what it
    // shows means that date ("0026-12-15" while the year is being typed):
    // rewriting it would restart the year the person is typing.
    Effect::new(move |_| {
        let want = binding.get();
        if let Some(el) = input.get() {
            let value = el.value();
            if input_date(&value) != want || (want.is_none() && !value.is_empty()) {
                el.set_value(&shown(want));
            }
        }
    });
    let on_change = move |ev: web_sys::Event| {
        let text = event_target_value(&ev);
        let context = match check {
            DateCheck::Other => DateContext::Other,
            DateCheck::NextMeeting(meeting) => DateContext::NextMeeting {
                meeting: meeting.get_untracked(),
            },
            DateCheck::Deadline => DateContext::Deadline,
        };
        let previous = binding.value.get_untracked();
        let typed = read_typed_date(&text, previous, context, crate::ui::context::clock::today());
        notes.set(typed.notes);
        if typed.value != previous {
            binding.set(typed.value);
        }
    };
    // Leaving the field: it shows the date kept, with a four-digit year
    // (after the browser is done with the field: it commits its own value
    // as focus leaves).
    let on_blur = move |_| {
        set_timeout(
            move || {
                if let (Some(el), Some(want)) =
                    (input.get_untracked(), binding.value.try_get_untracked())
                {
                    let want = shown(want);
                    if el.value() != want {
                        el.set_value(&want);
                    }
                }
            },
            std::time::Duration::ZERO,
        );
    };
    view! {
        <div class="field field-date">
            <label for=id.clone()>{label}</label>
            <input id=id type="date" node_ref=input aria-describedby=note_id.clone()
                prop:value=move || shown(binding.value.get_untracked())
                on:change=on_change on:blur=on_blur/>
            <p class="date-note" id=note_id role="status">{move || notes.with(|n| notes_text(n, language))}</p>
        </div>
    }
}
