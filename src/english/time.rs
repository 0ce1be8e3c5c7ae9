//! Swahili clock time. The Swahili day's hours count from dawn: `saa moja asubuhi` (hour
//! one, morning) is 7 a.m., `saa sita mchana` is noon, `saa mbili usiku` is 8 p.m. The part
//! of the day (`asubuhi`, `mchana`, `jioni`, `usiku`…) says which half of the day it is.

/// Converts a Swahili hour (1–12) and minutes with a part of the day (folded Swahili word)
/// to the 24-hour clock, or `None` when the hour is out of range.
pub fn swahili_to_24h(hour: u32, minutes: u32, part: Option<&str>) -> Option<(u32, u32)> {
    if !(1..=12).contains(&hour) || minutes >= 60 {
        return None;
    }
    let w = (hour + 6) % 12; // Western hour on a 12-hour dial, 0 = twelve
    let h24 = match part {
        Some("alfajiri" | "asubuhi") => {
            if w == 0 {
                12
            } else {
                w
            }
        }
        Some("mchana") => {
            if w <= 5 {
                12 + w
            } else {
                w
            }
        }
        Some("alasiri" | "jioni") => 12 + w,
        Some("usiku") => {
            if w >= 6 {
                12 + w
            } else {
                w
            }
        }
        _ => w,
    };
    Some((h24 % 24, minutes))
}

/// Whether a 24-hour time falls within a part of the day (folded Swahili word), generously:
/// `asubuhi` from 5 to noon, `mchana` 11 to 4 p.m., `usiku` from 7 p.m. to 6 a.m. An unknown
/// part fits every hour.
pub fn fits_part(part: &str, h24: u32) -> bool {
    match part {
        "alfajiri" => (3..=7).contains(&h24),
        "asubuhi" => (5..=12).contains(&h24),
        "mchana" => (11..=16).contains(&h24),
        "alasiri" => (14..=17).contains(&h24),
        "jioni" => (16..=20).contains(&h24),
        "usiku" => h24 >= 19 || h24 <= 6,
        _ => true,
    }
}

/// The Western reading of an hour (1–12) said with a part of the day: the half of the
/// day the part falls in (`saa 8:00 asubuhi` → 08:00, `saa 3 alasiri` → 15:00), `None`
/// when neither half fits it.
pub fn western_24h(hour: u32, part: &str) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    let am = hour % 12;
    [am, am + 12].into_iter().find(|&h| fits_part(part, h))
}

/// `9:00 a.m.`, `noon`, `midnight`, `8:30 p.m.`
pub fn english_clock(h24: u32, minutes: u32) -> String {
    match (h24, minutes) {
        (12, 0) => "noon".to_string(),
        (0, 0) => "midnight".to_string(),
        _ => {
            let h12 = match h24 % 12 {
                0 => 12,
                h => h,
            };
            let half = if h24 < 12 { "a.m." } else { "p.m." };
            format!("{h12}:{minutes:02} {half}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(h: u32, m: u32, part: &str) -> String {
        let (h24, m) = swahili_to_24h(h, m, Some(part)).unwrap();
        english_clock(h24, m)
    }

    #[test]
    fn swahili_hours() {
        assert_eq!(en(3, 0, "asubuhi"), "9:00 a.m.");
        assert_eq!(en(1, 0, "asubuhi"), "7:00 a.m.");
        assert_eq!(en(6, 0, "mchana"), "noon");
        assert_eq!(en(9, 0, "mchana"), "3:00 p.m.");
        assert_eq!(en(2, 0, "usiku"), "8:00 p.m.");
        assert_eq!(en(6, 0, "usiku"), "midnight");
        assert_eq!(en(8, 0, "usiku"), "2:00 a.m.");
        assert_eq!(en(12, 0, "jioni"), "6:00 p.m.");
        assert_eq!(en(1, 0, "jioni"), "7:00 p.m.");
        assert_eq!(en(11, 0, "alfajiri"), "5:00 a.m.");
        assert_eq!(en(4, 30, "asubuhi"), "10:30 a.m.");
        assert_eq!(swahili_to_24h(13, 0, None), None);
    }

    #[test]
    fn parts_of_the_day_check_the_reading() {
        // Swahili 8 in the morning would be 2 a.m.: not morning, so 8 a.m. is meant.
        assert!(!fits_part(
            "asubuhi",
            swahili_to_24h(8, 0, Some("asubuhi")).unwrap().0
        ));
        assert_eq!(western_24h(8, "asubuhi"), Some(8));
        assert_eq!(western_24h(3, "alasiri"), Some(15));
        assert_eq!(western_24h(6, "jioni"), Some(18));
        assert!(fits_part("usiku", 2) && fits_part("asubuhi", 9));
    }
}
