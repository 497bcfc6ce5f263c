export * from './errors';
export * from './messages';
export * from './listen';
export * from './widget-channel';
export * from './widget-guard';
export * from './steps';
