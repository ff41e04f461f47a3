//! QR codes of a link, drawn as a scalable SVG.

use qrcode::types::Color;
use qrcode::{EcLevel, QrCode, Version};

use super::ShareError;

/// A QR code of a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrInfo {
    /// Black on white, with a 4-module quiet zone and only a `viewBox`, so CSS sizes it.
    pub svg: String,
    /// Modules across, the quiet zone included (the `viewBox` size).
    pub modules: usize,
    /// QR version 1-40.
    pub version: i16,
    /// Error-correction level: 'H', 'Q', 'M' or 'L'.
    pub ec_level: char,
}

const LEVELS: [(EcLevel, char); 4] = [
    (EcLevel::H, 'H'),
    (EcLevel::Q, 'Q'),
    (EcLevel::M, 'M'),
    (EcLevel::L, 'L'),
];

/// The smallest code that holds `text` (fewest modules, so each module is as
/// large as the screen allows), at the strongest error correction that still
/// fits that version.
fn best_code(text: &str) -> Option<(QrCode, char)> {
    let smallest = QrCode::with_error_correction_level(text, EcLevel::L).ok()?;
    let version = smallest.version();
    LEVELS
        .iter()
        .find_map(|&(level, name)| {
            QrCode::with_version(text, version, level)
                .ok()
                .map(|code| (code, name))
        })
        .or(Some((smallest, 'L')))
}

fn version_number(v: Version) -> i16 {
    match v {
        Version::Normal(n) | Version::Micro(n) => n,
    }
}

/// The smallest QR version that holds `text`, and the highest error-correction
/// level that fits it.
pub fn qr_fits(text: &str) -> Option<(i16, char)> {
    best_code(text).map(|(code, level)| (version_number(code.version()), level))
}

/// A QR code of `text`: the smallest version, the highest error-correction
/// level that fits it.
pub fn qr_svg(text: &str) -> Result<QrInfo, ShareError> {
    qr_svg_labelled(text, "QR code of the link")
}

/// [`qr_svg`] with the image's accessible name in the reader's language
/// (`label` must not hold `"`, `<` or `&`).
pub fn qr_svg_labelled(text: &str, label: &str) -> Result<QrInfo, ShareError> {
    let (code, ec_level) = best_code(text).ok_or(ShareError::TooLongForQr)?;
    let width = code.width();
    let quiet = 4;
    let size = width + 2 * quiet;
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1H{}z",
                    start + quiet,
                    y + quiet,
                    x - start,
                    start + quiet
                ));
            } else {
                x += 1;
            }
        }
    }
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{label}\">\
<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    );
    Ok(QrInfo {
        svg,
        modules: size,
        version: version_number(code.version()),
        ec_level,
    })
}
