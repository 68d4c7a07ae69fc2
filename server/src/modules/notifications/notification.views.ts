import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';

@ObjectType('Notification', { description: 'A line in the notification centre (related events grouped)' })
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'REQUEST_SUBMITTED, REQUEST_REPLIED, REQUEST_DECLINED, REQUEST_ESCALATED, REQUEST_DIRECTIVE, REQUEST_DUE_SOON, REQUEST_OVERDUE, …' })
  kind!: string;

  @Field()
  message!: string;

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
