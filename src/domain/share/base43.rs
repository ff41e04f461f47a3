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

pub fn encode(bytes: &[u8]) -> String {
    let c = chars_for(bytes.len());
    // Repeated division of the big-endian number by 43^4 (fits in u32 maths).
    let mut num: Vec<u32> = bytes.iter().map(|&b| b as u32).collect();
    let mut digits = Vec::with_capacity(c);
    const BIG: u64 = 43 * 43 * 43 * 43;
    let mut start = 0;
    while digits.len() < c {
        let mut rem: u64 = 0;
        for limb in num.iter_mut().skip(start) {
            let cur = (rem << 8) | *limb as u64;
            *limb = (cur / BIG) as u32;
            rem = cur % BIG;
        }
        while start < num.len() && num[start] == 0 {
            start += 1;
        }
        for _ in 0..4 {
            digits.push((rem % 43) as u8);
            rem /= 43;
        }
    }
    digits.truncate(c);
    digits.iter().rev().map(|&d| ALPHABET[d as usize] as char).collect()
}

/// Characters must already be valid digits; `None` when the number is too large.
pub fn decode(digits: &[u8]) -> Option<Vec<u8>> {
    let n = bytes_for(digits.len())?;
    let mut out = vec![0u32; n];
    for &d in digits {
        let mut carry = d as u32;
        for b in out.iter_mut().rev() {
            let cur = *b * 43 + carry;
            *b = cur & 0xff;
            carry = cur >> 8;
        }
        if carry != 0 {
            return None;
        }
    }
    Some(out.into_iter().map(|b| b as u8).collect())
}
