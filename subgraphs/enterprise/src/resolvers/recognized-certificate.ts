import type { RecognizedCertificateResolvers } from '../generated/resolvers.ts';
import { explainRecognition } from '../prerequisites/explain.ts';

// Reached only through Student.recognizedCertificates, which has authorised the read.
export const RecognizedCertificate: RecognizedCertificateResolvers = {
  explanation: (recognized) => explainRecognition(recognized),
};
