/**
 * The S3-compatible object store, through the AWS SDK (which signs every
 * request): any service that speaks the S3 API (AWS, MinIO, Ceph, OSS, COS).
 * Each subgraph keeps its objects under its own key prefix in the bucket.
 */
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3StoreConfig } from '../config.ts';
import { requireKey, type ObjectInfo, type ObjectStore } from './store.ts';

const notThere = (err: unknown) => err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata.httpStatusCode === 404);

/** A store in `config.bucket`, with every key under `prefix/`. */
export function s3Store(config: S3StoreConfig, prefix: string): ObjectStore & { client: S3Client } {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    credentials: config.credentials,
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: many S3-compatible services refuse the SDK's newer default trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;
  const Key = (key: string) => `${requireKey(prefix)}/${requireKey(key)}`;
  return {
    client,
    async put(key, body, info) {
      await client.send(new PutObjectCommand({ Bucket, Key: Key(key), Body: body, ContentLength: info.size, ContentType: info.contentType }));
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: Key(key) }));
        return answer.Body instanceof Readable ? answer.Body : null;
      } catch (err) {
        if (notThere(err)) return null;
        throw err;
      }
    },
    async head(key): Promise<ObjectInfo | null> {
      try {
        const answer = await client.send(new HeadObjectCommand({ Bucket, Key: Key(key) }));
        return { size: answer.ContentLength ?? 0, contentType: answer.ContentType ?? 'application/octet-stream' };
      } catch (err) {
        if (notThere(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: Key(key) }));
    },
  };
}
