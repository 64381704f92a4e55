export * from '../schema/outbox-item';
export * from '../schema/sync-contract';
export * from './backoff';
export * from './client';
export * from './errors';
export * from './outbox';
export * from './pull';
export * from './upload';
