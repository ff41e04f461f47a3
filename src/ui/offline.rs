//! Offline: register the service worker (`sw.js`, written next to the app by
//! `scripts/service-worker.mjs` from `pwa/sw.js`), so a page opened once keeps
//! working with no connection. Where there is none (`trunk serve`, a page that
//! is not https or this computer, an old browser) the app works as before.

/// Which app registers the worker, and so which files it keeps.
#[derive(Clone, Copy, PartialEq)]
pub enum Worker {
    /// The planner: every file of the build.
    Planner,
    /// The family's small app: every file but the planner's own wasm and
    /// script (`sw.js?app=family`), unless this browser already has the
    /// planner's worker, which keeps the family's files too.
    FamilyLink,
}

/// Register the worker from the app's folder (the document's `<base>`), quietly.
pub fn register_service_worker(worker: Worker) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `serviceWorker` is missing on pages that are not secure.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let script = match worker {
            Worker::Planner => "sw.js",
            Worker::FamilyLink => {
                // A caseworker opening a family link on the laptop keeps the
                // planner's worker (replacing it would drop the planner's files
                // from its cache).
                let registration = JsFuture::from(container.get_registration()).await.ok();
                let planners = registration
                    .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok())
                    .is_some_and(|r| {
                        [r.active(), r.waiting(), r.installing()]
                            .into_iter()
                            .flatten()
                            .any(|w| !w.script_url().contains("app=family"))
                    });
                if planners {
                    return;
                }
                "sw.js?app=family"
            }
        };
        // A failed registration (no sw.js in a development build) changes nothing.
        let _ = JsFuture::from(container.register(script)).await;
    });
}
