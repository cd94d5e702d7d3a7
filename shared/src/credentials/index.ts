/** Verifiable credentials: shipped contexts, issuer keys and DIDs, signing and verification. */
export * from './contexts.ts';
export * from './did.ts';
export * from './keys.ts';
export * from './document-loader.ts';
export * from './sign.ts';
export * from './verify.ts';
export * from './checks.ts';
export * from './status-list.ts';
export * from './issuers.ts';
export * from './subject.ts';
export * from './stage.ts';
export * from './clr.ts';
export * from './ob-schema.ts';
export * from './share-link.ts';
