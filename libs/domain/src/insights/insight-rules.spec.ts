import { builtInTemplate } from '../exercises/built-in-templates.js';
import type { RejectionReason, RejectionStage } from '../rejections/rejection-vocabulary.js';
import type {
  ClientHistory,
  InsightApplication,
  InsightFeedbackRequest,
  InsightRejection,
} from './insight-input.js';
import {
  checkInTrend,
  clientInsights,
  feedbackCoverage,
  reasonConcentration,
  stageConcentration,
  stalledSearch,
  type Insight,
} from './insight-rules.js';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const ago = (days: number) => new Date(Date.UTC(2026, 10, 25 - days)).toISOString().slice(0, 10);

let seq = 0;
const rej = (over: Partial<InsightRejection> & { daysAgo?: number } = {}): InsightRejection => {
  const { daysAgo = 5, ...rest } = over;
  seq += 1;
  return {
    id: `r${seq}`,
    applicationId: `a${seq}`,
    rejectedOn: ago(daysAgo),
    stageReached: 'first_interview',
    effectiveReason: 'different_direction',
    automated: false,
    endedBy: 'employer',
    checkIn: null,
    ...rest,
  };
};
const apply = (daysAgo: number, id = `app-${daysAgo}-${++seq}`): InsightApplication => ({
  id,
  appliedOn: ago(daysAgo),
  stage: 'applied',
  furthestStage: 'applied',
  furthestInterviewRound: null,
});
const history = (over: Partial<ClientHistory> = {}): ClientHistory => ({
  applications: [],
  rejections: [],
  feedbackRequests: [],
  exercises: [],
  ...over,
});
const atStage = (stageReached: RejectionStage, n: number, daysAgo = 5) =>
  Array.from({ length: n }, () => rej({ stageReached, daysAgo }));
const forReason = (
  effectiveReason: RejectionReason,
  n: number,
  extra: Partial<InsightRejection> & { daysAgo?: number } = {},
) => Array.from({ length: n }, () => rej({ effectiveReason, ...extra }));
const summary = (insights: Insight[]) => insights.map((i) => `${i.key}/${i.severity}`);

beforeEach(() => {
  seq = 0;
});

describe('stageConcentration', () => {
  it.each<[string, () => InsightRejection[], string[]]>([
    ['empty history', () => [], []],
    ['one rejection', () => atStage('final_round', 1), []],
    ['just under: 2 at the same stage', () => atStage('final_round', 2), []],
    [
      'exactly 3 at the same stage',
      () => atStage('final_round', 3),
      ['stage_concentration:final_round/warning'],
    ],
    ['4 still a warning', () => atStage('final_round', 4), ['stage_concentration:final_round/warning']],
    ['5 is critical', () => atStage('final_round', 5), ['stage_concentration:final_round/critical']],
    [
      'a tie: 3 and 3 give two insights',
      () => [...atStage('resume_screen', 3), ...atStage('final_round', 3)],
      ['stage_concentration:resume_screen/warning', 'stage_concentration:final_round/warning'],
    ],
    [
      'exactly 90 days ago is inside the window',
      () => [...atStage('final_round', 2), ...atStage('final_round', 1, 90)],
      ['stage_concentration:final_round/warning'],
    ],
    ['91 days ago is outside', () => [...atStage('final_round', 2), ...atStage('final_round', 1, 91)], []],
    [
      'withdrawals are not counted',
      () => [...atStage('final_round', 2), rej({ stageReached: 'final_round', endedBy: 'client' })],
      [],
    ],
    [
      'ghosting is counted',
      () => [...atStage('phone_screen', 2), rej({ stageReached: 'phone_screen', endedBy: 'silence' })],
      ['stage_concentration:phone_screen/warning'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(summary(stageConcentration(history({ rejections: rows() }), NOW))).toEqual(expected);
  });

  it('says how many of the recent rejections, cites exactly those rows, suggests mock interview + success stories', () => {
    const finals = atStage('final_round', 4);
    const others = [rej({ stageReached: 'phone_screen' }), rej({ stageReached: 'resume_screen' })];
    const old = rej({ stageReached: 'final_round', daysAgo: 200 });
    const [insight] = stageConcentration(history({ rejections: [...others, old, ...finals] }), NOW);
    expect(insight).toEqual({
      key: 'stage_concentration:final_round',
      kind: 'stage_concentration',
      severity: 'warning',
      sentence: '4 of 6 rejections in the last 90 days came after the final round.',
      evidence: {
        rejectionIds: finals.map((r) => r.id),
        applicationIds: finals.map((r) => r.applicationId),
      },
      suggestions: [
        { type: 'exercise', templateKey: 'mock-interview' },
        { type: 'exercise', templateKey: 'success-stories' },
      ],
    });
  });

  it('suggests the CV against the posting and a search reset for résumé-screen concentration', () => {
    const [insight] = stageConcentration(history({ rejections: atStage('resume_screen', 3) }), NOW);
    expect(insight?.suggestions).toEqual([
      { type: 'exercise', templateKey: 'cv-match' },
      { type: 'exercise', templateKey: 'search-reset' },
    ]);
  });

  it('never suggests an exercise about interviews for rejections before any interview', () => {
    const [insight] = stageConcentration(history({ rejections: atStage('resume_screen', 3) }), NOW);
    const prompts = insight!.suggestions.flatMap((suggestion) =>
      suggestion.type === 'exercise' ? builtInTemplate(suggestion.templateKey).prompts : [],
    );
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(`${prompt.label} ${prompt.help ?? ''}`).not.toMatch(/interview|rapport|interviewer/i);
    }
  });
});

describe('reasonConcentration', () => {
  it.each<[string, () => InsightRejection[], string[]]>([
    ['empty history', () => [], []],
    ['one rejection', () => forReason('missing_skill', 1), []],
    ['2 is under the threshold', () => forReason('missing_skill', 2), []],
    ['exactly 3', () => forReason('missing_skill', 3), ['reason_concentration:missing_skill/warning']],
    ['5 is critical', () => forReason('missing_skill', 5), ['reason_concentration:missing_skill/critical']],
    [
      'a tie between two reasons',
      () => [...forReason('unknown', 3), ...forReason('internal_candidate', 3)],
      ['reason_concentration:unknown/warning', 'reason_concentration:internal_candidate/warning'],
    ],
    [
      'ghosting has no employer reason',
      () => [...forReason('unknown', 2), ...forReason('unknown', 1, { endedBy: 'silence' })],
      [],
    ],
    [
      '91 days ago is outside',
      () => [...forReason('missing_skill', 2), ...forReason('missing_skill', 1, { daysAgo: 91 })],
      [],
    ],
    [
      '90 days ago is inside',
      () => [...forReason('missing_skill', 2), ...forReason('missing_skill', 1, { daysAgo: 90 })],
      ['reason_concentration:missing_skill/warning'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(summary(reasonConcentration(history({ rejections: rows() }), NOW))).toEqual(expected);
  });

  it.each<[RejectionReason, unknown[]]>([
    ['missing_skill', [{ type: 'exercise', templateKey: 'skill-gap' }]],
    [
      'internal_candidate',
      [
        {
          type: 'plan_item',
          category: 'networking',
          title: 'Meet people inside target companies before applying',
        },
      ],
    ],
    ['unknown', [{ type: 'exercise', templateKey: 'feedback-request-draft' }]],
  ])('%s suggests the action docs/domain.md names', (reason, suggestions) => {
    const rows = forReason(reason, 3);
    const [insight] = reasonConcentration(history({ rejections: rows }), NOW);
    expect(insight?.suggestions).toEqual(suggestions);
    expect(insight?.evidence.rejectionIds).toEqual(rows.map((r) => r.id));
    expect(insight?.sentence).toMatch(/^3 of 3 employer rejections in the last 90 days /);
  });
});

describe('feedbackCoverage', () => {
  const req = (r: InsightRejection, over: Partial<InsightFeedbackRequest> = {}): InsightFeedbackRequest => ({
    id: `f-${r.id}`,
    rejectionId: r.id,
    status: 'sent',
    sentOn: ago(10),
    followUpOn: ago(-1),
    followedUpOn: null,
    ...over,
  });
  const human = (n: number) => Array.from({ length: n }, () => rej());

  it.each<[string, () => Partial<ClientHistory>, string[]]>([
    ['empty history', () => ({}), []],
    ['one rejection, no request', () => ({ rejections: human(1) }), []],
    ['2 human-contact rejections: too few to judge', () => ({ rejections: human(2) }), []],
    ['3 with no request: warning', () => ({ rejections: human(3) }), ['feedback_coverage:requests/warning']],
    ['automated replies do not count', () => ({ rejections: [...human(2), rej({ automated: true })] }), []],
    ['ghosting does not count', () => ({ rejections: [...human(2), rej({ endedBy: 'silence' })] }), []],
    [
      '1 of 3 requested (33%): info',
      () => {
        const rows = human(3);
        return { rejections: rows, feedbackRequests: [req(rows[0]!)] };
      },
      ['feedback_coverage:requests/info'],
    ],
    [
      'exactly 50% requested is fine',
      () => {
        const rows = human(4);
        return { rejections: rows, feedbackRequests: [req(rows[0]!), req(rows[1]!, { status: 'answered' })] };
      },
      [],
    ],
    [
      'a draft is not a request',
      () => {
        const rows = human(4);
        return {
          rejections: rows,
          feedbackRequests: [
            req(rows[0]!),
            req(rows[1]!, { status: 'draft', sentOn: null, followUpOn: null }),
          ],
        };
      },
      ['feedback_coverage:requests/info'],
    ],
    [
      'follow-up due today: overdue',
      () => {
        const rows = human(1);
        return { rejections: rows, feedbackRequests: [req(rows[0]!, { followUpOn: ago(0) })] };
      },
      ['feedback_coverage:follow_ups/warning'],
    ],
    [
      'follow-up due tomorrow: not yet',
      () => {
        const rows = human(1);
        return { rejections: rows, feedbackRequests: [req(rows[0]!, { followUpOn: ago(-1) })] };
      },
      [],
    ],
    [
      'already followed up: not overdue',
      () => {
        const rows = human(1);
        return {
          rejections: rows,
          feedbackRequests: [req(rows[0]!, { followUpOn: ago(3), followedUpOn: ago(2) })],
        };
      },
      [],
    ],
  ])('%s', (_name, over, expected) => {
    expect(summary(feedbackCoverage(history(over()), NOW))).toEqual(expected);
  });

  it('tells requested and answered, citing every human-contact rejection', () => {
    const rows = human(4);
    const [insight] = feedbackCoverage(
      history({
        rejections: [...rows, rej({ automated: true })],
        feedbackRequests: [req(rows[2]!, { status: 'answered' })],
      }),
      NOW,
    );
    expect(insight?.sentence).toBe(
      'Feedback was asked for after 1 of 4 rejections in the last 90 days that followed human contact, and 1 answered.',
    );
    expect(insight?.evidence.rejectionIds).toEqual(rows.map((r) => r.id));
    expect(insight?.suggestions).toEqual([{ type: 'exercise', templateKey: 'feedback-request-draft' }]);
  });

  it('cites the rejections whose follow-up is overdue', () => {
    const rows = human(2);
    const [insight] = feedbackCoverage(
      history({ rejections: rows, feedbackRequests: [req(rows[1]!, { followUpOn: ago(2) })] }),
      NOW,
    );
    expect(insight?.sentence).toBe('1 feedback request is due a follow-up.');
    expect(insight?.evidence).toEqual({
      rejectionIds: [rows[1]!.id],
      applicationIds: [rows[1]!.applicationId],
    });
  });
});

describe('stalledSearch', () => {
  /** `before` applications in the 28 days up to a hard rejection `daysAgo` days ago, `after` since. */
  const scenario = (o: { daysAgo: number; before: number; after: number; checkIn?: number }) => {
    const hard = rej({ daysAgo: o.daysAgo, checkIn: o.checkIn ?? 4 });
    const before = Array.from({ length: o.before }, (_, i) => apply(o.daysAgo + (i % 28)));
    const after = Array.from({ length: o.after }, (_, i) =>
      apply(o.daysAgo - 1 - (i % (o.daysAgo - 1 || 1))),
    );
    return {
      hard,
      before,
      after,
      history: history({ rejections: [hard], applications: [...before, ...after] }),
    };
  };

  it.each<[string, Parameters<typeof scenario>[0], string[]]>([
    [
      '4 before (1 a week), none in 14 days after: stall',
      { daysAgo: 14, before: 4, after: 0 },
      ['stalled_search:after_hard_rejection/warning'],
    ],
    ['only 13 days after: too early to tell', { daysAgo: 13, before: 4, after: 0 }, []],
    ['3 before is under 1 a week', { daysAgo: 20, before: 3, after: 0 }, []],
    ['check-in 3 is not a hard hit', { daysAgo: 20, before: 8, after: 0, checkIn: 3 }, []],
    [
      '8 before, 2 in 28 days after: exactly 25%',
      { daysAgo: 28, before: 8, after: 2 },
      ['stalled_search:after_hard_rejection/warning'],
    ],
    ['8 before, 3 in 28 days after: above 25%', { daysAgo: 28, before: 8, after: 3 }, []],
    [
      'none at all in the full 4 weeks after: critical',
      { daysAgo: 40, before: 4, after: 0 },
      ['stalled_search:after_hard_rejection/critical'],
    ],
    ['hard rejection 91 days ago: history', { daysAgo: 91, before: 8, after: 0 }, []],
  ])('%s', (_name, o, expected) => {
    expect(summary(stalledSearch(scenario(o).history, NOW))).toEqual(expected);
  });

  it('cites the hard rejection and the applications of both windows, and suggests reframe + wellbeing', () => {
    const s = scenario({ daysAgo: 28, before: 8, after: 2 });
    const outside = apply(60);
    const [insight] = stalledSearch(
      { ...s.history, applications: [...s.history.applications, outside] },
      NOW,
    );
    expect(insight?.evidence).toEqual({
      rejectionIds: [s.hard.id],
      applicationIds: [...s.before, ...s.after].map((a) => a.id),
    });
    expect(insight?.sentence).toBe(
      'Applications dropped from 2 to 0.5 a week after a rejection that hit hard 28 days ago.',
    );
    expect(insight?.suggestions).toEqual([
      { type: 'exercise', templateKey: 'reframe' },
      { type: 'plan_item', category: 'wellbeing', title: 'Plan one restful, non-search activity each week' },
    ]);
  });
});

describe('checkInTrend', () => {
  /** Check-ins oldest first, one a day, the last one `lastDaysAgo` days ago. */
  const checkIns = (values: (number | null)[], lastDaysAgo = 1) =>
    values.map((checkIn, i) => rej({ checkIn, daysAgo: lastDaysAgo + values.length - 1 - i }));

  it.each<[string, (number | null)[], number, string[]]>([
    ['empty history', [], 1, []],
    ['one check-in', [5], 1, []],
    ['three check-ins cannot make a trend', [1, 2, 3], 1, []],
    ['rising by exactly 1: worsening', [2, 2, 3, 3], 1, ['check_in_trend:worsening/warning']],
    ['rising by 0.5: not yet', [2, 2, 3, 2], 1, []],
    ['null check-ins are skipped', [1, null, 1, 2, null, 2], 1, ['check_in_trend:worsening/warning']],
    [
      'worsening into hard hits: critical, and hard hits too',
      [2, 2, 4, 4],
      1,
      ['check_in_trend:worsening/critical', 'check_in_trend:hard_hits/warning'],
    ],
    ['one hard hit is not a pattern', [1, 1, 1, 4], 1, ['check_in_trend:worsening/warning']],
    ['two hard hits, steady', [4, 4, 4, 4], 1, ['check_in_trend:hard_hits/warning']],
    ['trend and hard hits 91+ days ago are history', [1, 1, 5, 5], 91, []],
    ['falling (healing) is fine', [4, 3, 2, 1], 1, []],
  ])('%s', (_name, values, lastDaysAgo, expected) => {
    expect(summary(checkInTrend(history({ rejections: checkIns(values, lastDaysAgo) }), NOW))).toEqual(
      expected,
    );
  });

  it('cites the compared check-ins', () => {
    const rows = checkIns([1, 3, 2, 3, 4]);
    const [insight] = checkInTrend(history({ rejections: rows }), NOW);
    expect(insight?.key).toBe('check_in_trend:worsening');
    expect(insight?.sentence).toBe(
      'Rejections are hitting harder: the last 2 check-ins average 3.5 out of 5, up from 2.5.',
    );
    expect(insight?.evidence.rejectionIds).toEqual(['r5', 'r4', 'r3', 'r2']);
  });
});

describe('clientInsights', () => {
  it('finds nothing in an empty history', () => {
    expect(clientInsights(history(), NOW)).toEqual([]);
  });

  it('finds nothing in a healthy history', () => {
    const rejections = [
      rej({ daysAgo: 40, stageReached: 'phone_screen', effectiveReason: 'timing_or_budget', checkIn: 2 }),
      rej({
        daysAgo: 20,
        stageReached: 'first_interview',
        effectiveReason: 'better_qualified_candidate',
        checkIn: 3,
      }),
      rej({ daysAgo: 10, stageReached: 'resume_screen', automated: true, checkIn: 1 }),
      rej({ daysAgo: 5, stageReached: 'final_round', effectiveReason: 'internal_candidate', checkIn: 2 }),
    ];
    const applications = Array.from({ length: 30 }, (_, i) => apply(i * 2));
    const feedbackRequests: InsightFeedbackRequest[] = [rejections[0]!, rejections[1]!].map((r) => ({
      id: `f-${r.id}`,
      rejectionId: r.id,
      status: 'answered',
      sentOn: r.rejectedOn,
      followUpOn: null,
      followedUpOn: null,
    }));
    expect(clientInsights(history({ rejections, applications, feedbackRequests }), NOW)).toEqual([]);
  });

  it('finds nothing after a single rejection, however hard it hit', () => {
    expect(
      clientInsights(history({ rejections: [rej({ checkIn: 5, stageReached: 'final_round' })] }), NOW),
    ).toEqual([]);
  });

  it('orders by severity, then kind', () => {
    const rows = [
      ...Array.from({ length: 5 }, () =>
        rej({ stageReached: 'final_round', effectiveReason: 'missing_skill', automated: true }),
      ),
      ...Array.from({ length: 3 }, () =>
        rej({ stageReached: 'phone_screen', effectiveReason: 'unknown', automated: true }),
      ),
    ];
    expect(summary(clientInsights(history({ rejections: rows }), NOW))).toEqual([
      'stage_concentration:final_round/critical',
      'reason_concentration:missing_skill/critical',
      'stage_concentration:phone_screen/warning',
      'reason_concentration:unknown/warning',
    ]);
  });
});
