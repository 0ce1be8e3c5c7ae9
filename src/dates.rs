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
/// English weekday names, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
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
        let (y, m, d, _) = numeric(s)?;
        Date::new(y, u32::try_from(m).ok()?, u32::try_from(d).ok()?)
    }

    /// A checked date, or why it is none (`February 2025 has no day 31 (it has 28 days)`).
    fn check(year: i64, month: i64, day: i64) -> Result<Date, String> {
        let Some(month) = u32::try_from(month).ok().filter(|m| (1..=12).contains(m)) else {
            return Err(format!("month {month} is not 1 to 12"));
        };
        let max = days_in_month(year, month);
        match u32::try_from(day).ok().filter(|d| (1..=max).contains(d)) {
            Some(day) => Ok(Date { year, month, day }),
            None => Err(format!(
                "{} {year} has no day {day} (it has {max} days)",
                MONTHS[month as usize - 1]
            )),
        }
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

/// The year, month and day of a numeric date at the start of `s` (`2024-06-20…`,
/// `2024/06/20`, `20.06.2024`), and whether the year came first; none when `s` does not
/// start with one. The numbers are not checked against the calendar.
fn numeric(s: &str) -> Option<(i64, i64, i64, bool)> {
    let head = s
        .trim()
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .next()?;
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    if parts.len() < 3 {
        return None;
    }
    let n = |p: &str| p.parse::<i64>().ok();
    if parts[0].len() == 4 {
        Some((n(parts[0])?, n(parts[1])?, n(parts[2])?, true))
    } else if parts[2].len() == 4 {
        Some((n(parts[2])?, n(parts[1])?, n(parts[0])?, false))
    } else {
        None
    }
}

/// An article's publication date as its metadata wrote it, read once when the article is
/// read. The text is what the output shows (`sources[].date`, `importance.newest`); the
/// calendar date, when the text is a numeric date, is what grouping, ranking and the gloss
/// (`leo`, `jana`) use. Text that is no numeric date (`14 Mei 2025`) is kept without one.
/// It reads as its text (`Deref<Target = str>`) and serialises as it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocDate {
    text: String,
    date: Option<Date>,
}

/// A written date that names no day of the calendar (`2025-02-31`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("date {text:?} is not a calendar date: {reason}")]
pub struct BadDate {
    /// The date as written.
    pub text: String,
    /// Why (`February 2025 has no day 31 (it has 28 days)`).
    pub reason: String,
}

impl DocDate {
    /// Reads a date as written in metadata. A year-first numeric date (`2025-02-31`,
    /// `2025/13/01`) that is no day of the calendar is refused; a day-first one that is not
    /// a valid day-month-year (`12/31/2025`, perhaps month first) is kept as text only, as
    /// is anything else (`14 Mei 2025`, `jana`).
    pub fn read(text: &str) -> Result<DocDate, BadDate> {
        let date = match numeric(text) {
            Some((y, m, d, year_first)) => match Date::check(y, m, d) {
                Ok(date) => Some(date),
                Err(reason) if year_first => {
                    return Err(BadDate {
                        text: text.to_string(),
                        reason,
                    });
                }
                Err(_) => None,
            },
            None => None,
        };
        Ok(DocDate {
            text: text.to_string(),
            date,
        })
    }

    /// The date as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The calendar date, when the text is a numeric date.
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// Days since 1970-01-01 of the calendar date.
    pub fn day_number(&self) -> Option<i64> {
        self.date.map(Date::days)
    }
}

/// A date found in the text (a dateline): written as `YYYY-MM-DD`.
impl From<Date> for DocDate {
    fn from(date: Date) -> DocDate {
        DocDate {
            text: date.iso(),
            date: Some(date),
        }
    }
}

impl std::ops::Deref for DocDate {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for DocDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for DocDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
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
    fn day_numbers_of_written_dates() {
        let day = |t: &str| DocDate::read(t).unwrap().day_number();
        assert_eq!(day("1970-01-01"), Some(0));
        assert_eq!(day("2025-05-14T10:00"), Some(20222));
        assert_eq!(day("2024-03-01").unwrap() - day("2024-02-28").unwrap(), 2);
        assert_eq!(day("14 Mei 2025"), None);
        assert_eq!(day("+025-02-03"), None);
        // Day first, as the gloss has always read it; month first is kept as text only.
        assert_eq!(day("14/05/2025"), Some(20222));
        assert_eq!(day("12/31/2025"), None);
        assert_eq!(
            DocDate::read("14 Mei 2025").unwrap().as_str(),
            "14 Mei 2025"
        );
    }

    #[test]
    fn impossible_year_first_dates_are_refused_with_the_reason() {
        // The one calendar refuses what the old day count let through.
        let err = DocDate::read("2025-02-31").unwrap_err();
        assert_eq!(
            err.to_string(),
            "date \"2025-02-31\" is not a calendar date: February 2025 has no day 31 (it has 28 days)"
        );
        assert_eq!(
            DocDate::read("2025-13-01").unwrap_err().reason,
            "month 13 is not 1 to 12"
        );
        assert!(DocDate::read("2024-02-29").is_ok());
        assert!(DocDate::read("2023/02/29T08:00").is_err());
        assert!(DocDate::read("2025-00-10").is_err());
    }

    #[test]
    fn a_date_reads_and_serialises_as_written() {
        let d = DocDate::read("2025-05-14T10:00:00Z").unwrap();
        assert_eq!(&*d, "2025-05-14T10:00:00Z");
        assert_eq!(d.date(), Date::new(2025, 5, 14));
        assert_eq!(
            serde_json::to_string(&Some(d)).unwrap(),
            "\"2025-05-14T10:00:00Z\""
        );
        let found = DocDate::from(Date::new(2025, 3, 4).unwrap());
        assert_eq!(found.as_str(), "2025-03-04");
    }
}
