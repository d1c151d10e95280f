import { readEmail } from './email-text.js';
import { predictReason, REASON_MODEL_OPTIONS, reasonModel } from './reason-classifier.js';
import {
  classifierAccuracy,
  classifierAloneScore,
  crossValidatePipeline,
  outOfFoldPredictions,
} from './reason-cross-validation.js';
import { REJECTION_EMAIL_CORPUS } from './rejection-email.corpus.js';
import { combineReasonOpinions, REASON_THRESHOLDS } from './reason-suggestion.js';

const opinion = (text: string) => combineReasonOpinions(readEmail(text), null);

describe('the reason classifier', () => {
  it('is trained once, on first use, in well under a second', () => {
    const started = performance.now();
    const model = reasonModel();
    const took = performance.now() - started;
    console.log(`Reason classifier trained on the development corpus in ${took.toFixed(0)} ms`);
    expect(took).toBeLessThan(5000);
    expect(reasonModel()).toBe(model);
  });

  it('reads well above chance in 5-fold cross-validation on the development corpus (how its settings were chosen)', () => {
    const predictions = outOfFoldPredictions(REJECTION_EMAIL_CORPUS, REASON_MODEL_OPTIONS);
    const accuracy = classifierAccuracy(predictions);
    console.log(
      `Classifier alone, 5-fold cross-validation: ${(accuracy * 100).toFixed(1)}% of ${predictions.length}`,
    );
    // Seven reasons: chance is about 14%; the settings before this search read 48.9%.
    expect(accuracy).toBeGreaterThan(0.52);
    const alone = classifierAloneScore(predictions, REASON_THRESHOLDS.classifierAlone);
    expect(alone.answeredRight / alone.answered).toBeGreaterThan(0.8);
  });

  it('with the chosen thresholds, the whole reading is confident and wrong on at most 5% in cross-validation', () => {
    const score = crossValidatePipeline(REJECTION_EMAIL_CORPUS, REASON_MODEL_OPTIONS, REASON_THRESHOLDS);
    expect(score.confidentAndWrong).toBeLessThanOrEqual(0.05);
    expect(score.accuracy).toBeGreaterThan(0.9);
  });
});

describe('combineReasonOpinions', () => {
  it('is sure when the phrase and the classifier agree', () => {
    expect(
      opinion(
        'Unfortunately the position has been filled by an internal candidate who has been acting in the role.',
      ),
    ).toEqual({
      value: 'internal_candidate',
      phrase:
        'Unfortunately the position has been filled by an internal candidate who has been acting in the role',
      confidence: 'high',
    });
  });

  it('gives the phrase alone as likely when the classifier has no clear opinion against it', () => {
    expect(opinion('Your Python was not at the standard the panel wanted.')).toEqual({
      value: 'missing_skill',
      phrase: 'Your Python was not at the standard the panel wanted',
      confidence: 'medium',
    });
    expect(
      opinion('For this position we need someone with more hands-on experience with Kubernetes.').confidence,
    ).toBe('high');
  });

  it('says "not sure" when the classifier is clearly sure of another reason than the phrase', () => {
    const email = readEmail('The hiring freeze means the role is on hold and the budget was cut.');
    const model = reasonModel();
    const got = combineReasonOpinions(email, null, model, { classifierAlone: 1.1, classifierOverrules: 0 });
    const [top] = predictReason(model, email).ranked;
    if (top.label === 'timing_or_budget') expect(got.value).toBe('timing_or_budget');
    else expect(got).toEqual({ value: 'unknown', phrase: '', confidence: 'none' });
  });

  it('says "not sure", quoting the words that said no, when neither opinion is clear', () => {
    const email = readEmail('Thanks for your time. We will not be moving forward.');
    const got = combineReasonOpinions(email, { start: 25, end: 51 }, reasonModel(), {
      classifierAlone: 1.1,
      classifierOverrules: 1.1,
    });
    expect(got).toEqual({ value: 'unknown', phrase: 'We will not be moving forward', confidence: 'none' });
  });

  it('lets the classifier alone suggest, with low confidence and the words behind it, when it is sure enough', () => {
    const email = readEmail('The panel felt you were a little hesitant and unsure in the interview.');
    const sure = combineReasonOpinions(email, null, reasonModel(), {
      classifierAlone: 0.3,
      classifierOverrules: 1.1,
    });
    expect(sure).toEqual({
      value: 'presentation_or_rapport',
      phrase: 'The panel felt you were a little hesitant and unsure in the interview',
      confidence: 'low',
    });
    const unsure = combineReasonOpinions(email, null, reasonModel(), {
      classifierAlone: 0.99,
      classifierOverrules: 1.1,
    });
    expect(unsure.value).toBe('unknown');
  });
});
