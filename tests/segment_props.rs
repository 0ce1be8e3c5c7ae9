//! Invariants of the segmenter on any input: units never overlap, come in order, are
//! trimmed, and with the whitespace between them cover the whole text; nothing panics.

use muhtasari::__internal::is_space;
use muhtasari::Segmenter;
use proptest::prelude::*;
use std::sync::LazyLock;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::default);

/// Checks the span invariants and returns a message when one breaks.
fn check(text: &str) -> Result<(), String> {
    let units = SEGMENTER.segment(text);
    let mut at = 0;
    for u in &units {
        let (s, e) = (u.span.start, u.span.end);
        if s < at || e <= s || e > text.len() {
            return Err(format!("bad span {s}..{e} after {at} in {text:?}"));
        }
        if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!("span {s}..{e} splits a character in {text:?}"));
        }
        if !text[at..s].chars().all(is_space) {
            return Err(format!(
                "text {:?} lost between units in {text:?}",
                &text[at..s]
            ));
        }
        let body = u.span.of(text);
        if body.starts_with(is_space) || body.ends_with(is_space) {
            return Err(format!("unit {body:?} is not trimmed"));
        }
        at = e;
    }
    if !text[at..].chars().all(is_space) {
        return Err(format!(
            "text {:?} lost at the end of {text:?}",
            &text[at..]
        ));
    }
    Ok(())
}

/// Text made of the pieces the rules care about, so the cases hit the rules often.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dkt."),
        Just("Bw."),
        Just("Bi"),
        Just("n.k."),
        Just("S.L.P."),
        Just("J."),
        Just("U.S."),
        Just("kasi.Na"),
        Just("kiusalama.''Pande"),
        Just("\"Tutashinda,\""),
        Just("“Ndiyo.”"),
        Just("alisema."),
        Just("Hata"),
        Just("hivyo"),
        Just("Picha:"),
        Just("MjiniPicha: AP"),
        Just("Soma:"),
        Just("Related Posts"),
        Just("Na Juma,"),
        Just("20 Juni 2024"),
        Just("Hanoi, Vietnam."),
        Just("1,000.5"),
        Just("3:00"),
        Just("www.habari.co.tz"),
        Just("@Pontifex"),
        Just("#Habari"),
        Just("…"),
        Just("?!"),
        Just("."),
        Just("''"),
        Just("("),
        Just(")"),
        Just("["),
        Just("]"),
        Just("1."),
        Just("\n"),
        Just("\n\n"),
        Just("\r\n"),
        Just("\u{a0}"),
        Just(" "),
        Just("  "),
        Just("é"),
        Just("ß"),
        Just("İ"),
        Just("\u{200b}"),
        Just("\t"),
        Just("Kampuni"),
        // List items and bylines.
        Just("•"),
        Just("•Ni"),
        Just("▪"),
        Just("◦"),
        Just("-"),
        Just("*"),
        Just("\n-"),
        Just("Na"),
        Just("Juma"),
        Just("Hamisi"),
        Just("bin"),
        Just("BBC News,"),
        Just("Mwananchi"),
        Just("Nairobi"),
        Just("Dar es Salaam"),
        Just("Mwandishi Wetu,"),
        Just("Wakenya"),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn units_cover_newsy_text(text in newsy()) {
        prop_assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn units_cover_any_text(text in any::<String>()) {
        prop_assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn units_cover_ascii_punctuation(text in "[a-zA-Z .!?'\"()\\n@#:/,\u{a0}…”“]{0,200}") {
        prop_assert_eq!(check(&text), Ok(()));
    }
}
