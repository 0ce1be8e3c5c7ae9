//! Tests of `lexicon.rs`: which capitalised words are Swahili, and Swahili spellings of names.

use super::*;

fn lexicon() -> Lexicon {
    Lexicon::build(&crate::glossary::Glossary::embedded())
}

#[test]
fn swahili_words_of_our_own_data() {
    let lx = lexicon();
    for w in [
        "Uhamiaji",
        "Wafanyakazi",
        "MWANAUME",
        "Katika",
        "Idara",
        "Baraza",
        "Halmashauri",
        "Kitaifa",
        "Wakenya",
        "Kijerumani",
        "Walisema",
        "Mpya",
        "Kipya",
        "Wadogo",
        "Jekundu",
        "Jedwali",
        "Tunafahamu",
        "Kuhuisha",
        // u- on a noun, a locative, a deverbal adjective, a ku- loan verb, ki- on a word
        "Uwaziri",
        "Mbugani",
        "Mtiifu",
        "Kukithiri",
        "Kimaziwa",
        "AMEONDOKA",
    ] {
        assert!(lx.is_swahili(w), "{w}");
    }
    for w in [
        "Marekani",
        "Wetangula",
        "Putin",
        "Taiwan",
        "Moldova",
        "Kenya",
        "Uganda",
        "Kuresoi",
    ] {
        assert!(!lx.is_swahili(w), "{w}");
    }
}

#[test]
fn verb_forms_are_told_from_names() {
    let lx = lexicon();
    assert!(lx.is_verb_form("AMEONDOKA") && lx.is_verb_form("Walisema"));
    assert!(!lx.is_verb_form("Putin") && !lx.is_verb_form("Kenyatta"));
    assert!(!lx.is_verb_form("Kucharski"));
}

#[test]
fn a_user_word_list_keeps_lower_case_words_only() {
    let dir = std::env::temp_dir().join(format!("muhtasari-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sw.dic");
    std::fs::write(&path, "4\nbaraza/AB\nMarekani\nmarekani\nzama\n").unwrap();
    let words = read_word_list(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(words.contains("baraza") && words.contains("zama"));
    assert!(!words.contains("marekani") && !words.contains("4"));
    assert!(read_word_list(&dir.join("absent.dic")).is_err());
}

#[test]
fn swahili_spellings_of_english_names() {
    let lx = lexicon();
    assert_eq!(lx.english_name("Nijeria"), Some("Nigeria"));
    assert_eq!(lx.english_name("Aljeria"), Some("Algeria"));
    assert_eq!(lx.english_name("Wetangula"), None);
    assert_eq!(lx.english_name("Mauritania"), None);
    assert!(within_one("antaktika", "antarktika"));
    assert!(!within_one("kaimu", "kairo"));
    assert_eq!(lx.english_name("Baraza"), None);
}
