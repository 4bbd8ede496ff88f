/**
 * The surprise statistic of escalation detection: the tail probability of a day's count under the
 * area's own baseline, with the baseline rate uncertain. A Gamma(α0, β0) prior on the daily rate,
 * updated with S events over n baseline days, gives a negative-binomial posterior predictive for one
 * day: r = α0 + S, p = (β0 + n) / (β0 + n + 1). Its tail P(X ≥ x) is small when x is far above what the
 * baseline makes plausible, and — unlike a plain Poisson with the mean plugged in — a short or empty
 * baseline widens the predictive instead of making any single event look impossible.
 */

export interface NegBinParams {
  r: number;
  p: number;
}

/** Weak prior: half an event per day-equivalent, one day of weight (Jeffreys-like shape). */
export const PRIOR = { alpha: 0.5, beta: 1 };

/** Posterior-predictive parameters after `total` events in `days` baseline days. */
export function predictive(total: number, days: number, prior = PRIOR): NegBinParams {
  return { r: prior.alpha + total, p: (prior.beta + days) / (prior.beta + days + 1) };
}

/** Mean of the predictive: the expected count on one day. */
export function expectedCount({ r, p }: NegBinParams): number {
  return (r * (1 - p)) / p;
}

/**
 * P(X ≥ x) for X ~ NegBin(r, p) counting failures before the r-th success, computed as 1 − P(X < x) by
 * the recurrence P(k+1) = P(k) · (k + r) / (k + 1) · (1 − p), which stays exact for real r.
 *
 * @example tailProbability(2, { r: 0.5, p: 29 / 30 }) // ≈ 0.00063
 */
export function tailProbability(x: number, { r, p }: NegBinParams): number {
  if (x <= 0) return 1;
  let pk = Math.pow(p, r);
  let below = 0;
  for (let k = 0; k < x; k++) {
    below += pk;
    pk = ((pk * (k + r)) / (k + 1)) * (1 - p);
  }
  return Math.max(0, Math.min(1, 1 - below));
}
