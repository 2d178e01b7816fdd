//! Number formatting and parsing, written out by hand: the standard library's float
//! formatting and parsing add about 26 KB of wasm between them.

/// Formats a number with at most `decimals` decimals, dropping a trailing ".0".
pub fn number(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let decimals = decimals.min(MAX_DECIMALS);
    let scaled = round_scaled(value.abs(), decimals);
    let mut digits = scaled.to_string();
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    let fraction = fraction.trim_end_matches('0');
    let mut text = String::with_capacity(digits.len() + 2);
    if value < 0.0 && scaled != 0 {
        text.push('-');
    }
    text.push_str(whole);
    if !fraction.is_empty() {
        text.push('.');
        text.push_str(fraction);
    }
    text
}

/// How a language writes numbers; its messages (`src/messages`) choose one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// The decimal separator: '.' in English, ',' in Russian and Belarusian.
    pub decimal: char,
}

/// [`number`] written in `style`, for the reader's eyes (links and files keep [`number`]).
pub fn number_in(value: f64, decimals: usize, style: NumberStyle) -> String {
    let text = number(value, decimals);
    if style.decimal == '.' {
        text
    } else {
        text.replace('.', style.decimal.encode_utf8(&mut [0; 4]))
    }
}

/// Reads a decimal number such as `4.2`, `-0.5`, `+3.` or `1e-3`, as `str::parse::<f64>` would
/// for the short numbers sliders and links carry: written out here because the standard
/// parser's tables add about 14 KB of wasm. With at most 15 significant digits and an exponent
/// within ±22, the result is exactly the correctly rounded value (one exact division); longer
/// input is read to within a rounding step. Anything else (`inf`, `nan`, hex, empty) is `None`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], parse_exponent(&rest[at + 1..])?),
        None => (rest, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut scale = exponent;
    for (index, byte) in whole.bytes().chain(fraction.bytes()).enumerate() {
        if !byte.is_ascii_digit() {
            return None;
        }
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(byte - b'0');
            if index >= whole.len() {
                scale -= 1;
            }
        } else if index < whole.len() {
            // Digits beyond the 19th only shift the magnitude.
            scale += 1;
        }
    }
    let magnitude = mantissa as f64;
    let value = match scale {
        0 => magnitude,
        1..=22 => magnitude * POWERS_OF_TEN[scale as usize],
        -22..=-1 => magnitude / POWERS_OF_TEN[scale.unsigned_abs() as usize],
        _ => magnitude * 10f64.powi(scale),
    };
    Some(if negative { -value } else { value })
}

/// Exact powers of ten as f64 (all up to 10^22 are).
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn parse_exponent(text: &str) -> Option<i32> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Saturates: 1e999 is as out of range as 1e400.
    let value = digits
        .bytes()
        .fold(0i32, |n, b| {
            n.saturating_mul(10).saturating_add(i32::from(b - b'0'))
        })
        .min(100_000);
    Some(if negative { -value } else { value })
}

/// The most decimals `number` writes.
const MAX_DECIMALS: usize = 6;

/// `value × 10^decimals` (value ≥ 0) rounded half to even on the exact binary value, as
/// `format!("{:.N}")` rounds: written out here because Rust's float formatting adds about
/// 12 KB of wasm. Saturates above 2^108, far beyond any value a valid dataset holds.
fn round_scaled(value: f64, decimals: usize) -> u128 {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // Below 2^53 × 10^6 < 2^73.
    let numerator = u128::from(mantissa) * 10u128.pow(decimals as u32);
    if exponent >= 0 {
        return if exponent <= 55 {
            numerator << exponent
        } else {
            u128::MAX
        };
    }
    let shift = exponent.unsigned_abs();
    if shift >= 128 {
        // Under 2^-54: rounds to zero.
        return 0;
    }
    let quotient = numerator >> shift;
    let remainder = numerator & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    if remainder > half || (remainder == half && quotient & 1 == 1) {
        quotient + 1
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The formatting `number` replaced, kept as the reference it must match.
    fn number_by_format(value: f64, decimals: usize) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let text = format!("{value:.decimals$}");
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        };
        if text == "-0" {
            "0".into()
        } else {
            text
        }
    }

    #[test]
    fn numbers_match_rusts_own_rounding() {
        // Ties in binary (0.125, 2.5) round to even; 3.35 is a hair above, 0.35 a hair below.
        for (value, decimals) in [
            (0.125, 2),
            (0.375, 2),
            (2.5, 0),
            (1.5, 0),
            (3.35, 1),
            (0.35, 1),
            (-0.25, 1),
            (1e-300, 2),
            (5e-324, 0),
            (0.0, 3),
            (-0.0, 0),
            (99_999.995, 2),
            (4.0e15, 1),
            (1.0e30, 0),
        ] {
            assert_eq!(
                number(value, decimals),
                number_by_format(value, decimals),
                "{value} to {decimals}"
            );
        }
        // A fixed pseudo-random walk over magnitudes a dataset or projection can hold.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let magnitude = 10f64.powi((state % 12) as i32 - 5);
            let value = (state >> 11) as f64 / (1u64 << 53) as f64
                * magnitude
                * if state & 1 == 0 { 1.0 } else { -1.0 };
            let decimals = (state >> 3) as usize % 4;
            assert_eq!(
                number(value, decimals),
                number_by_format(value, decimals),
                "{value} to {decimals}"
            );
            // Values on a grid hit exact ties and trailing zeros.
            let grid = (state % 200_001) as f64 / 1000.0;
            assert_eq!(
                number(grid, decimals),
                number_by_format(grid, decimals),
                "{grid} to {decimals}"
            );
        }
    }

    #[test]
    fn decimals_parse_as_the_standard_parser_does() {
        let exact = [
            "0",
            "4.2",
            "-0.5",
            "+3.",
            ".5",
            "3.7",
            "0.1",
            "100000",
            "99999.99",
            "1e3",
            "2.5E-2",
            "-0",
            "007.30",
            "123456789012345",
            "0.000000000000001",
            "4.2e+1",
        ];
        for text in exact {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "", ".", "-", "+", "e3", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "0x10", " 1", "1 ",
            "--1", "1e-",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
        // Every slider position and every value a link writes reads back exactly.
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let decimals = (state % 4) as usize;
            let value = (state >> 20) as f64 / 1e6 * if state & 2 == 0 { 1.0 } else { -1.0 };
            let text = number(value, decimals);
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
        }
        // Longer or far-out input is close; out of range is infinite, as the standard parser says.
        for text in [
            "3.7000000000000002",
            "12345678901234567890123",
            "1e-30",
            "6.02214076e23",
        ] {
            let (ours, std) = (parse_decimal(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(
                ((ours - std) / std).abs() < 1e-15,
                "{text}: {ours} vs {std}"
            );
        }
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e999999999"), Some(f64::INFINITY));
    }

    // The JavaScript oracle (e2e/oracle.mjs) rounds the same ties the same way.
    #[test]
    fn exact_ties_round_to_even() {
        assert_eq!(number(20.25, 1), "20.2");
        assert_eq!(number(20.75, 1), "20.8");
        assert_eq!(number(2.5, 0), "2");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(3.70, 1), "3.7");
        assert_eq!(number(20.0, 1), "20");
        assert_eq!(number(-0.01, 1), "0");
        assert_eq!(number(f64::NAN, 1), "0");
    }

    #[test]
    fn a_style_changes_only_the_decimal_separator() {
        let comma = NumberStyle { decimal: ',' };
        assert_eq!(number_in(45.0, 1, comma), "45");
        assert_eq!(number_in(-9.55, 2, comma), "-9,55");
        assert_eq!(number_in(3.7, 1, NumberStyle { decimal: '.' }), "3.7");
    }
}
