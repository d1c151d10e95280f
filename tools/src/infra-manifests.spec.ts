import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';

const K8S = new URL('../../infra/k8s/', import.meta.url).pathname;

/** The kinds Rebound deploys, each validated against the Kubernetes API's own schema. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function manifests(): { file: string; manifest: Manifest }[] {
  return readdirSync(K8S)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((document) => {
        if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
        return { file, manifest: document.toJS() as Manifest };
      }),
    );
}

function validate(manifest: Manifest): void {
  const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
  if (!Model) throw new Error(`${manifest.apiVersion} ${manifest.kind} is not a kind Rebound deploys`);
  new Model(manifest as never).validate();
}

describe('the Kubernetes manifests in infra/k8s', () => {
  const all = manifests();
  const named = (kind: string, name: string) =>
    all.find(({ manifest }) => manifest.kind === kind && manifest.metadata.name === name)?.manifest;

  it.each(all.map(({ file, manifest }) => [`${file}: ${manifest.kind} ${manifest.metadata.name}`, manifest]))(
    '%s is valid against the Kubernetes schema',
    (_name, manifest) => {
      expect(() => validate(manifest as Manifest)).not.toThrow();
    },
  );

  it('would catch a malformed manifest', () => {
    const api = structuredClone(named('Deployment', 'rebound-api')!);
    api.spec.replicas = 'two';
    expect(() => validate(api)).toThrow();
  });

  it('runs the API, the web app and the worker with probes and resource requests, from one configuration', () => {
    for (const name of ['rebound-api', 'rebound-web', 'rebound-worker']) {
      const [container] = named('Deployment', name)!.spec.template.spec.containers;
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.livenessProbe).toBeDefined();
      expect(container.envFrom).toEqual([{ configMapRef: { name: 'rebound-config' } }]);
    }
    for (const name of ['rebound-api', 'rebound-web']) {
      const [container] = named('Deployment', name)!.spec.template.spec.containers;
      expect(container.readinessProbe).toBeDefined();
    }
    const [api] = named('Deployment', 'rebound-api')!.spec.template.spec.containers;
    expect(api.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(api.livenessProbe.httpGet.path).toBe('/health/live');
    expect(named('ConfigMap', 'rebound-config')).toBeDefined();
    expect(named('Job', 'rebound-migrate')).toBeDefined();
  });

  it('scales the API and the web app automatically and keeps one of each through a disruption', () => {
    for (const name of ['rebound-api', 'rebound-web']) {
      const autoscaler = named('HorizontalPodAutoscaler', name)!;
      expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
      const budget = named('PodDisruptionBudget', name)!;
      expect(budget.spec.selector.matchLabels).toEqual({ app: name });
    }
  });

  it('takes secrets by reference only: no secret value is written in the manifests', () => {
    const secrets = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (record.secretKeyRef) secrets.add((record.secretKeyRef as { name: string }).name);
        Object.values(record).forEach(walk);
      }
    };
    all.forEach(({ manifest }) => walk(manifest));
    expect([...secrets].sort()).toEqual(['rebound-db', 'rebound-secrets']);
    expect(all.some(({ manifest }) => manifest.kind === 'Secret')).toBe(false);
  });
});
