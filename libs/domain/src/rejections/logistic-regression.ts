import { DEFAULT_FEATURE_OPTIONS, tokenise, type FeatureOptions, type Token } from './text-features.js';

/**
 * Multinomial logistic regression (softmax) over word unigrams and bigrams, with L2 regularisation, trained by
 * full-batch gradient descent from zero weights: deterministic and a few hundred milliseconds on a few hundred
 * emails. Unlike naive Bayes it learns that the boilerplate every rejection shares ("thank you for your
 * interest") says nothing, and puts its weight on the words that differ.
 */

export interface LogisticModel<Label extends string> {
  labels: readonly Label[];
  /** Feature index by term. */
  features: ReadonlyMap<string, number>;
  /** The weight of each feature's presence (1, or its inverse document frequency). */
  featureValues: Float64Array;
  /** weights[label][feature]; the last feature is the bias. */
  weights: readonly Float64Array[];
  options: LogisticOptions;
}

export interface LogisticOptions {
  /** L2 penalty per weight (scaled by the number of documents). */
  l2: number;
  epochs: number;
  learningRate: number;
  /** Terms seen in fewer documents than this are left out. */
  minDocumentFrequency: number;
  /** A present term counts 1, or its inverse document frequency (rare words weigh more). */
  weighting: 'presence' | 'idf';
  /** Each document's vector scaled to unit length, so a long email does not shout louder than a short one. */
  unitLength: boolean;
  /** Each class weighs the same in training however many examples it has. */
  balanceClasses: boolean;
  features: FeatureOptions;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = {
  l2: 0.01,
  epochs: 300,
  learningRate: 0.5,
  minDocumentFrequency: 2,
  weighting: 'presence',
  unitLength: false,
  balanceClasses: false,
  features: DEFAULT_FEATURE_OPTIONS,
};

interface SparseRow {
  indexes: number[];
  values: number[];
}

function softmax(scores: Float64Array): Float64Array {
  const best = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - best));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

function rowOf(
  features: ReadonlyMap<string, number>,
  featureValues: Float64Array,
  terms: Iterable<string>,
  unitLength: boolean,
): SparseRow {
  const indexes = new Set<number>();
  for (const term of terms) {
    const index = features.get(term);
    if (index !== undefined) indexes.add(index);
  }
  const sorted = [...indexes].sort((a, b) => a - b);
  const values = sorted.map((index) => featureValues[index]);
  if (unitLength && values.length > 0) {
    const length = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
    for (let position = 0; position < values.length; position += 1) values[position] /= length;
  }
  return { indexes: sorted, values };
}

function scoresOf<Label extends string>(model: LogisticModel<Label>, row: SparseRow) {
  const bias = model.features.size;
  return Float64Array.from(model.weights, (weights) => {
    let score = weights[bias];
    for (let position = 0; position < row.indexes.length; position += 1)
      score += weights[row.indexes[position]] * row.values[position];
    return score;
  });
}

export function trainLogistic<Label extends string>(
  labels: readonly Label[],
  documents: readonly { text: string; label: Label }[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): LogisticModel<Label> {
  const tokenised = documents.map((document) => ({
    terms: new Set(tokenise(document.text, options.features).map((token) => token.term)),
    label: labels.indexOf(document.label),
  }));
  const documentFrequency = new Map<string, number>();
  for (const { terms } of tokenised)
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vocabulary = [...documentFrequency.keys()]
    .filter((term) => (documentFrequency.get(term) ?? 0) >= options.minDocumentFrequency)
    .sort();
  const features = new Map(vocabulary.map((term, index) => [term, index]));
  const count = tokenised.length || 1;
  const featureValues = Float64Array.from(vocabulary, (term) =>
    options.weighting === 'idf' ? Math.log((1 + count) / (1 + (documentFrequency.get(term) ?? 0))) + 1 : 1,
  );
  const width = vocabulary.length + 1;
  const model: LogisticModel<Label> = {
    labels,
    features,
    featureValues,
    weights: labels.map(() => new Float64Array(width)),
    options,
  };
  const rows = tokenised.map(({ terms, label }) => ({
    ...rowOf(features, featureValues, terms, options.unitLength),
    label,
  }));
  const perLabel = labels.map((_, label) => rows.filter((row) => row.label === label).length);
  const present = perLabel.filter((size) => size > 0).length || 1;
  const rowWeight = (label: number) =>
    options.balanceClasses ? count / (present * Math.max(1, perLabel[label])) : 1;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const gradients = labels.map(() => new Float64Array(width));
    for (const row of rows) {
      const probabilities = softmax(scoresOf(model, row));
      const weight = rowWeight(row.label);
      for (let label = 0; label < labels.length; label += 1) {
        const error = (probabilities[label] - (label === row.label ? 1 : 0)) * weight;
        const gradient = gradients[label];
        for (let position = 0; position < row.indexes.length; position += 1)
          gradient[row.indexes[position]] += error * row.values[position];
        gradient[width - 1] += error;
      }
    }
    for (let label = 0; label < labels.length; label += 1) {
      const weights = model.weights[label];
      const gradient = gradients[label];
      for (let index = 0; index < width; index += 1) {
        const penalty = index === width - 1 ? 0 : options.l2 * weights[index];
        weights[index] -= options.learningRate * (gradient[index] / count + penalty);
      }
    }
  }
  return model;
}

export interface LogisticPrediction<Label extends string> {
  /** Labels with their probability, most likely first. */
  ranked: { label: Label; probability: number }[];
  /** The tokens of the text the model knows, for finding the words behind a label. */
  tokens: Token[];
}

export function predictLogistic<Label extends string>(
  model: LogisticModel<Label>,
  text: string,
): LogisticPrediction<Label> {
  const tokens = tokenise(text, model.options.features).filter((token) => model.features.has(token.term));
  const row = rowOf(
    model.features,
    model.featureValues,
    tokens.map((token) => token.term),
    model.options.unitLength,
  );
  const probabilities = softmax(scoresOf(model, row));
  const ranked = model.labels
    .map((label, index) => ({ label, probability: probabilities[index] }))
    .sort((a, b) => b.probability - a.probability);
  return { ranked, tokens };
}

/** How much a term pushes towards a label rather than the strongest other label. */
export function logisticEvidence<Label extends string>(
  model: LogisticModel<Label>,
  term: string,
  label: Label,
): number {
  const index = model.features.get(term);
  if (index === undefined) return 0;
  const own = model.weights[model.labels.indexOf(label)][index];
  const others = model.weights.filter((_, position) => model.labels[position] !== label);
  return (own - Math.max(...others.map((weights) => weights[index]))) * model.featureValues[index];
}
