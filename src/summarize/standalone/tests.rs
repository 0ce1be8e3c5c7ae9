use super::*;
use crate::summarize::key;
use crate::text::{WordSpans, fold, is_capitalised};

/// Reads `text` as the pipeline does (keys: folded words of three letters or more).
fn read(text: &str) -> Standing {
    let mut r = Reader::new();
    let mut end = 0;
    for w in WordSpans::new(text) {
        let raw = &text[w.start..w.end];
        let f = fold(raw);
        let k = (f.len() > 2 && !["kwa", "katika"].contains(&f.as_str())).then(|| key(&f));
        r.word(&text[end..w.start], raw, &f, is_capitalised(raw), k, None);
        end = w.end;
    }
    r.finish(text)
}

#[test]
fn openers_that_lean_on_the_sentence_before() {
    let cases = [
        (
            "Na serikali imesema itaongeza bajeti.",
            Some(Opener::Connective),
        ),
        ("Vilevile wakazi walihamishwa.", Some(Opener::Connective)),
        (
            "Hata hivyo mvua iliendelea kunyesha.",
            Some(Opener::Connective),
        ),
        ("Kwa upande wake waziri alikataa.", Some(Opener::Connective)),
        (
            "Imesema kuwa ndege hiyo ilichelewa.",
            Some(Opener::Subjectless),
        ),
        (
            "Alisema kuwa mkutano utafanyika kesho.",
            Some(Opener::Subjectless),
        ),
        ("Aliongeza kuwa bei itapanda.", Some(Opener::Subjectless)),
        (
            "Baadae wakulima walirudi mashambani.",
            Some(Opener::Connective),
        ),
        (
            "Nae mkuu wa wilaya aliwataka wakulima kusubiri.",
            Some(Opener::Connective),
        ),
        ("Inakadiriwa kuwa watu 300 walihama.", None),
        ("Hilo limewashangaza wengi.", Some(Opener::Pronoun)),
        ("Kutokana na hilo bei ilipanda.", Some(Opener::Pronoun)),
        ("Zaidi ya watu 100 walikufa.", None),
        ("Hata watoto walishiriki.", None),
        ("Hivi karibuni bei imepanda.", None),
        ("Aliyekuwa rais Juma Ali amefariki.", None),
        ("Wanafunzi 300 walifanya mtihani.", None),
        ("Rais Samia alisaini mkataba huo jana.", None),
    ];
    for (text, want) in cases {
        assert_eq!(read(text).opener, want, "{text}");
    }
}

#[test]
fn questions_events_and_quotes() {
    assert!(read("Je umewahi kusikia habari hizi?").question);
    assert!(read("Nani atashinda uchaguzi?\"").question);
    assert!(!read("Mvua ilinyesha.").question);
    assert!(read("Polisi walimkamata mtu mmoja.").event);
    assert!(read("Waziri aliongeza bei.").event);
    assert!(!read("Mwaka uliopita bei ilipanda kidogo.").event || read("Bei ilipanda.").event);
    assert!(!read("Mwaka uliopita walimu wengi.").event);
    assert!(!read("Bei ya mafuta ni kubwa.").event);
    assert!(read("\"Tutashinda vita hivi,\" alisema.").unattributed);
    assert!(read("Aliongeza kwamba hali ni mbaya.").unattributed);
    assert!(!read("\"Tutashinda,\" alisema Rais Juma.").unattributed);
    assert!(!read("Juma alisema hali ni shwari.").unattributed);
    assert!(!read("Mvua kubwa ilinyesha mjini Mombasa.").unattributed);
}

#[test]
fn a_demonstrative_points_at_a_noun_not_named_before() {
    let s = read("Wimbo huo ulipendwa sana.");
    assert_eq!(s.refers_to, vec![key("wimbo")]);
    let s = read("Wizara ilitoa wimbo mpya na wimbo huo ulipendwa.");
    assert!(s.refers_to.is_empty());
}

#[test]
fn a_label_run_into_the_text_is_seen() {
    assert!(
        read("Amina Juma: Mhadhiri wa uchumi katika chuo kikuu cha Dodoma amesema bei zitapanda.")
            .label
    );
    assert!(read("Tanga:Wakulima wa mkonge wamepata soko jipya la zao lao.").label);
    assert!(!read("Wakulima wa Tanga walisema: Tutaendelea kulima mkonge.").label);
    assert!(!read("Waziri Juma Ali alifika Tanga jana.").label);
    assert!(read("Jumamosi 12 Machi: Simba v Yanga, Azam v Coastal Union").label);
    // A speaker's description in brackets stands aside.
    assert!(
        read("Neema Kweka (mchambuzi wa soka, Arusha): Timu hii imejiandaa vizuri msimu huu.")
            .label
    );
    assert!(
        !read("Baraza la Mitihani (Necta) limetangaza matokeo: watahiniwa wengi wamefaulu.").label
    );
}

#[test]
fn speech_stems_are_listed_under_their_last_three_letters() {
    for (i, stem) in super::SPEECH.iter().enumerate() {
        let last = &stem.as_bytes()[stem.len() - 3..];
        assert!(super::speech::speech_stems(last).contains(&i), "{stem}");
    }
    // And no stem is listed under letters it does not end in.
    for (i, stem) in super::SPEECH.iter().enumerate() {
        for other in super::SPEECH {
            let last = &other.as_bytes()[other.len() - 3..];
            if super::speech::speech_stems(last).contains(&i) {
                assert!(stem.as_bytes().ends_with(last), "{stem} under {other}");
            }
        }
    }
}

#[test]
fn units_that_are_not_one_sentence_are_glued() {
    // A sentence opener capitalised after a lower-case word, with no stop between.
    assert!(read("Wakulima wamepata mbegu mpya za mahindi Baadhi yao walisema zimechelewa.").glued);
    assert!(read("Serikali ilitoa dawa kwa wagonjwa Hii ilisaidia vijiji vingi.").glued);
    // List bullets and a source credit cut from the sentence before.
    assert!(read("• Mei 3 - Mvua kubwa ilinyesha Mombasa.").glued);
    assert!(read("(Gazeti la Mwananchi, kupitia Redio Uhuru Kiungo huyo atahamia Simba.").glued);
    // Names after a lower-case word are prose.
    assert!(!read("Mkutano wa wakuu wa nchi ulifanyika Arusha Jumamosi.").glued);
    assert!(!read("Wachezaji wa Italia walifika mjini Dodoma jana.").glued);
}

#[test]
fn near_demonstratives_and_another_need_their_noun() {
    assert_eq!(read("Mradi huu ulianza mwaka 2019.").refers_to.len(), 1);
    assert_eq!(read("Tukio lingine lilitokea Tanga.").refers_to.len(), 1);
    // A noun of time only dates the sentence.
    assert!(
        read("Mwaka huu mvua zimechelewa Dodoma.")
            .refers_to
            .is_empty()
    );
    assert!(
        read("Wiki hii bei ya sukari imepanda.")
            .refers_to
            .is_empty()
    );
}

#[test]
fn a_first_person_verb_needs_a_named_speaker() {
    assert!(read("Tulifika hospitalini saa nne usiku na kukuta foleni ndefu.").unattributed);
    assert!(read("Baada ya kikao, tumeamua kufunga shule kwa wiki moja.").unattributed);
    assert!(
        !read("Tumeamua kufunga shule kwa wiki moja, alisema Mkuu wa Mkoa Juma Hamisi.")
            .unattributed
    );
    assert!(!read("Wakulima walivuna mahindi mengi mwaka jana.").unattributed);
}

#[test]
fn a_topic_owned_by_someone_unnamed_leans_back() {
    let leans = |t: &str| read(t).opener == Some(Opener::Pronoun);
    assert!(leans("Uongozi wake ulikosolewa na wabunge wengi."));
    assert!(leans("Thamani ya utajiri wake iliongezeka mara mbili."));
    // The owner is named, or the possessive is not on the topic.
    assert!(!leans("Uongozi wake ulisifiwa na Rais Samia Suluhu."));
    assert!(!leans("Wakulima wanasema mashamba yao yamekauka."));
}

#[test]
fn a_surname_after_a_courtesy_title_refers_to_a_full_name_before() {
    // The article named him in full before: which Mrema?
    assert_eq!(
        read("Bw Mrema alisema bei ya mbolea itapanda mwezi ujao.").refers_to,
        vec![key("mrema")]
    );
    assert_eq!(
        read("Kwa mujibu wa Bi Akinyi, mavuno yalipungua.").refers_to,
        vec![key("akinyi")]
    );
    // Full names, and a name the sentence gave before its title.
    assert!(
        read("Bi Neema Mushi ni mkulima wa kahawa mkoani Kilimanjaro.")
            .refers_to
            .is_empty()
    );
    assert!(
        read("Mrema, yaani Bw Mrema, alisema kesho.")
            .refers_to
            .is_empty()
    );
    // Past the opening words the reader takes it in stride.
    assert!(
        read("Wafuasi wa chama cha upinzani walimshangilia sana Bw Mrema jana.")
            .refers_to
            .is_empty()
    );
}

#[test]
fn weak_connectives_are_connectives() {
    // `Reader::opener` looks for a weak connective only among first words that are
    // connectives.
    for (w, _) in WEAK_CONNECTIVES {
        assert!(CONNECTIVES.contains(w), "{w} is not in CONNECTIVES");
    }
}

/// Folded words to check a gate of the reader against its ungated form: verb forms built
/// from subject, tense, relative and object markers on a few stems (every chain the
/// first-word parse and the speech verbs read), and, when `../shared` is present, every
/// word of the MasakhaNEWS dev set.
pub(super) fn gate_words() -> Vec<String> {
    let subjects = [
        "", "a", "wa", "i", "li", "ya", "ki", "vi", "zi", "u", "tu", "ni", "m", "mu", "ku", "pa",
        "ha", "hawa", "hai", "hali", "haya", "hatu", "ham", "si", "hu", "la", "cha", "kwa", "za",
    ];
    let tenses = [
        "", "na", "li", "ta", "me", "ka", "ki", "nge", "ku", "ja", "taka", "si", "to",
    ];
    let relatives = ["", "ye", "o", "po", "ko", "cho", "yo", "lo", "vyo"];
    let objects = ["", "m", "mw", "wa", "ni", "li", "ki", "ji", "i"];
    let stems = [
        "sema",
        "ongeza",
        "elezwa",
        "sisitize",
        "dai",
        "bainishi",
        "fafanua",
        "ambiwa",
        "pata",
        "shambulia",
        "enda",
        "isha",
        "tangaza",
        "ngoja",
        "fika",
        "ema",
    ];
    let mut words = Vec::new();
    for s in subjects {
        for t in tenses {
            for r in relatives {
                for o in objects {
                    for stem in stems {
                        words.push(format!("{s}{t}{r}{o}{stem}"));
                    }
                }
            }
        }
    }
    let dev =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/masakhanews/dev.tsv");
    if let Ok(text) = std::fs::read_to_string(dev) {
        let mut seen = std::collections::HashSet::new();
        for w in WordSpans::new(&text) {
            let f = fold(&text[w.start..w.end]);
            if seen.insert(f.clone()) {
                words.push(f);
            }
        }
    }
    words
}
