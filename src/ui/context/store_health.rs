//! Whether plans are being kept, and the banner when they are not.

use leptos::prelude::*;

use super::language::ui_language;
use super::use_app;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::app::AppText;
use crate::domain::Language;
use crate::storage::StorageError;

/// Whether plans are being kept.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreHealth {
    Opening,
    Ready,
    /// IndexedDB could not be opened or a save failed: the problem says why.
    Failing(HealthProblem),
}

/// Why plans are not being kept.
#[derive(Clone, Debug, PartialEq)]
pub enum HealthProblem {
    /// IndexedDB did not answer in time: the app works in memory.
    NotAnswering,
    /// Another tab with an older version blocks the database's upgrade.
    OlderTab,
    /// The browser deleted the database while it was open.
    DataDeleted,
    /// Opening or a save failed.
    Storage(StorageError),
}

impl HealthProblem {
    /// What went wrong, in `language`; `with_backup`: the planner, which
    /// offers a backup (the family's app says what a phone can do instead).
    pub fn message_in(&self, language: Language, with_backup: bool) -> String {
        let t = AppText::get(language);
        if !with_backup {
            return match self {
                HealthProblem::NotAnswering => t.phone_not_answering.to_string(),
                HealthProblem::OlderTab => t.phone_older_tab.to_string(),
                HealthProblem::DataDeleted => t.phone_data_deleted.to_string(),
                HealthProblem::Storage(StorageError::Unavailable(why)) => {
                    fill(t.phone_unavailable, &[("why", why)])
                }
                HealthProblem::Storage(StorageError::Full) => t.phone_full.to_string(),
                HealthProblem::Storage(StorageError::Failed(why)) => {
                    fill(t.phone_failed, &[("why", why)])
                }
                HealthProblem::Storage(e) => e.message_in(language),
            };
        }
        match self {
            HealthProblem::NotAnswering => t.not_answering.to_string(),
            HealthProblem::OlderTab => t.older_tab.to_string(),
            HealthProblem::DataDeleted => t.data_deleted.to_string(),
            HealthProblem::Storage(e) => e.message_in(language),
        }
    }
}

/// The banner shown when plans are not being kept; with `backup`, its
/// "Download a backup now" button (the family's app has no plans to back up).
#[component]
pub fn StorageBanner(#[prop(optional)] backup: Option<Callback<()>>) -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = AppText::get(language);
    let message = move || match ctx.health.get() {
        StoreHealth::Failing(problem) => Some(problem.message_in(language, backup.is_some())),
        _ => None,
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="banner banner-warning" role="alert" lang=crate::ui::context::language::ui_language().key()>
                <p>
                    <strong>{if backup.is_some() { t.banner_title } else { t.phone_banner_title }}</strong>
                    {move || message().unwrap_or_default()}
                </p>
                {backup.map(|backup| view! {
                    <button type="button" class="button" on:click=move |_| backup.run(())>{t.download_now}</button>
                })}
            </div>
        </Show>
    }
}
