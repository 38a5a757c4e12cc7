export * from './types';
export * from './profiles';
export * from './kinds';
export * from './format';
export * from './numbers';
