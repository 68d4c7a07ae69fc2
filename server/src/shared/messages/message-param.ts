import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One parameter of a server message template, as text' })
export class MessageParam {
  @Field()
  name!: string;

  @Field()
  value!: string;
}
