import { randomUUID } from 'node:crypto';
import { BlobType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../users';

export enum SignedDocumentKind {
  DECISION = 'DECISION',
  CONCLUSION = 'CONCLUSION',
}

/**
 * The signed PDF of an issued record, written once in the issuing transaction and served
 * unchanged afterwards. The bytes live in the row (bytea, a few tens of KB each): they commit or
 * roll back with the record, and every database backup holds them with no second store to copy.
 */
@Entity({ tableName: 'signed_documents' })
@Unique({ properties: ['kind', 'recordId'] })
export class SignedDocument {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => SignedDocumentKind, nativeEnumName: 'signed_document_kind' })
  kind!: SignedDocumentKind;

  /** The decision's or the meeting's id. */
  @Property({ type: 'uuid' })
  recordId!: string;

  /** SHA-256 of `bytes`, hex: what an uploaded file is matched by. */
  @Property({ type: 'string', length: 64 })
  @Index()
  sha256!: string;

  @Property({ type: BlobType, lazy: true })
  bytes!: Buffer;

  /** The official whose key signed it (the demo seeder's wipe of users cascades here). */
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  signer!: User;

  @Property({ type: 'string', length: 255 })
  signerName!: string;

  @Property({ type: 'string', length: 1000 })
  certificateSubject!: string;

  @Property({ type: 'string', length: 64 })
  certificateSerial!: string;

  @Property({ type: 'string', length: 64 })
  certificateFingerprint!: string;

  /** The record's issue time: the signing time inside the signature. */
  @Property({ type: 'datetime' })
  signedAt!: Date;
}
