//! Share links from the command line, for support staff and benchmarks.
//!
//! ```text
//! plan-link encode FILE.json [--for PERSON] [--passphrase P]  print the link payload
//! plan-link decode FRAGMENT_OR_URL [--passphrase P]  print what the link carries, as JSON
//! plan-link stats FILE.json [--for PERSON]       print sizes as JSON
//! plan-link json FILE.json                       print the plan as a backup file
//! ```
//!
//! FILE.json is a backup file, a stored plan envelope, or the neutral corpus layout.
//! A link carries the family's plan (`Plan::for_family`), or with `--for` one
//! person's view (`Plan::for_person`; PERSON is a team member's name or id).
//! Exit codes: 0 ok, 1 the file or link could not be read, 2 usage error.

// Native only: the app's wasm build has no Rust cipher (it uses WebCrypto).
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;
    use std::time::Instant;

    use ftm_planner::domain::plan::Plan;
    use ftm_planner::domain::{corpus, envelope, share, SharedPlan};

    const USAGE: &str = "usage:
  plan-link encode FILE.json [--for PERSON] [--passphrase P]
  plan-link decode FRAGMENT_OR_URL [--passphrase P]
  plan-link stats FILE.json [--for PERSON]
  plan-link json FILE.json";

    fn usage(msg: &str) -> ExitCode {
        eprintln!("plan-link: {msg}\n{USAGE}");
        ExitCode::from(2)
    }

    fn fail(msg: &str) -> ExitCode {
        eprintln!("plan-link: {msg}");
        ExitCode::from(1)
    }

    /// Read the first plan of a backup / envelope / corpus file.
    fn read_plan(path: &str) -> Result<Plan, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        match envelope::backup_from_json(&text) {
            Ok(mut plans) => {
                if plans.is_empty() {
                    return Err(format!("{path} holds no plans"));
                }
                if plans.len() > 1 {
                    eprintln!(
                        "plan-link: {path} holds {} plans; using the first ({})",
                        plans.len(),
                        plans[0].family_name
                    );
                }
                Ok(plans.swap_remove(0))
            }
            Err(envelope::EnvelopeError::NotABackup) => corpus::import(&text, "plan-link", 0)
                .map_err(|e| format!("{path} is neither a backup nor a corpus plan: {e}")),
            Err(e) => Err(format!("{path}: {e}")),
        }
    }

    /// The family's plan, or one person's view (`person`: a name or an id).
    fn shared(plan: &Plan, person: Option<&str>) -> Result<SharedPlan, String> {
        let Some(person) = person else {
            return Ok(plan.for_family());
        };
        let wanted = person.trim();
        let member = plan
            .team
            .iter()
            .find(|m| m.id.to_string() == wanted || m.name.trim().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| format!("nobody called {wanted:?} is on the team"))?;
        plan.for_person(member.id).ok_or_else(|| {
            format!(
                "{} is marked private, so they have no link of their own",
                member.display_name()
            )
        })
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let mut positional = Vec::new();
        let mut passphrase = None;
        let mut person: Option<String> = None;
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--for" => {
                    let Some(p) = args.get(i + 1) else {
                        return usage("--for needs a name or an id");
                    };
                    person = Some(p.clone());
                    i += 2;
                }
                "--passphrase" => {
                    let Some(p) = args.get(i + 1) else {
                        return usage("--passphrase needs a value");
                    };
                    passphrase = Some(p.clone());
                    i += 2;
                }
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                a => {
                    positional.push(a.to_string());
                    i += 1;
                }
            }
        }
        let (cmd, arg) = match positional.as_slice() {
            [cmd, arg] => (cmd.as_str(), arg.as_str()),
            [] => return usage("missing command"),
            _ => return usage("expected a command and one argument"),
        };
        match cmd {
            "encode" => {
                let plan = match read_plan(arg) {
                    Ok(p) => p,
                    Err(e) => return fail(&e),
                };
                let plan = match shared(&plan, person.as_deref()) {
                    Ok(p) => p,
                    Err(e) => return fail(&e),
                };
                let opts = match passphrase.as_deref() {
                    Some(p) => match share::ShareOptions::with_passphrase(p) {
                        Ok(o) => o,
                        Err(e) => return fail(&format!("no randomness available: {e}")),
                    },
                    None => share::ShareOptions::default(),
                };
                match share::encode(&plan, &opts) {
                    Ok(payload) => {
                        println!("{payload}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => fail(&e.to_string()),
                }
            }
            "decode" => match share::decode_with_passphrase(arg, passphrase.as_deref()) {
                Ok(plan) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&plan).expect("a plan serializes")
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e.to_string()),
            },
            "stats" => {
                let plan = match read_plan(arg) {
                    Ok(p) => p,
                    Err(e) => return fail(&e),
                };
                let json = envelope::backup_to_json(std::slice::from_ref(&plan), "");
                let plan = match shared(&plan, person.as_deref()) {
                    Ok(p) => p,
                    Err(e) => return fail(&e),
                };
                let t0 = Instant::now();
                let payload = match share::encode_plain(&plan) {
                    Ok(p) => p,
                    Err(e) => return fail(&e.to_string()),
                };
                let enc_ms = t0.elapsed().as_secs_f64() * 1000.0;
                let t1 = Instant::now();
                let back = share::decode(&payload);
                let dec_ms = t1.elapsed().as_secs_f64() * 1000.0;
                if back.as_ref() != Ok(&plan) {
                    return fail("round trip failed");
                }
                let url = share::link("https://example.org/ftm/", &payload);
                let (version, level) = share::qr_fits(&url).map_or((0, '-'), |(v, l)| (v, l));
                let (s, t, c) = share::debug_sizes(&plan);
                println!(
                "{{\"json_bytes\": {}, \"link_chars\": {}, \"qr_version\": {}, \"qr_level\": \"{}\", \"structure_bytes\": {}, \"text_bytes\": {}, \"compressed_bytes\": {}, \"encode_ms\": {:.1}, \"decode_ms\": {:.1}}}",
                json.len(),
                payload.len(),
                version,
                level,
                s,
                t,
                c,
                enc_ms,
                dec_ms
            );
                ExitCode::SUCCESS
            }
            "json" => match read_plan(arg) {
                Ok(plan) => {
                    println!(
                        "{}",
                        envelope::backup_to_json(std::slice::from_ref(&plan), "")
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            },
            other => usage(&format!("unknown command {other:?}")),
        }
    }
}
