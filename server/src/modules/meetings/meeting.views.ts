import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SignedDocumentView } from '../signing';
import { DomainArea } from '../../shared/domain-area';
import { Connection } from '../../shared/pagination';
import { AgencySummary } from '../agencies';
import { QuarterView, TaskCategory } from '../tasks';
import { UserSummary } from '../users';
import { DirectiveKind, MeetingStatus } from './meeting-status';

@ObjectType('Directive', { description: 'Một nội dung chỉ đạo of a conclusion notice' })
export class DirectiveView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  content!: string;

  @Field(() => DirectiveKind)
  kind!: DirectiveKind;

  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field(() => [AgencySummary])
  supportingAgencies!: AgencySummary[];

  @Field(() => TaskCategory)
  category!: TaskCategory;

  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => LocalDateResolver)
  dueDate!: string;

  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => ID, { nullable: true, description: 'The task it became (once published)' })
  taskId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The coordination request it became (once published)' })
  requestId!: string | null;
}

@ObjectType('Meeting', { description: 'Buổi làm việc và thông báo kết luận' })
export class MeetingView {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => LocalDateResolver)
  heldOn!: string;

  @Field(() => UserSummary)
  chair!: UserSummary;

  @Field(() => AgencySummary, { nullable: true })
  reviewedAgency!: AgencySummary | null;

  @Field()
  attendees!: string;

  @Field(() => [AgencySummary], { description: 'The attending agencies (they read the published conclusion)' })
  attendingAgencies!: AgencySummary[];

  @Field()
  summary!: string;

  @Field()
  conclusion!: string;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'N/TB-UBND once published' })
  conclusionCode!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  publishedOn!: string | null;

  @Field(() => UserSummary, { nullable: true })
  publishedBy!: UserSummary | null;

  @Field(() => [DirectiveView])
  directives!: DirectiveView[];

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => SignedDocumentView, { nullable: true, description: 'The conclusion notice signed at publication' })
  signedDocument!: SignedDocumentView | null;
}

@ObjectType()
export class MeetingConnection extends Connection(MeetingView) {}

@ObjectType('DirectiveSource', { description: 'The conclusion directive a request came from' })
export class RequestDirectiveView {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => String, { nullable: true })
  conclusionCode!: string | null;

  @Field()
  content!: string;
}
