use super::*;

fn vals(s: &str) -> Vec<f64> {
    Target::read(s).values.iter().map(|v| v.value).collect()
}

#[test]
fn numbers_as_values() {
    assert_eq!(vals("three thousand people"), [3000.0]);
    assert_eq!(vals("2.5 million and 3,000"), [2_500_000.0, 3000.0]);
    assert_eq!(vals("twenty-five of a million"), [25.0, 1e6]);
    assert_eq!(vals("one hundred and twenty"), [120.0]);
    assert_eq!(vals("two and a half million"), [2_500_000.0]);
    assert_eq!(vals("80% in the 1990s, the second"), [80.0, 1990.0, 2.0]);
    assert_eq!(vals("a man"), Vec::<f64>::new());
}

#[test]
fn months_days_times_negations() {
    let t = Target::read("On Monday 3 May at 9 a.m. they didn't go; you may not. March on.");
    assert_eq!(t.months.iter().map(|m| m.0).collect::<Vec<_>>(), [5]);
    assert_eq!(t.weekdays.len(), 1);
    assert_eq!((t.clocks[0].hour, t.clocks[0].fixed), (9, true));
    assert_eq!(t.negations.len(), 2);
    let t = Target::read("at 21:30 and at noon, 4pm");
    let hours: Vec<u32> = t.clocks.iter().map(|c| c.hour).collect();
    assert_eq!(hours, [21, 12, 16]);
}

#[test]
fn contractions_without_apostrophes_negate() {
    let t = Target::read("I dont know and she didnt say; it has yet been read, yet again.");
    assert_eq!(t.negations.len(), 2);
    assert!(
        t.weak_negations.is_empty(),
        "`yet` without `to` covers nothing"
    );
    let t = Target::read("It has yet to be read.");
    assert_eq!(t.weak_negations.len(), 1);
}
