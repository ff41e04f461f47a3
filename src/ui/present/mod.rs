//! Presentation mode and the audience window: the plan as the room sees it.
//!
//! Both draw the same [`slide::Slide`] from the wall projection
//! ([`crate::domain::wall`]): the step's question as a large heading, its
//! items as large cards, type scaled to the viewport, nothing private. In
//! presentation mode the facilitator can still edit a card's text, add an
//! item and run a step timer; the audience window (a second browser window
//! for a projector) follows the facilitator's window over a
//! `BroadcastChannel` ([`channel`], [`facilitator`], [`audience`]).

pub mod audience;
pub mod channel;
pub mod facilitator;
pub mod slide;
pub mod timer;
mod view;

use leptos::prelude::*;

use crate::domain::wall::Theme;
use crate::storage::prefs::Prefs;

pub use view::{AudienceButton, Presentation};

/// What presentation mode keeps while the editor is open.
#[derive(Clone, Copy)]
pub struct Presenter {
    /// Presentation mode is on in this window.
    pub on: RwSignal<bool>,
    /// The card being worked on (its key), followed by the audience window.
    pub current: RwSignal<Option<String>>,
    /// The card whose text is being edited.
    pub editing: RwSignal<Option<String>>,
    /// When the step timer ends (ms since the epoch).
    pub timer_end: RwSignal<Option<f64>>,
    pub theme: RwSignal<Theme>,
}

impl Presenter {
    pub fn new() -> Presenter {
        let theme = Prefs::load().wall_theme.unwrap_or_else(|| {
            if media_matches("(prefers-color-scheme: dark)") {
                Theme::Dark
            } else {
                Theme::Light
            }
        });
        let presenter = Presenter {
            on: RwSignal::new(false),
            current: RwSignal::new(None),
            editing: RwSignal::new(None),
            timer_end: RwSignal::new(None),
            theme: RwSignal::new(theme),
        };
        Effect::new(move |first: Option<()>| {
            let theme = presenter.theme.get();
            if first.is_some() {
                let mut prefs = Prefs::load();
                prefs.wall_theme = Some(theme);
                prefs.save();
            }
        });
        presenter
    }

    /// Presentation mode on or off (the editor shows it on the steps only).
    pub fn toggle(&self) {
        let on = !self.on.get_untracked();
        self.on.set(on);
        self.editing.set(None);
        crate::ui::widgets::focus_later(if on { "step-title" } else { "present-open" }.into());
    }
}

impl Default for Presenter {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_presenter() -> Presenter {
    expect_context::<Presenter>()
}

/// True if a media query matches (false where it can't be asked).
pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Bring a card into view, centred so its neighbours show too; smoothly
/// unless the user asks for reduced motion.
pub fn scroll_to_card(key: &str) {
    let selector = format!("[data-card=\"{}\"]", key.replace('"', ""));
    let Ok(Some(el)) = document().query_selector(&selector) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if media_matches("(prefers-reduced-motion: reduce)") {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
