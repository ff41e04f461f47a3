//! Offline: register the service worker (`sw.js`, written next to the app by
//! `scripts/service-worker.mjs` from `pwa/sw.js`), so a page opened once keeps
//! working with no connection. Where there is none (`trunk serve`, a page that
//! is not https or this computer, an old browser) the app works as before.

/// Register `sw.js` from the app's folder (the document's `<base>`), quietly.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // `serviceWorker` is missing on pages that are not secure.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("sw.js");
    // A failed registration (no sw.js in a development build) changes nothing.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
