//! Short messages at the bottom of the screen, with an optional undo.

use leptos::prelude::*;

use super::{use_app, AppContext};
use crate::domain::i18n::common::Common;

/// A short message with an optional undo.
#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub undo: Option<Callback<()>>,
}

impl AppContext {
    /// Show a message for a few seconds, with an optional undo button.
    pub fn toast(&self, text: impl Into<String>, undo: Option<Callback<()>>) {
        let id = self.next_toast.get_value() + 1;
        self.next_toast.set_value(id);
        let toasts = self.toasts;
        toasts.update(|t| {
            t.push(Toast {
                id,
                text: text.into(),
                undo,
            })
        });
        set_timeout(
            move || toasts.update(|t| t.retain(|x| x.id != id)),
            std::time::Duration::from_secs(8),
        );
    }
}

/// Short messages at the bottom of the screen.
#[component]
pub fn Toasts() -> impl IntoView {
    let ctx = use_app();
    let undo_text = Common::get(super::language::ui_language()).undo;
    view! {
        <div class="toasts" role="status" aria-live="polite" lang=crate::ui::context::language::ui_language().key()>
            <For each=move || ctx.toasts.get() key=|t| t.id let:toast>
                <div class="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.undo.map(|undo| {
                        let id = toast.id;
                        view! {
                            <button type="button" class="button small" on:click=move |_| {
                                // Nothing when what it undoes has gone (the editor closed).
                                undo.try_run(());
                                ctx.toasts.update(|t| t.retain(|x| x.id != id));
                            }>{undo_text}</button>
                        }
                    })}
                </div>
            </For>
        </div>
    }
}
