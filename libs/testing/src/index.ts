export * from './test-cluster.js';
export * from './stripe-stand-in.js';
export * from './streaming-standby.js';
