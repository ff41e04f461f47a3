//! Packing bytes into the 43-character link alphabet as one big number
//! (≈ 5.43 bits per character), and back.

/// QR-alphanumeric characters that are also safe, unescaped, in a URL fragment.
pub const ALPHABET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";

/// The digit of one character (upper- or lower-case letters accepted).
pub fn digit(c: u8) -> Option<u8> {
    let c = c.to_ascii_uppercase();
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u8)
}

/// Characters needed for `n` bytes: the least `c` with 43^c ≥ 256^n
/// (log2 43 is taken slightly low, so `c` is never too small).
pub fn chars_for(n: usize) -> usize {
    let bits = n as u128 * 8 * 1_000_000_000_000;
    bits.div_ceil(5_426_264_754_702) as usize
}

/// The byte count for a character count, if it is a length we produce.
pub fn bytes_for(c: usize) -> Option<usize> {
    let guess = (c as u128 * 5_426_264_754_702 / 8_000_000_000_000) as usize;
    (guess.saturating_sub(1)..=guess + 1).find(|&n| chars_for(n) == c)
}

/// 43^5, the group size of the conversions (fits in 28 bits).
const GROUP: u64 = 43 * 43 * 43 * 43 * 43;

/// Big-endian bytes → big-endian 32-bit limbs (left-padded with zero bytes).
fn to_limbs(bytes: &[u8]) -> Vec<u32> {
    let pad = (4 - bytes.len() % 4) % 4;
    let mut padded = vec![0u8; pad];
    padded.extend_from_slice(bytes);
    padded
        .chunks(4)
        .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

pub fn encode(bytes: &[u8]) -> String {
    let c = chars_for(bytes.len());
    // Repeated division of the number by 43^5; leading zero limbs are skipped.
    let mut num = to_limbs(bytes);
    let mut digits = Vec::with_capacity(c + 5);
    let mut start = 0;
    while digits.len() < c {
        let mut rem: u64 = 0;
        for limb in num.iter_mut().skip(start) {
            let cur = (rem << 32) | *limb as u64;
            *limb = (cur / GROUP) as u32;
            rem = cur % GROUP;
        }
        while start < num.len() && num[start] == 0 {
            start += 1;
        }
        for _ in 0..5 {
            digits.push((rem % 43) as u8);
            rem /= 43;
        }
    }
    digits.truncate(c);
    digits
        .iter()
        .rev()
        .map(|&d| ALPHABET[d as usize] as char)
        .collect()
}

/// Digits (values 0-42) → bytes; `None` when the count is not one we produce
/// or the number is too large for it.
pub fn decode(digits: &[u8]) -> Option<Vec<u8>> {
    let n = bytes_for(digits.len())?;
    let mut limbs = vec![0u32; n.div_ceil(4) + 1];
    let mut used = 0; // limbs from the right that may be non-zero
    let head = digits.len() % 5;
    let groups = digits[..head]
        .chunks(head.max(1))
        .chain(digits[head..].chunks(5));
    for group in groups {
        if group.is_empty() {
            continue;
        }
        let mul = 43u64.pow(group.len() as u32);
        let mut carry = group.iter().fold(0u64, |v, &d| v * 43 + d as u64);
        let len = limbs.len();
        for (k, limb) in limbs.iter_mut().rev().enumerate() {
            if k >= used && carry == 0 {
                break;
            }
            let cur = *limb as u64 * mul + carry;
            *limb = cur as u32;
            carry = cur >> 32;
            used = used.max(k + 1);
        }
        if carry != 0 || used > len {
            return None;
        }
    }
    let bytes: Vec<u8> = limbs.iter().flat_map(|l| l.to_be_bytes()).collect();
    let (high, low) = bytes.split_at(bytes.len() - n);
    high.iter().all(|&b| b == 0).then(|| low.to_vec())
}
