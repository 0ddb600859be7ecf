/** The progress charts' model: the values each visit gives, the charts, and the change that counts. */
export * from './change-rules';
export * from './charts';
export * from './visit-values';
export * from './visit-change';
export * from './client-words';
