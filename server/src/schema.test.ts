import { Authorized, Field, ObjectType } from 'type-graphql';
import { buildAppSchema } from './schema';
import { createEventBus } from './shared/event-bus';

// A field-level guard would be skipped by simple (property-reading) resolvers: the schema must
// refuse to build rather than serve the field unguarded.
@ObjectType()
class SecretHolder {
  @Authorized('ADMIN')
  @Field()
  secret!: string;
}

describe('the schema build', () => {
  it('refuses an object-type field with @Authorized, which simple resolvers would not check', async () => {
    expect(SecretHolder).toBeDefined();
    await expect(buildAppSchema(createEventBus(new EventTarget()))).rejects.toThrow('SecretHolder.secret');
  });
});
