//! Where the app lives: the path prefix it is served under, found from the
//! current path so one build works from `/` and from any sub-path. (`index.html`
//! does the same in JavaScript to set `<base>` before the assets load.)

/// The app's own first route segments that always have an id after them.
const ROUTES_WITH_ID: [&str; 3] = ["plan", "saved", "audience"];
/// The app's own route that ends the path.
const FAMILY: &str = "family";

/// Strip the app's routes (and a trailing `index.html`) from a path:
/// `/ftm/plan/x/team` → `/ftm`, `/` → ``, `/ftm/index.html` → `/ftm`.
/// Routes count only as whole segments, so a host folder such as
/// `/family-meetings/` or `/planning/` is kept. The `plan`, `saved` and
/// `audience` routes always have an id after them (`/plan/<id>`,
/// `/saved/<id>`, `/audience/<id>`), `family` ends the path.
pub fn base_of(path: &str) -> String {
    let cut = path.match_indices('/').map(|(at, _)| at).find(|&at| {
        let rest = &path[at + 1..];
        let segment = rest.split('/').next().unwrap_or("");
        (ROUTES_WITH_ID.contains(&segment) && rest.len() > segment.len() + 1)
            || (segment == FAMILY && rest.len() == segment.len())
    });
    let prefix = match cut {
        Some(at) => &path[..at],
        None => path.strip_suffix("index.html").unwrap_or(path),
    };
    prefix.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::base_of;

    #[test]
    fn finds_the_prefix_from_any_route() {
        assert_eq!(base_of("/"), "");
        assert_eq!(base_of("/plan/abc/team"), "");
        assert_eq!(base_of("/ftm/"), "/ftm");
        assert_eq!(base_of("/ftm/index.html"), "/ftm");
        assert_eq!(base_of("/ftm/plan/abc/welcome"), "/ftm");
        assert_eq!(base_of("/org/ftm/family"), "/org/ftm");
        assert_eq!(base_of("/ftm/saved/1a2b3c4d-all"), "/ftm");
        assert_eq!(base_of("/saved/1a2b3c4d-7"), "");
        assert_eq!(base_of("/ftm/audience/abc"), "/ftm");
        assert_eq!(base_of("/audiences/"), "/audiences");
        assert_eq!(base_of("/savedplans/"), "/savedplans");
        assert_eq!(base_of("/a/b/"), "/a/b");
        // Host folders that merely start like a route are kept.
        assert_eq!(base_of("/family-meetings/"), "/family-meetings");
        assert_eq!(base_of("/family-meetings/plan/x/team"), "/family-meetings");
        assert_eq!(base_of("/planning/family"), "/planning");
        assert_eq!(base_of("/family/"), "/family");
    }
}
