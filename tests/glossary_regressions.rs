//! Regression tests for wrong readings the matcher once gave, each named after its bug.
//! The sentences are our own.

use muhtasari::{Glossary, Matcher};

/// (entry id, surface, English shown) of every hit in `text`.
fn found(text: &str) -> Vec<(String, String, String)> {
    let g = Glossary::embedded();
    Matcher::new(&g)
        .find(text)
        .into_iter()
        .map(|h| {
            (
                g.entries[h.entry].id.clone(),
                h.span.of(text).to_string(),
                g.english(&h).to_string(),
            )
        })
        .collect()
}

fn ids_of(text: &str, surface: &str) -> Vec<String> {
    found(text)
        .into_iter()
        .filter(|(_, s, _)| s == surface)
        .map(|(id, _, _)| id)
        .collect()
}

/// The English shown for every hit whose surface is `surface`.
fn english_of(text: &str, surface: &str) -> Vec<String> {
    found(text)
        .into_iter()
        .filter(|(_, s, _)| s == surface)
        .map(|h| h.2)
        .collect()
}

#[test]
fn waathiriwa_is_the_noun_victims_not_the_verb_athiri() {
    let text = "Waathiriwa wa mafuriko walipewa mahema na chakula.";
    assert_eq!(ids_of(text, "Waathiriwa"), ["mwathiriwa"]);
    let hit = found(text).into_iter().next().unwrap();
    assert_eq!(hit.2, "victims");
    // The verb itself is still found with a tense marker.
    assert_eq!(
        ids_of("Mashamba mengi yaliathiriwa na ukame.", "yaliathiriwa"),
        ["athiri"]
    );
}

#[test]
fn bare_wa_passive_is_not_read_as_a_verb() {
    // With only the verb in the glossary, wa- + stem + -wa without a tense marker is the
    // class 2 noun (`wakamatwa` "the arrested"), while tensed forms stay verbs.
    let yaml =
        "domain: t\nentries:\n  - id: kamata\n    sw: kamata\n    pos: verb\n    en: arrest\n";
    let g = Glossary::from_yaml_str("t.yaml", yaml).unwrap();
    let m = Matcher::new(&g);
    assert!(m.find("Wakamatwa wote waliachiwa.").is_empty());
    assert_eq!(m.find("Watu watatu walikamatwa jana.").len(), 1);
    assert_eq!(m.find("Polisi wawakamate wahalifu.").len(), 1);
    // A verb of several words is no noun: the headline passive stays.
    assert_eq!(
        ids_of("Wachuuzi wapigwa marufuku mjini.", "wapigwa marufuku"),
        ["piga-marufuku"]
    );
}

#[test]
fn kwapa_is_not_the_infinitive_of_apa() {
    assert!(ids_of("Alikuwa na jeraha chini ya kwapa lake.", "kwapa").is_empty());
    assert_eq!(
        ids_of("Aliitwa kuapa mbele ya Jaji Mkuu.", "kuapa"),
        ["apa"]
    );
}

#[test]
fn mawaziri_wakuu_wa_nchi_are_prime_ministers_not_heads_of_state() {
    let text = "Mawaziri Wakuu wa nchi hizo mbili walikutana Dodoma.";
    let hits = found(text);
    assert_eq!(hits[0].0, "waziri-mkuu", "{hits:?}");
    assert_eq!(hits[0].1, "Mawaziri Wakuu");
    assert!(!hits.iter().any(|h| h.0 == "mkuu-wa-nchi"), "{hits:?}");
    // The singular too: `Waziri Mkuu wa nchi hiyo` is the country's prime minister.
    let hits = found("Waziri Mkuu wa nchi hiyo amejiuzulu.");
    assert_eq!(
        (hits[0].0.as_str(), hits[0].1.as_str()),
        ("waziri-mkuu", "Waziri Mkuu")
    );
    assert!(!hits.iter().any(|h| h.0 == "mkuu-wa-nchi"), "{hits:?}");
    // Alone, or after a connective, `wakuu wa nchi` is still heads of state.
    assert_eq!(
        ids_of("Wakuu wa nchi za ukanda huo walikutana.", "Wakuu wa nchi"),
        ["mkuu-wa-nchi"]
    );
    assert_eq!(
        ids_of(
            "Mkutano wa wakuu wa nchi utafanyika Arusha.",
            "wakuu wa nchi"
        ),
        ["mkuu-wa-nchi"]
    );
}

#[test]
fn plurals_without_plural_en_read_in_the_english_plural() {
    let text = "Mikataba ya ulinzi na mikataba mingine ilijadiliwa na wakuu wa nchi.";
    let english: Vec<String> = found(text).into_iter().map(|h| h.2).collect();
    assert!(
        english.contains(&"defence pacts".to_string()),
        "{english:?}"
    );
    assert!(english.contains(&"agreements".to_string()), "{english:?}");
    assert!(
        english.contains(&"heads of state".to_string()),
        "{english:?}"
    );
    // The singular keeps the singular, and an explicit plural_en still wins.
    assert_eq!(found("Mkataba huo ulisainiwa.")[0].2, "agreement");
    assert_eq!(found("Vikwazo vipya vimetangazwa.")[0].2, "sanctions");
}

#[test]
fn listed_variants_are_not_taken_for_plurals() {
    // `joto ardhi` is a respelling of `jotoardhi`, `hewa ya ukaa` a variant of `hewa
    // ukaa`: the English must not turn plural; `wizara za afya` is a real plural.
    let hits = found("Umeme wa joto ardhi unapunguza hewa ya ukaa, wizara za afya zimesema.");
    let en_of = |id: &str| {
        hits.iter()
            .find(|h| h.0 == id)
            .map(|h| h.2.clone())
            .unwrap_or_default()
    };
    assert_eq!(en_of("jotoardhi"), "geothermal");
    assert_eq!(en_of("hewa-ukaa"), "carbon dioxide");
    assert_eq!(en_of("wizara-ya-afya"), "Ministries of Health");
    // A listed plural whose relative agrees in class 10 stays plural, also with a word
    // inside the phrase.
    let hits = found("Jeshi lilirusha ndege zake zisizo na rubani mpakani.");
    assert!(
        hits.iter()
            .any(|h| h.1 == "ndege zake zisizo na rubani" && h.2 == "drones"),
        "{hits:?}"
    );
}

#[test]
fn jimbo_is_a_state_or_province_and_a_constituency_only_in_its_phrases() {
    let hits = found("Jeshi limepelekwa katika jimbo la Borno kaskazini mwa Nigeria.");
    let jimbo = hits.iter().find(|h| h.0 == "jimbo").unwrap();
    assert_eq!(jimbo.2, "state");
    let g = Glossary::embedded();
    let entry = g.entries.iter().find(|e| e.id == "jimbo").unwrap();
    assert!(entry.alt.iter().any(|a| a == "province"), "{:?}", entry.alt);
    assert_eq!(
        found("Mbunge wa jimbo la Same ameomba barabara mpya.")[0].2,
        "constituency MP"
    );
    let hits = found("Tume imeongeza majimbo ya uchaguzi kumi.");
    assert!(
        hits.iter()
            .any(|h| h.1 == "majimbo ya uchaguzi" && h.2 == "constituencies"),
        "{hits:?}"
    );
}

#[test]
fn same_form_plural_reads_its_number_from_the_next_word() {
    assert_eq!(
        english_of("Sera hizo mpya zimepitishwa na bunge.", "Sera"),
        ["policies"]
    );
    assert_eq!(english_of("Bei za mafuta zimepanda.", "Bei"), ["prices"]);
    assert_eq!(english_of("Bei ya mafuta imepanda.", "Bei"), ["price"]);
    assert_eq!(
        english_of("Serikali imezindua sera mpya.", "sera"),
        ["policy"]
    );
}

#[test]
fn headline_passive_after_its_subject_is_a_verb() {
    // After a count or a sentence-opening class 2 noun, wa- + passive is the headline verb…
    assert_eq!(
        ids_of("Watu 20 wathibitishwa kufariki.", "wathibitishwa"),
        ["thibitisha"]
    );
    assert_eq!(ids_of("Wakazi waonywa kuhusu mvua.", "waonywa"), ["onya"]);
    assert_eq!(
        ids_of("Polisi wakamatwa kwa rushwa.", "wakamatwa"),
        ["kamata"]
    );
    assert_eq!(
        ids_of("Maafisa wakamatwa kwa rushwa.", "wakamatwa"),
        ["kamata"]
    );
    // …elsewhere it is the class 2 noun.
    assert_eq!(
        ids_of("Waathiriwa wa mafuriko walipewa mahema.", "Waathiriwa"),
        ["mwathiriwa"]
    );
    assert!(ids_of("Jaji aliwaachia wakamatwa wote.", "wakamatwa").is_empty());
}

#[test]
fn jimbo_with_a_province_or_region_name_is_not_a_state() {
    assert_eq!(
        english_of(
            "Vijiji vingi vya jimbo la Cabo Delgado vimehamwa.",
            "jimbo la Cabo Delgado"
        ),
        ["Cabo Delgado province"]
    );
    assert_eq!(
        english_of("Misaada imefika jimbo la Tigray.", "jimbo la Tigray"),
        ["Tigray region"]
    );
    // A state stays a state.
    assert_eq!(
        english_of("Gavana wa jimbo la Texas amesema.", "jimbo"),
        ["state"]
    );
}
