//! Swahili clock times (`saa tatu asubuhi` → 9:00 a.m.), told from durations (`kwa saa
//! tatu`) by the words before `saa`; `saa 9:00 GMT` is never shifted.

#[allow(unused_imports)]
use super::*;

/// What the words before `saa N` make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaaCue {
    /// A clock time: `hadi saa tatu`, `ilipofika saa tatu`.
    Clock,
    /// A duration: `kwa saa tatu`.
    Duration,
}

impl Reader<'_> {
    /// `saa tatu asubuhi`, `saa 3:00 asubuhi`, `saa kumi na mbili jioni`, `saa 9:00 GMT`.
    pub(super) fn clock(&self, i: usize) -> Option<(GlossItem, usize)> {
        if self.word(i)? != "saa" {
            return None;
        }
        let t = self.toks.get(i + 1)?;
        let (hour, mut minutes, mut j, written) = if t.number {
            let (h, m) = match t.folded.split_once([':', '.']) {
                Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                None => (t.folded.parse::<u32>().ok()?, 0),
            };
            (h, m, i + 2, t.folded.contains([':', '.']))
        } else {
            let (h, used) = numbers::words_value(self.toks, i + 1, 13, self.data)?;
            (u32::try_from(h).ok()?, 0, i + 1 + used, false)
        };
        // `na nusu`, `na robo`, `kasoro robo`
        match (self.word(j), self.word(j + 1)) {
            (Some("na"), Some(f)) if self.data.fractions.contains_key(f) => {
                minutes += (self.data.fractions[f] * 60.0) as u32;
                j += 2;
            }
            (Some("kasoro"), Some(f)) if self.data.fractions.contains_key(f) => {
                let less = (self.data.fractions[f] * 60.0) as u32;
                if minutes < less {
                    // `saa tatu kasoro robo`: a quarter to the third hour.
                    minutes += 60 - less;
                    return self.clock_item(i, j + 1, hour.checked_sub(1)?, minutes);
                }
                minutes -= less;
                j += 2;
            }
            _ => {}
        }
        if written || self.next_is_part_or_zone(j) {
            return self.clock_item(i, j - 1, hour, minutes);
        }
        if self
            .word(j)
            .is_some_and(|w| self.data.clock_after.iter().any(|c| c == w))
        {
            // `saa tatu kamili`: the hour itself, sharp.
            return self.clock_item(i, j, hour, minutes);
        }
        match self.saa_cue(i) {
            // `kwa saa tatu na nusu`: 3.5 hours; without a fraction the counted noun reads
            // it (`kwa saa tatu`: 3 hours).
            Some(SaaCue::Duration) if minutes > 0 && minutes < 60 => {
                let hours = f64::from(hour) + f64::from(minutes) / 60.0;
                let item = self
                    .item(
                        i,
                        j - 1,
                        format!("{} hours", trim_float(hours)),
                        GlossKind::Quantity,
                    )
                    .value(trim_float(hours));
                Some((item, j - i))
            }
            Some(SaaCue::Duration) => None,
            Some(SaaCue::Clock) => self.clock_item(i, j - 1, hour, minutes),
            // Above twelve it cannot be a Swahili hour: a duration (`saa 24`).
            None if hour > 12 || minutes >= 60 => None,
            None => self.hour_or_duration(i, j - 1, hour, minutes),
        }
    }

    /// What the words before `saa` (token `i`) say it is: a clock time (`hadi`,
    /// `ilipofika`) or a duration (`kwa`, `kwa muda wa`), from the data file.
    fn saa_cue(&self, i: usize) -> Option<SaaCue> {
        let before = |phrase: &str| {
            let n = phrase.split(' ').count();
            i >= n
                && (0..n)
                    .map(|k| self.word(i - n + k))
                    .collect::<Option<Vec<_>>>()
                    == Some(phrase.split(' ').collect())
        };
        let prev = i.checked_sub(1).and_then(|p| self.word(p))?;
        let clock = self
            .data
            .clock_before
            .iter()
            .any(|c| match c.strip_prefix('-') {
                Some(ending) => prev.len() > ending.len() && prev.ends_with(ending),
                None => before(c),
            });
        if clock {
            return Some(SaaCue::Clock);
        }
        self.data
            .duration_before
            .iter()
            .any(|d| before(d))
            .then_some(SaaCue::Duration)
    }

    /// `saa tatu` with nothing to tell a clock time from a duration: both readings, the
    /// clock one in Swahili time.
    fn hour_or_duration(
        &self,
        i: usize,
        last: usize,
        hour: u32,
        minutes: u32,
    ) -> Option<(GlossItem, usize)> {
        let (h24, m) = time::swahili_to_24h(hour, minutes, None)?;
        let h12 = if h24 % 12 == 0 { 12 } else { h24 % 12 };
        let unit = if hour == 1 { "hour" } else { "hours" };
        let duration = if minutes == 0 {
            format!("{hour} {unit}")
        } else {
            format!("{hour} {unit} {minutes} minutes")
        };
        let en = format!("{h12}:{m:02} (a.m. or p.m.) or {duration}");
        let item = self.item(i, last, en, GlossKind::Time).note(
            "no part of the day or cue word: a Swahili clock time (hours counted from 6 o'clock) or a duration".to_string(),
        );
        Some((item, last + 1 - i))
    }

    fn next_is_part_or_zone(&self, j: usize) -> bool {
        self.word(j).is_some_and(|w| {
            self.data.day_parts.contains_key(w) || self.data.zones.iter().any(|z| z == w)
        })
    }

    /// The time item from `saa` (token `i`) to token `last`, taking a part of the day or a
    /// zone after it.
    fn clock_item(
        &self,
        i: usize,
        last: usize,
        hour: u32,
        minutes: u32,
    ) -> Option<(GlossItem, usize)> {
        let next = self.word(last + 1);
        if let Some(zone) = next.filter(|w| self.data.zones.iter().any(|z| z == w)) {
            if hour > 24 || minutes >= 60 {
                return None;
            }
            let en = format!("{hour}:{minutes:02} {}", zone.to_uppercase());
            let item = self
                .item(i, last + 1, en, GlossKind::Time)
                .value(format!("{hour:02}:{minutes:02}"))
                .note("a zone time, not shifted to Swahili time");
            return Some((item, last + 2 - i));
        }
        if hour > 12 {
            // `saa 14:00`: a 24-hour clock, never Swahili time.
            if hour > 24 || minutes >= 60 {
                return None;
            }
            let (h, m) = (hour % 24, minutes);
            let item = self
                .item(i, last, time::english_clock(h, m), GlossKind::Time)
                .value(format!("{h:02}:{m:02}"))
                .note("a 24-hour time, not shifted");
            return Some((item, last + 1 - i));
        }
        let part = next.filter(|w| self.data.day_parts.contains_key(*w));
        let (h24, m) = time::swahili_to_24h(hour, minutes, part)?;
        // A Swahili-time reading the part of the day contradicts (`saa 8:00 asubuhi` would
        // be 2 a.m.) is Western time: the hour as written, in the half the part names.
        if let Some(p) = part
            && !time::fits_part(p, h24)
            && let Some(w24) = time::western_24h(hour, p)
        {
            let item = self
                .item(i, last + 1, time::english_clock(w24, m), GlossKind::Time)
                .value(format!("{w24:02}:{m:02}"))
                .note(format!(
                    "Western time: read as Swahili time it would be {}, which is not {p}",
                    time::english_clock(h24, m)
                ));
            return Some((item, last + 2 - i));
        }
        let end = if part.is_some() { last + 1 } else { last };
        // Written minutes (`saa 11:35 usiku`) are as often a Western time kept by text
        // translated from English as a Swahili one: when the part of the day fits both
        // readings, both are shown, the Swahili one first.
        if let Some(p) = part
            && self.toks[i + 1].folded.contains([':', '.'])
            && let Some(w24) = time::western_24h(hour, p).filter(|w| *w != h24)
        {
            let en = format!(
                "{} or {}",
                time::english_clock(h24, m),
                time::english_clock(w24, m)
            );
            let item = self
                .item(i, end, en, GlossKind::Time)
                .value(format!("{h24:02}:{m:02}"))
                .note(format!(
                    "Swahili-time reading first (hours counted from 6 o'clock); {p} fits the Western reading too"
                ));
            return Some((item, end + 1 - i));
        }
        let western = format!("{hour}:{minutes:02}");
        let (en, value) = match part {
            Some(_) => (time::english_clock(h24, m), format!("{h24:02}:{m:02}")),
            None => {
                let h12 = if h24 % 12 == 0 { 12 } else { h24 % 12 };
                (format!("{h12}:{m:02} (a.m. or p.m.)"), String::new())
            }
        };
        let mut item = self
            .item(i, end, en, GlossKind::Time)
            .note(format!(
                "Swahili-time reading (hours counted from 6 o'clock); read as Western time it would be {western}"
            ));
        if !value.is_empty() {
            item = item.value(value);
        }
        Some((item, end + 1 - i))
    }
}
