export * from './backoff';
export * from './client';
export * from './contract';
export * from './errors';
export * from './outbox';
export * from './outbox-item';
export * from './pull';
export * from './upload';
