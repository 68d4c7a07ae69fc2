import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MessageParam } from '../../shared/messages/message-param';
import { Connection } from '../../shared/pagination';

@ObjectType('Notification', { description: 'A line in the notification centre (related events grouped)' })
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'REQUEST_SUBMITTED, REQUEST_REPLIED, REQUEST_DECLINED, REQUEST_ESCALATED, REQUEST_DIRECTIVE, REQUEST_DUE_SOON, REQUEST_OVERDUE, …',
  })
  kind!: string;

  @Field({ description: "The text in Vietnamese; clients render messageKey in the user's language when they know it" })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Server message catalog key (client/src/gql/server-messages.ts); null for older notifications',
  })
  messageKey!: string | null;

  @Field(() => [MessageParam], { description: "The parameters messageKey's template names" })
  messageParams!: MessageParam[];

  @Field(() => Int, { description: 'How many related events this line stands for' })
  count!: number;

  @Field({ description: 'REQUEST, …' })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  createdAt!: Date;

  @Field()
  read!: boolean;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationView) {}
