//! `--fit-cover`: fits the cover model's headline chances ([`CoverModel`]) on the
//! articles' headlines — one row per story term, labelled by whether the headline holds
//! the term — by L2-regularised logistic regression (Newton's method). Cross-validation
//! fits it on the training folds only.

use muhtasari::__internal::term_signals;
use muhtasari::{CoverModel, SummaryConfig};

use crate::Case;

/// Signals and the bias.
const K: usize = muhtasari::__internal::COVER_SIGNALS + 1;
/// The L2 penalty per row on every weight but the bias.
const RIDGE: f64 = 1e-3;
/// Newton steps (the loss is convex; it converges in a handful).
const STEPS: usize = 25;

/// The model fitted on `cases` (the other weights of `config` do not change the signals).
pub fn fit(cases: &[&Case], config: &SummaryConfig) -> CoverModel {
    let mut rows: Vec<([f64; K], f64)> = Vec::new();
    for c in cases {
        for (key, x) in term_signals(std::slice::from_ref(&c.info), config) {
            let mut row = [1.0; K];
            row[..K - 1].copy_from_slice(&x);
            rows.push((
                row,
                c.headline_keys.binary_search(&key).is_ok() as u8 as f64,
            ));
        }
    }
    let n = rows.len().max(1) as f64;
    let mut w = [0.0; K];
    for _ in 0..STEPS {
        let mut grad = [0.0; K];
        let mut hess = [[0.0; K]; K];
        for (x, y) in &rows {
            let z: f64 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for i in 0..K {
                grad[i] += (p - y) * x[i];
                for j in 0..K {
                    hess[i][j] += p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        for i in 0..K - 1 {
            grad[i] += RIDGE * n * w[i];
            hess[i][i] += RIDGE * n;
        }
        let Some(step) = solve(hess, grad) else { break };
        for i in 0..K {
            w[i] -= step[i];
        }
        if step.iter().all(|s| s.abs() < 1e-9) {
            break;
        }
    }
    CoverModel::from_weights(&w)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (None when singular).
fn solve(mut a: [[f64; K]; K], mut b: [f64; K]) -> Option<[f64; K]> {
    for col in 0..K {
        let pivot = (col..K).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..K {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; K];
    for row in (0..K).rev() {
        let rest: f64 = (row + 1..K).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    Some(x)
}
