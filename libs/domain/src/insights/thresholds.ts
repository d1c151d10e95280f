/**
 * Every threshold and weight of the insight and triage rules, documented once, here.
 *
 * Day arithmetic is in whole UTC days, counted from the UTC day of `now`. A row dated `d` is "within the
 * last N days" when `0 <= today - d <= N` (exactly N days ago is inside; N + 1 is outside). Rows dated in
 * the future (clock skew) count as today.
 *
 * Check-ins measure how hard a rejection hit, 1 (barely) to 5 (very hard) (docs/domain.md, "Rejections"), so a "low" check-in
 * in the coach's words — the client feeling low — is a HIGH number on this scale.
 */

// ─── Windows ────────────────────────────────────────────────────────────────────────────────────────────

/** Insights look at the last 90 days: older rejections describe a search the client has moved on from. */
export const RECENT_WINDOW_DAYS = 90;

// ─── Stage and reason concentration ─────────────────────────────────────────────────────────────────────

/**
 * Rejections at the same stage within the window that make a pattern (inclusive: 3 is a pattern, 2 is not).
 * Counted over rejections ended by the employer or by silence; a client's own withdrawal is not a rejection
 * at that stage.
 */
export const STAGE_CONCENTRATION_MIN = 3;
/** From this many rejections at the same stage, the pattern is critical. */
export const STAGE_CONCENTRATION_CRITICAL = 5;

/**
 * Rejections with the same effective reason within the window that make a pattern (inclusive). Counted over
 * rejections ended by the employer only: silence and withdrawals carry no employer reason.
 */
export const REASON_CONCENTRATION_MIN = 3;
/** From this many rejections with the same reason, the pattern is critical. */
export const REASON_CONCENTRATION_CRITICAL = 5;

// ─── Feedback coverage ─────────────────────────────────────────────────────────────────────────────────

/**
 * Human-contact rejections (ended by the employer, not automated) within the window needed before coverage
 * is judged: with fewer, a missing request is not a pattern.
 */
export const FEEDBACK_COVERAGE_MIN_REJECTIONS = 3;
/** Coverage below this share (requested ÷ human-contact rejections; 0.5 itself is fine) raises an insight. */
export const FEEDBACK_COVERAGE_MIN_SHARE = 0.5;
/** Coverage below this share is a warning rather than info. */
export const FEEDBACK_COVERAGE_WARNING_SHARE = 0.25;
/** Overdue follow-ups (sent, not followed up, follow-up day reached) from this count raise an insight. */
export const OVERDUE_FOLLOW_UPS_MIN = 1;

// ─── Momentum: stalled search ──────────────────────────────────────────────────────────────────────────

/** A rejection with a check-in at or above this hit hard, and may stall the search. */
export const HARD_CHECK_IN_MIN = 4;
/** Weeks compared before and after a hard rejection. */
export const STALL_WEEKS = 4;
/**
 * Before: applications dated from `rejectedOn - (STALL_WEEKS * 7 - 1)` to `rejectedOn` inclusive (28 days
 * including the rejection day). After: from `rejectedOn + 1` to `rejectedOn + STALL_WEEKS * 7`, cut at
 * today. The after rate is measured on the days elapsed so far.
 */
export const STALL_WINDOW_DAYS = STALL_WEEKS * 7;
/** The before rate must be at least this many applications per week (inclusive) for a drop to mean much. */
export const STALL_MIN_BEFORE_PER_WEEK = 1;
/** Stalled when the after rate is at most this share of the before rate (inclusive). */
export const STALL_MAX_AFTER_SHARE = 0.25;
/** Days that must have passed since the hard rejection before the after rate is judged (inclusive). */
export const STALL_MIN_DAYS_AFTER = 14;

// ─── Check-in trend ────────────────────────────────────────────────────────────────────────────────────

/** The latest this-many check-ins are compared with the this-many before them. */
export const CHECK_IN_TREND_SIZE = 2;
/** Worsening when the latest average is at least this much higher (harder) than the earlier average. */
export const CHECK_IN_WORSENING_DELTA = 1;
/** Hard-hit check-ins (≥ HARD_CHECK_IN_MIN) within the window that make a pattern (inclusive). */
export const HARD_CHECK_INS_MIN = 2;

// ─── Caseload triage ───────────────────────────────────────────────────────────────────────────────────

/** Triage looks at the last 30 days for late rejections and hard check-ins: it ranks what needs a coach now. */
export const TRIAGE_WINDOW_DAYS = 30;
/** Points per late-stage rejection (later interview, final round, after the offer) within the triage window. */
export const LATE_REJECTION_POINTS = 10;
/** A run of rejections this long (inclusive) with no progress between counts as a streak. */
export const REJECTION_STREAK_MIN = 3;
/** Points per rejection in a streak. */
export const STREAK_POINTS_PER_REJECTION = 4;
/** Points per hard-hit check-in (≥ HARD_CHECK_IN_MIN) within the triage window. */
export const HARD_CHECK_IN_POINTS = 8;
/** Points per exercise assigned or in progress whose due day has passed (due today is not overdue). */
export const OVERDUE_EXERCISE_POINTS = 5;
/** Points when the search stalled after a hard rejection (the `stalled_search` insight). */
export const STALLED_SEARCH_POINTS = 15;
/** Points per sent, unanswered feedback request whose follow-up day has come. */
export const UNANSWERED_FEEDBACK_POINTS = 3;
/** Days without any activity (application, rejection, request sent or followed up) that start to count. */
export const INACTIVE_DAYS_MIN = 14;
/** Points when inactive for INACTIVE_DAYS_MIN days or more. */
export const INACTIVITY_POINTS = 10;
