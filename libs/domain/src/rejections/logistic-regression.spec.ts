import {
  DEFAULT_LOGISTIC_OPTIONS,
  logisticEvidence,
  predictLogistic,
  trainLogistic,
} from './logistic-regression.js';
import { DEFAULT_FEATURE_OPTIONS, stemOf, tokenise } from './text-features.js';

describe('tokenise', () => {
  it('keeps content words and their bigrams, with offsets into the text', () => {
    const text = 'The role has been filled internally.';
    const tokens = tokenise(text);
    expect(tokens.map((token) => token.term)).toEqual([
      'role',
      'filled',
      'internally',
      'role filled',
      'filled internally',
    ]);
    for (const token of tokens)
      expect(text.slice(token.start, token.end).toLowerCase()).toContain(token.term.split(' ')[0]);
  });

  it('reads "didn\'t" like "did not" and marks the words a negation reaches', () => {
    const terms = (text: string) => tokenise(text).map((token) => token.term);
    expect(terms("We didn't see enough depth")).toEqual(terms('We did not see enough depth'));
    expect(terms('This is not a reflection of your skills')).toContain('not_reflection');
    expect(terms('We hired 3 people')).toContain('<number>');
  });
});

describe('feature options', () => {
  const terms = (text: string, change: object) =>
    tokenise(text, { ...DEFAULT_FEATURE_OPTIONS, ...change }).map((token) => token.term);

  it('reduces inflections to one stem, leaving short words and words ending in -ss alone', () => {
    expect(['filled', 'filling', 'fills'].map(stemOf)).toEqual(['fill', 'fill', 'fill']);
    expect(['planned', 'communication', 'communicating', 'vacancies'].map(stemOf)).toEqual([
      'plan',
      'communicate',
      'communicate',
      'vacancy',
    ]);
    expect(['process', 'role', 'was'].map(stemOf)).toEqual(['process', 'role', 'was']);
    expect(terms('The roles were filled', { stem: true })).toEqual(['role', 'fill', 'role fill']);
  });

  it('leaves bigrams out, drops negation words without marking, keeps stop words, as asked', () => {
    expect(terms('not a reflection', { bigrams: false })).toEqual(['not_reflection']);
    expect(terms('not a reflection', { negationReach: 0 })).toEqual(['reflection']);
    expect(terms('the role', { dropStopWords: false, bigrams: false })).toEqual(['the', 'role']);
  });
});

describe('logistic regression', () => {
  const documents = [
    { text: 'the role was filled internally by a colleague', label: 'internal' },
    { text: 'we promoted a colleague from within', label: 'internal' },
    { text: 'an internal colleague got the role', label: 'internal' },
    { text: 'the budget was cut and the role is on hold', label: 'budget' },
    { text: 'hiring freeze, budget cut for the year', label: 'budget' },
    { text: 'no budget this year, the role is paused', label: 'budget' },
  ] as const;
  const labels = ['internal', 'budget'] as const;
  const options = { ...DEFAULT_LOGISTIC_OPTIONS, l2: 0.001, epochs: 300, learningRate: 0.5 };

  it('learns words that separate the labels and ranks a new text by them', () => {
    const model = trainLogistic(labels, documents, options);
    const internal = predictLogistic(model, 'a colleague was promoted internally');
    expect(internal.ranked[0].label).toBe('internal');
    expect(internal.ranked[0].probability).toBeGreaterThan(0.8);
    const budget = predictLogistic(model, 'sadly the budget is gone');
    expect(budget.ranked[0].label).toBe('budget');
    expect(internal.ranked.reduce((sum, { probability }) => sum + probability, 0)).toBeCloseTo(1, 10);
  });

  it('says which words speak for a label', () => {
    const model = trainLogistic(labels, documents, options);
    expect(logisticEvidence(model, 'colleague', 'internal')).toBeGreaterThan(0);
    expect(logisticEvidence(model, 'budget', 'internal')).toBeLessThan(0);
    expect(logisticEvidence(model, 'unseen', 'internal')).toBe(0);
  });

  it('is deterministic: the same documents give the same weights', () => {
    const first = trainLogistic(labels, documents, options);
    const second = trainLogistic(labels, documents, options);
    expect(second.weights.map((weights) => [...weights])).toEqual(
      first.weights.map((weights) => [...weights]),
    );
  });

  it('learns the same separation with idf weights, unit-length vectors and balanced classes', () => {
    const unbalanced = [
      ...documents,
      { text: 'a colleague moved across internally', label: 'internal' } as const,
    ];
    for (const change of [
      { weighting: 'idf' as const },
      { unitLength: true, learningRate: 5 },
      { balanceClasses: true },
    ]) {
      const model = trainLogistic(labels, unbalanced, { ...options, ...change });
      expect(predictLogistic(model, 'a colleague was promoted internally').ranked[0].label).toBe('internal');
      expect(predictLogistic(model, 'sadly the budget is gone').ranked[0].label).toBe('budget');
    }
    const idf = trainLogistic(labels, documents, { ...options, weighting: 'idf' });
    // "role" is in 4 of the 6 documents, "cut" in 2: the rarer word weighs more.
    expect(idf.featureValues[idf.features.get('cut') ?? -1]).toBeGreaterThan(
      idf.featureValues[idf.features.get('role') ?? -1],
    );
  });

  it('leaves out words seen in fewer documents than the minimum', () => {
    const model = trainLogistic(labels, documents, options);
    expect(model.features.has('promoted')).toBe(false);
    expect(model.features.has('colleague')).toBe(true);
    expect(predictLogistic(model, 'zebra promoted').tokens).toEqual([]);
  });
});
