import { Field, ObjectType } from 'type-graphql';

@ObjectType('SignedDocument', {
  description: 'The signed PDF stored when the record was issued (văn bản điện tử đã ký số)',
})
export class SignedDocumentView {
  @Field({ description: 'SHA-256 of the stored PDF, hex: the same hash is in the audit log' })
  sha256!: string;

  @Field()
  signerName!: string;

  @Field({ description: 'The record’s issue time, inside the signature' })
  signedAt!: Date;

  @Field({ description: 'e.g. "CN=Lê Huyền, title=Phó Chủ tịch, O=…, C=VN"' })
  certificateSubject!: string;

  @Field()
  certificateSerial!: string;
}
