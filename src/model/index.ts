export * from './document';
export * from './kinds';
export * from './validate';
export * from './template';
export * from './indicators';
export * from './marks';
