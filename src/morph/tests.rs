//! Tests of noun classes, plurals and agreement, as tables a linguist can extend.

use super::*;

#[test]
fn plural_cues_after_a_same_form_noun() {
    for w in [
        "hizo",
        "za",
        "zote",
        "tatu",
        "zimesaini",
        "hazijabadilika",
        "zina",
        "zozote",
    ] {
        assert!(plural_cue(w, false), "{w}");
    }
    for w in [
        "hiyo",
        "ya",
        "moja",
        "19",
        "2024",
        "imesaini",
        "haijabadilika",
        "zima",
        "mpya",
    ] {
        assert!(!plural_cue(w, false), "{w}");
    }
    assert!(plural_cue("watatu", true) && plural_cue("hao", true) && plural_cue("wanane", true));
    // An animate noun agrees with a class 2 verb with its tense (`raia walikimbia`), not
    // with a word that merely starts with `wa` (`wakili`) nor with class 10 (`zote`).
    assert!(plural_cue("walisema", true) && plural_cue("wanaolinda", true));
    assert!(plural_cue("zangu", true) && plural_cue("zao", true) && !plural_cue("yangu", true));
    assert!(!plural_cue("wakili", true) && !plural_cue("zote", true));
    assert!(!plural_cue("walisema", false));
}

#[test]
fn regular_plurals() {
    let cases = [
        (NounClass::C1_2, "mtu", Some("watu")),
        (NounClass::C1_2, "mwandishi", Some("waandishi")),
        (NounClass::C1_2, "mwenyeji", Some("wenyeji")),
        (NounClass::C1_2, "mwanasheria", Some("wanasheria")),
        (NounClass::C1_2, "mwendesha", Some("waendesha")),
        (NounClass::C3_4, "muhula", Some("mihula")),
        (NounClass::C3_4, "mkataba", Some("mikataba")),
        (NounClass::C3_4, "mwaka", Some("miaka")),
        (NounClass::C5_6, "shambulio", Some("mashambulio")),
        (NounClass::C7_8, "kikwazo", Some("vikwazo")),
        (NounClass::C7_8, "chama", Some("vyama")),
        (NounClass::C9_10, "nchi", None),
        (NounClass::C14, "ulinzi", None),
    ];
    for (class, sg, pl) in cases {
        assert_eq!(class.plural(sg).as_deref(), pl, "{sg}");
    }
}

#[test]
fn phrase_plural_agrees() {
    assert_eq!(
        phrase_plural(NounClass::C9_10, "sera ya nje", false).as_deref(),
        Some("sera za nje")
    );
    assert_eq!(
        phrase_plural(NounClass::C9_10, "sera", false).as_deref(),
        Some("sera")
    );
    assert_eq!(
        phrase_plural(NounClass::C3_4, "mkataba wa ulinzi", false).as_deref(),
        Some("mikataba ya ulinzi")
    );
    assert_eq!(
        phrase_plural(NounClass::C7_8, "kikwazo cha kiuchumi", false).as_deref(),
        Some("vikwazo vya kiuchumi")
    );
    assert!(animate_phrase(NounClass::C5_6, "waziri mkuu"));
    assert_eq!(
        phrase_plural(NounClass::C5_6, "waziri mkuu", true).as_deref(),
        Some("mawaziri wakuu")
    );
    assert_eq!(
        phrase_plural(NounClass::C5_6, "waziri wa mambo ya nje", true).as_deref(),
        Some("mawaziri wa mambo ya nje")
    );
    assert!(!animate_phrase(NounClass::C9_10, "ziara mpya"));
    assert!(agrees_as_modifier(
        NounClass::C3_4,
        Number::Singular,
        false,
        "mpya"
    ));
    assert!(agrees_as_modifier(
        NounClass::C7_8,
        Number::Plural,
        false,
        "vipya"
    ));
    assert!(!agrees_as_modifier(
        NounClass::C7_8,
        Number::Plural,
        false,
        "kipya"
    ));
    assert_eq!(
        phrase_plural(NounClass::C3_4, "mkutano na waandishi wa habari", false).as_deref(),
        Some("mikutano na waandishi wa habari")
    );
}

#[test]
fn listed_plurals_agree() {
    assert!(agrees_in_plural(NounClass::C9_10, false, "isiyo", "zisizo"));
    assert!(agrees_in_plural(NounClass::C9_10, false, "ya", "za"));
    assert!(agrees_in_plural(
        NounClass::C9_10,
        true,
        "mjamzito",
        "wajawazito"
    ));
    assert!(!agrees_in_plural(NounClass::C9_10, false, "ukaa", "ya"));
    assert!(!agrees_in_plural(
        NounClass::C9_10,
        false,
        "zilizofungiwa",
        "iliyofungiwa"
    ));
    assert!(plural_prefixed(NounClass::C14, "magonjwa"));
    assert!(!plural_prefixed(NounClass::C9_10, "takataka"));
}

#[test]
fn classes_parse_and_print() {
    for s in ["1/2", "3/4", "5/6", "6", "7/8", "9/10", "11/10", "14", "15"] {
        assert_eq!(s.parse::<NounClass>().unwrap().to_string(), s);
    }
    assert!("4/5".parse::<NounClass>().is_err());
}

#[test]
fn a_second_person_negative_in_hu_is_spelt_like_a_habitual() {
    use super::verb::analyse;
    let a = analyse("huitaji", "taja").expect("hu-i-taji parses");
    assert_eq!(a.polarity, Polarity::Negative);
    assert!(a.spelt_like_habitual());
    for (form, stem) in [
        ("hawataji", "taja"),
        ("hakutaja", "taja"),
        ("hataji", "taja"),
    ] {
        let a = analyse(form, stem).expect(form);
        assert!(!a.spelt_like_habitual(), "{form}");
    }
    assert!(!analyse("hutaja", "taja").unwrap().spelt_like_habitual());
}

#[test]
fn number_neutral_adjectives_of_class_9_10() {
    for w in [
        "kubwa", "nyingine", "ndogo", "mpya", "nzuri", "muhimu", "pia",
    ] {
        assert!(super::number_neutral_adjective(w), "{w}");
    }
    // Words that show the number themselves, or are no adjective of 9/10.
    for w in ["hizo", "hiyo", "mbili", "ya", "zimesaini", "kwa"] {
        assert!(!super::number_neutral_adjective(w), "{w}");
    }
}
