//! Code loaded when first used.
//!
//! The site build (`scripts/planner-split.sh`) compiles the planner with
//! `--cfg ftm_split` and splits its wasm at each [`lazy_screen!`] and
//! [`lazy_task!`] (`wasm_split_helpers`, the split points Leptos's own
//! `#[lazy]` uses): the code only that screen or task reaches goes into a wasm
//! file of its own, fetched and instantiated the first time it runs, so the
//! library's first load carries less. Every other build (`trunk serve`, the
//! browser tests) runs the same code directly.
//!
//! A part that can't be fetched (offline before the app was ever kept for
//! offline use, or a tab left open across an update whose files are gone) is
//! never a crash: a screen says so and offers to reload the page
//! ([`NotLoaded`]), and a task gives its `else` value.

use leptos::prelude::*;

use crate::domain::i18n::shell::errors::ErrorText;
use crate::ui::context::language::ui_language;

/// `lazy_screen!(fn name(arg: Type, …) { body })` defines
/// `fn name(arg: Type, …) -> impl IntoView` drawing `body` (an `AnyView`
/// expression). Arguments are concrete owned types. The part's name, `name`,
/// must be unique in the app.
#[macro_export]
macro_rules! lazy_screen {
    ($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident : $ty:ty),* $(,)?) $body:block) => {
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) -> impl ::leptos::prelude::IntoView {
            #[cfg(ftm_split)]
            {
                #[::wasm_split_helpers::wasm_split($name, fallible)]
                fn $name(
                    $($arg: $ty),*
                ) -> ::core::result::Result<::leptos::prelude::AnyView, ::wasm_split_helpers::SplitLoaderError> {
                    ::core::result::Result::Ok($body)
                }
                ::leptos::prelude::Suspend::new(async move {
                    $name($($arg),*).await.unwrap_or_else(|_| $crate::ui::lazy::not_loaded())
                })
            }
            #[cfg(not(ftm_split))]
            {
                let view: ::leptos::prelude::AnyView = $body;
                view
            }
        }
    };
}

/// `lazy_task!(async fn name(arg: Type, …) -> Out, else fallback; { body })`
/// defines `async fn name(arg: Type, …) -> Out` running `body`, or giving
/// `fallback` (which may use `Copy` arguments) when its part can't be loaded.
/// The part's name, `name`, must be unique in the app.
#[macro_export]
macro_rules! lazy_task {
    ($(#[$meta:meta])* $vis:vis async fn $name:ident($($arg:ident : $ty:ty),* $(,)?) -> $out:ty, else $fallback:expr; $body:block) => {
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> $out {
            async fn run($($arg: $ty),*) -> $out $body
            #[cfg(ftm_split)]
            {
                type Task = ::std::pin::Pin<::std::boxed::Box<dyn ::std::future::Future<Output = $out>>>;
                #[::wasm_split_helpers::wasm_split($name, fallible)]
                fn $name(
                    $($arg: $ty),*
                ) -> ::core::result::Result<Task, ::wasm_split_helpers::SplitLoaderError> {
                    ::core::result::Result::Ok(::std::boxed::Box::pin(run($($arg),*)))
                }
                match $name($($arg),*).await {
                    ::core::result::Result::Ok(task) => task.await,
                    ::core::result::Result::Err(_) => $fallback,
                }
            }
            #[cfg(not(ftm_split))]
            {
                run($($arg),*).await
            }
        }
    };
}

/// What a screen whose part could not be loaded shows instead.
pub fn not_loaded() -> AnyView {
    view! { <NotLoaded/> }.into_any()
}

/// "This screen could not be loaded", and a button that reloads the page
/// (focused, so focus never drops to the page).
#[component]
fn NotLoaded() -> impl IntoView {
    let t = ErrorText::get(ui_language());
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <main id="main" tabindex="-1" class="page narrow">
            <h1>{t.screen_not_loaded}</h1>
            <p role="alert">{t.part_not_loaded}</p>
            <button type="button" class="button primary" node_ref=button
                on:click=|_| { let _ = window().location().reload(); }>
                {t.reload_page}
            </button>
        </main>
    }
}
