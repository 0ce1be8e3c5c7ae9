//! Export → import → YAML → load keeps every entry (and, for CSV and TBX, every field).

use muhtasari::Glossary;
use muhtasari::{ExchangeFormat, export, import, to_yaml};

fn round_trip(format: ExchangeFormat) -> (Glossary, Glossary) {
    let g = Glossary::embedded();
    let exported = export(&g, format);
    let records = import("export", &exported.text, format).expect("import");
    let yaml = to_yaml(&records);
    let back = Glossary::from_yaml_str("imported.yaml", &yaml).expect("the imported YAML loads");
    (g, back)
}

#[test]
fn csv_and_tbx_keep_every_field() {
    for format in [ExchangeFormat::Csv, ExchangeFormat::Tbx] {
        let (g, back) = round_trip(format);
        assert_eq!(g.entries.len(), back.entries.len(), "{format:?}");
        for (a, b) in g.entries.iter().zip(&back.entries) {
            let ctx = format!("{format:?} {}", a.id);
            assert_eq!(a.id, b.id, "{ctx}");
            assert_eq!(a.sw, b.sw, "{ctx}");
            assert_eq!(a.pos, b.pos, "{ctx}");
            assert_eq!(a.class, b.class, "{ctx}");
            assert_eq!(a.en, b.en, "{ctx}");
            assert_eq!(a.alt, b.alt, "{ctx}");
            assert_eq!(a.note, b.note, "{ctx}");
            assert_eq!(a.domain, b.domain, "{ctx}");
            assert_eq!(a.status, b.status, "{ctx}");
            assert_eq!(a.region, b.region, "{ctx}");
            assert_eq!(a.source, b.source, "{ctx}");
            assert_eq!(a.plural_en, b.plural_en, "{ctx}");
            assert_eq!(a.plural, b.plural, "{ctx}");
            assert_eq!(a.animate, b.animate, "{ctx}");
            assert_eq!(a.locative, b.locative, "{ctx}");
            assert_eq!(a.forms, b.forms, "{ctx}");
            assert_eq!(a.negative_forms, b.negative_forms, "{ctx}");
            assert_eq!(a.not, b.not, "{ctx}");
            assert_eq!(a.examples.len(), b.examples.len(), "{ctx}");
            for (x, y) in a.examples.iter().zip(&b.examples) {
                assert_eq!(
                    (&x.text, &x.expect, x.polarity, x.tense),
                    (&y.text, &y.expect, y.polarity, y.tense),
                    "{ctx}"
                );
            }
        }
    }
}

#[test]
fn tsv_keeps_every_entry_and_says_what_it_drops() {
    let g = Glossary::embedded();
    let exported = export(&g, ExchangeFormat::Tsv);
    assert!(
        exported.losses.iter().any(|l| l.contains("examples")),
        "{:?}",
        exported.losses
    );
    for line in exported.text.lines().filter(|l| !l.starts_with('#')) {
        assert_eq!(line.split('\t').count(), 3, "{line}");
    }
    let (g, back) = round_trip(ExchangeFormat::Tsv);
    assert_eq!(g.entries.len(), back.entries.len());
    for (a, b) in g.entries.iter().zip(&back.entries) {
        assert_eq!(
            (&a.id, &a.sw, &a.en, a.pos, a.class, &a.alt),
            (&b.id, &b.sw, &b.en, b.pos, b.class, &b.alt)
        );
        assert_eq!(
            (&a.note, &a.domain, a.status, &a.plural_en),
            (&b.note, &b.domain, b.status, &b.plural_en),
            "{}",
            a.id
        );
    }
}

#[test]
fn foreign_files_import() {
    let tsv = "# OmegaT glossary\nmkataba\tagreement\n\nWaziri Mkuu\tprime minister\tthe head of government\n";
    let r = import("g.tsv", tsv, ExchangeFormat::Tsv).unwrap();
    assert_eq!(r.len(), 2);
    assert_eq!(r[1].id, "waziri-mkuu");
    assert_eq!(r[1].note.as_deref(), Some("the head of government"));
    Glossary::from_yaml_str("x.yaml", &to_yaml(&r)).unwrap();

    let csv = "sw,en,note\n\"kikwazo, kizuizi\",\"obstacle\",\"say \"\"hi\"\"\nthere\"\n";
    let r = import("g.csv", csv, ExchangeFormat::Csv).unwrap();
    assert_eq!(r[0].sw, "kikwazo, kizuizi");
    assert_eq!(r[0].note.as_deref(), Some("say \"hi\"\nthere"));

    assert!(import("bad.csv", "sw,en\n\"open", ExchangeFormat::Csv).is_err());
    assert!(import("bad.tsv", "only-one-column\n", ExchangeFormat::Tsv).is_err());
    assert!(
        import(
            "bad.tbx",
            "<tbx><text><body><conceptEntry id=\"x\"></body>",
            ExchangeFormat::Tbx
        )
        .is_err()
    );
}
