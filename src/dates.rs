//! Calendar dates, the one calendar of the crate: a small proleptic Gregorian calendar (days from the epoch and back) to
//! check dates, name their weekday and resolve `leo`, `jana`, `kesho` against the article's
//! date. No time zones, no clock: only days.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: i64,
    /// 1–12.
    pub month: u32,
    /// 1–31.
    pub day: u32,
}

/// English month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month of a year.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A checked date.
    pub fn new(year: i64, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Reads the date at the start of `s`: `2024-06-20`, `2024-06-20T08:00:00Z`,
    /// `2024/06/20`, or `20/06/2024`.
    pub fn parse(s: &str) -> Option<Date> {
        let head: String = s
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
            .collect();
        let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
        if parts.len() < 3 {
            return None;
        }
        let n = |p: &str| p.parse::<i64>().ok();
        if parts[0].len() == 4 {
            Date::new(n(parts[0])?, n(parts[1])? as u32, n(parts[2])? as u32)
        } else if parts[2].len() == 4 {
            Date::new(n(parts[2])?, n(parts[1])? as u32, n(parts[0])? as u32)
        } else {
            None
        }
    }

    /// Reads a date written `YYYY-MM-DD…` (an ISO date, perhaps with a time after it);
    /// an impossible date (`2025-02-31`) is none.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let n = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::new(
            n(0..4)?,
            u32::try_from(n(5..7)?).ok()?,
            u32::try_from(n(8..10)?).ok()?,
        )
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn days(self) -> i64 {
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Its weekday in English.
    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        WEEKDAYS[(self.days() + 3).rem_euclid(7) as usize]
    }

    /// `2024-06-20`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `Thursday, 20 June 2024`.
    pub fn long(self) -> String {
        format!(
            "{}, {} {} {}",
            self.weekday(),
            self.day,
            MONTHS[self.month as usize - 1],
            self.year
        )
    }

    /// `20 June 2024`.
    pub fn plain(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[self.month as usize - 1],
            self.year
        )
    }
}

/// The English month name for 1–12.
pub fn month_name(m: u32) -> Option<&'static str> {
    MONTHS.get((m as usize).checked_sub(1)?).copied()
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…`; none for anything else or an
/// impossible date.
pub fn day_number(date: &str) -> Option<i64> {
    Date::parse_iso(date).map(Date::days)
}

/// `YYYY-MM-DD` when the value starts with one, else the value as written.
pub(crate) fn iso_date(value: &str) -> String {
    let v = value.trim();
    let b = v.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso {
        v[..10].to_string()
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d = Date::new(2024, 6, 20).unwrap();
        assert_eq!(d.weekday(), "Thursday");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(d.add_days(-20).iso(), "2024-05-31");
        assert_eq!(
            Date::new(2024, 2, 29).unwrap().add_days(366).iso(),
            "2025-03-01"
        );
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::parse("20/06/2024"), Date::new(2024, 6, 20));
        assert_eq!(Date::parse("2024-06-20T08:00Z"), Date::new(2024, 6, 20));
        assert_eq!(Date::parse("Juni"), None);
    }

    #[test]
    fn day_numbers_of_iso_dates_only() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-05-14T10:00"), Some(20222));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("14 Mei 2025"), None);
        assert_eq!(day_number("2025-13-01"), None);
        // The one calendar refuses what the old day count let through.
        assert_eq!(day_number("2025-02-31"), None);
        assert_eq!(day_number("+025-02-03"), None);
    }
}
