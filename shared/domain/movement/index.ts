/** The movement screens: their catalogue, how they are stored and how they are read. */
export * from './compensations';
export * from './findings-schema';
export * from './muscle-tables';
export * from './observations';
export * from './screens';
