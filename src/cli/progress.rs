//! The progress bar of `brief` over many articles: one bar through analysing, grouping and
//! summarising, and rendering, shown on a terminal only, unless `--quiet`. Each phase owns a
//! share of the bar near its share of the time (analysing and grouping one unit per article
//! each, rendering a tenth), and the bar ticks while a phase that reports no steps runs.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// More articles than this get a progress bar.
const PROGRESS_AFTER: usize = 8;

/// The bar, hidden when there is no terminal, little to do, or `--quiet`.
pub struct Progress {
    bar: ProgressBar,
    articles: u64,
}

impl Progress {
    /// A bar for `articles` articles.
    pub fn new(articles: usize, quiet: bool) -> Self {
        let n = articles as u64;
        let shown = !quiet && articles > PROGRESS_AFTER && std::io::stderr().is_terminal();
        let bar = if shown {
            let bar = ProgressBar::new(2 * n + (n / 10).max(1));
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} {msg:<26} [{bar:30}] {percent:>3}% {elapsed}",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message("reading and analysing");
            bar
        } else {
            ProgressBar::hidden()
        };
        Progress { bar, articles: n }
    }

    /// One article analysed.
    pub fn analysed(&self) {
        self.bar.inc(1);
    }

    /// Analysing is done; grouping and summarising start (no steps: the bar ticks).
    pub fn grouping(&self) {
        self.bar.set_position(self.articles);
        self.bar.set_message("grouping and summarising");
        self.bar.enable_steady_tick(Duration::from_millis(120));
    }

    /// The briefing is made; rendering and writing start.
    pub fn rendering(&self) {
        self.bar.set_position(2 * self.articles);
        self.bar.set_message("rendering");
    }

    /// Everything is written: the bar goes.
    pub fn done(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicatif::ProgressDrawTarget;

    #[test]
    fn the_bar_runs_through_every_phase_to_its_end() {
        let n = 40u64;
        let bar = ProgressBar::with_draw_target(Some(2 * n + 4), ProgressDrawTarget::hidden());
        let p = Progress { bar, articles: n };
        for _ in 0..n {
            p.analysed();
        }
        assert_eq!(p.bar.position(), n);
        p.grouping();
        assert_eq!(p.bar.message(), "grouping and summarising");
        p.rendering();
        assert_eq!(p.bar.position(), 2 * n);
        assert_eq!(p.bar.message(), "rendering");
        assert!(
            p.bar.position() < p.bar.length().unwrap(),
            "rendering has its share"
        );
        p.done();
        assert!(p.bar.is_finished());
    }
}
