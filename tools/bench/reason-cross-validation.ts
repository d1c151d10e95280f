/**
 * How the reason classifier's settings and the thresholds that combine it with the phrase rules were chosen:
 * k-fold cross-validation on the development part of the rejection email corpus only (the held-out part is
 * never read here). `npm run cv:reasons` runs every stage; `CV_STAGE=<stage>` runs one, `CV_FOLDS` sets k.
 *
 * - representation: what a word counts (presence or idf), unit-length vectors, balanced classes, stems,
 *   whether the signature block is read;
 * - optimisation: L2 penalty, epochs and step for the best representations;
 * - features: bigrams, how far a negation reaches, the minimum document frequency;
 * - folds: the close candidates again with 5 and 10 folds (the choice is the best mean of the two);
 * - combination: for the chosen settings, the classifier alone at each threshold and the whole reading for
 *   each pair of thresholds (chosen: the most often right with at most 5% confident and wrong).
 */
import {
  REASON_MODEL_OPTIONS,
  type ReasonModelOptions,
} from '../../libs/domain/src/rejections/reason-classifier.js';
import {
  classifierAccuracy,
  classifierAloneScore,
  crossValidatePipeline,
  outOfFoldPredictions,
} from '../../libs/domain/src/rejections/reason-cross-validation.js';
import { REJECTION_EMAIL_CORPUS } from '../../libs/domain/src/rejections/rejection-email.corpus.js';
import type { FeatureOptions } from '../../libs/domain/src/rejections/text-features.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const stages = (
  process.env.CV_STAGE ?? 'representation,optimisation,features,folds,characters,text,combination'
).split(',');
const defaultFolds = Number(process.env.CV_FOLDS ?? 5);

type Candidate = { name: string; options: ReasonModelOptions };

/** The settings before this search, as the baseline every stage is compared with. */
const previous: ReasonModelOptions = {
  ...REASON_MODEL_OPTIONS,
  readSignature: true,
  readHeaders: true,
  weighting: 'presence',
  balanceClasses: false,
  unitLength: false,
  features: { bigrams: true, negationReach: 3, stem: false, dropStopWords: true, characterNgrams: 0 },
};

function variant(
  change: Partial<Omit<ReasonModelOptions, 'features'>>,
  features: Partial<FeatureOptions> = {},
): ReasonModelOptions {
  return { ...previous, ...change, features: { ...previous.features, ...features } };
}

function candidatesOf(stage: string): Candidate[] {
  const out: Candidate[] = [{ name: 'previous settings', options: previous }];
  const add = (name: string, options: ReasonModelOptions) => out.push({ name, options });
  if (stage === 'representation') {
    for (const readSignature of [true, false])
      for (const weighting of ['presence', 'idf'] as const)
        for (const unitLength of [false, true])
          for (const balanceClasses of [false, true])
            for (const stem of [false, true])
              add(
                `signature=${readSignature} ${weighting} unit=${unitLength} balanced=${balanceClasses} stem=${stem}`,
                variant({ readSignature, weighting, unitLength, balanceClasses }, { stem }),
              );
  } else if (stage === 'optimisation') {
    for (const unitLength of [false, true])
      for (const l2 of [0.0003, 0.001, 0.003, 0.01])
        for (const [epochs, learningRate] of unitLength
          ? [
              [100, 5],
              [200, 10],
            ]
          : [
              [60, 1.5],
              [150, 1.5],
            ])
          add(
            `idf balanced stem unit=${unitLength} l2=${l2} epochs=${epochs} step=${learningRate}`,
            variant(
              { weighting: 'idf', balanceClasses: true, unitLength, l2, epochs, learningRate },
              { stem: true },
            ),
          );
  } else if (stage === 'features') {
    for (const bigrams of [true, false])
      for (const negationReach of [0, 2, 3, 5])
        for (const minDocumentFrequency of [1, 2, 3])
          add(
            `idf balanced stem bigrams=${bigrams} negation=${negationReach} minDf=${minDocumentFrequency}`,
            variant(
              { weighting: 'idf', balanceClasses: true, minDocumentFrequency },
              { stem: true, bigrams, negationReach },
            ),
          );
  } else if (stage === 'characters') {
    // Letter n-grams on top of the leader of the stages above.
    for (const characterNgrams of [0, 3, 4, 5])
      for (const stem of [true, false])
        add(
          `signature=false idf balanced bigrams negation=0 stem=${stem} characters=${characterNgrams}`,
          variant(
            { readSignature: false, weighting: 'idf', balanceClasses: true },
            { stem, negationReach: 0, characterNgrams },
          ),
        );
  } else if (stage === 'text') {
    // What is read, on top of the leader of the stages above: header lines, function words, negation again.
    for (const readHeaders of [true, false])
      for (const dropStopWords of [true, false])
        for (const negationReach of [0, 3])
          add(
            `signature=false headers=${readHeaders} dropStopWords=${dropStopWords} negation=${negationReach} idf balanced stem bigrams`,
            variant(
              { readSignature: false, readHeaders, weighting: 'idf', balanceClasses: true },
              { stem: true, negationReach, dropStopWords },
            ),
          );
  } else if (stage === 'folds') {
    // The leaders of the stages above, crossed, each with 5 and 10 folds.
    for (const readSignature of [false, true])
      for (const negationReach of [0, 3])
        for (const bigrams of [true, false])
          for (const unitLength of [false, true])
            add(
              `signature=${readSignature} idf balanced stem bigrams=${bigrams} negation=${negationReach} unit=${unitLength}`,
              variant(
                {
                  readSignature,
                  weighting: 'idf',
                  balanceClasses: true,
                  unitLength,
                  ...(unitLength ? { epochs: 200, learningRate: 10 } : {}),
                },
                { stem: true, bigrams, negationReach },
              ),
            );
  }
  return out;
}

function rank(stage: string, folds: readonly number[]) {
  const rows = candidatesOf(stage).map(({ name, options }) => {
    const accuracies = folds.map((k) =>
      classifierAccuracy(outOfFoldPredictions(REJECTION_EMAIL_CORPUS, options, k)),
    );
    return { name, accuracies, mean: accuracies.reduce((sum, value) => sum + value, 0) / accuracies.length };
  });
  rows.sort((a, b) => b.mean - a.mean);
  console.log(`\n## ${stage} (classifier alone, ${folds.map((k) => `${k}-fold`).join(' and ')})`);
  for (const row of rows) console.log(`${row.accuracies.map(percent).join('  ')}  ${row.name}`);
}

function combination(folds: number) {
  const predictions = outOfFoldPredictions(REJECTION_EMAIL_CORPUS, REASON_MODEL_OPTIONS, folds);
  console.log(`\n## combination (chosen settings, ${folds}-fold)`);
  console.log(
    `classifier alone: ${percent(classifierAccuracy(predictions))} of ${predictions.length} rejections`,
  );
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const score = classifierAloneScore(predictions, threshold);
    console.log(
      `alone from ${threshold}: answers ${score.answered}, right ${score.answeredRight} (${percent(score.answeredRight / (score.answered || 1))}), accuracy ${percent(score.accuracy)}, confident and wrong ${percent(score.confidentAndWrong)}`,
    );
  }
  for (const classifierAlone of [0.4, 0.5, 0.6, 0.7, 0.8])
    for (const classifierOverrules of [0.7, 0.8, 0.9, Number.POSITIVE_INFINITY]) {
      const score = crossValidatePipeline(
        REJECTION_EMAIL_CORPUS,
        REASON_MODEL_OPTIONS,
        { classifierAlone, classifierOverrules },
        folds,
      );
      console.log(
        `whole reading, alone from ${classifierAlone}, overrules from ${classifierOverrules}: ${percent(score.accuracy)}, confident and wrong ${percent(score.confidentAndWrong)}`,
      );
    }
}

const started = performance.now();
for (const stage of stages) {
  if (stage === 'combination') combination(defaultFolds);
  else rank(stage, ['folds', 'characters', 'text'].includes(stage) ? [5, 10] : [defaultFolds]);
}
console.log(
  `\n${REJECTION_EMAIL_CORPUS.length} development emails, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
