import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DomainArea } from '../../shared/domain-area';
import { AgencySummary } from '../agencies';
import { QuarterView } from './quarter';
import { TaskCategory } from './task-enums';

@ObjectType('TaskGroupCounts', { description: 'The four official groups; cancelled tasks are not counted' })
export class GroupCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Hoàn thành đúng hạn (on or before the due date)' })
  completedOnTime!: number;

  @Field(() => Int, { description: 'Hoàn thành quá hạn' })
  completedLate!: number;

  @Field(() => Int, { description: 'Chưa hoàn thành, còn trong hạn' })
  notDoneWithinDeadline!: number;

  @Field(() => Int, { description: 'Chưa hoàn thành, quá hạn (includes tasks carried over to the next quarter)' })
  notDoneOverdue!: number;

  @Field(() => Int, { description: 'completedOnTime + completedLate' })
  completed!: number;
}

@ObjectType('CategoryCounts')
export class CategoryCounts {
  @Field(() => TaskCategory)
  category!: TaskCategory;

  @Field(() => GroupCounts)
  counts!: GroupCounts;
}

@ObjectType('DomainCounts')
export class DomainCounts {
  @Field(() => DomainArea)
  domain!: DomainArea;

  @Field(() => GroupCounts)
  counts!: GroupCounts;
}

@ObjectType('AgencyCounts')
export class AgencyCounts {
  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field(() => GroupCounts)
  counts!: GroupCounts;
}

@ObjectType('AgencyRollUp', {
  description: 'An agency with its units rolled in: counts = ownCounts + the counts of its units (parentId = this id)',
})
export class AgencyRollUp {
  @Field(() => AgencySummary)
  agency!: AgencySummary;

  @Field(() => ID, { nullable: true, description: 'The parent row; null for a top row of the scope' })
  parentId!: string | null;

  @Field(() => GroupCounts, { description: "The agency's tasks and its units' tasks" })
  counts!: GroupCounts;

  @Field(() => GroupCounts, { description: "The agency's own tasks" })
  ownCounts!: GroupCounts;
}

@ObjectType('QuarterStatistics', { description: "One quarter's tasks in the four official groups, as of a date" })
export class QuarterStatistics {
  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => AgencySummary, { nullable: true, description: 'Null for the whole province' })
  agency!: AgencySummary | null;

  @Field(() => GroupCounts)
  counts!: GroupCounts;

  @Field(() => [CategoryCounts], { description: 'Every category, zero counts included' })
  byCategory!: CategoryCounts[];

  @Field(() => [DomainCounts], { description: 'Domains with at least one task' })
  byDomain!: DomainCounts[];

  @Field(() => [AgencyCounts], { description: 'Province scope only: every agency with tasks that quarter' })
  byAgency!: AgencyCounts[];

  @Field(() => [AgencyRollUp], {
    description:
      "Units rolled up into their parents, for a drill-down. Province scope: every agency with tasks in its subtree; the top rows add up to `counts`. Agency scope: the agency (its row counts its units' tasks too, as far as the viewer may read them) and its units",
  })
  byAgencyTree!: AgencyRollUp[];
}

@ObjectType('QuarterTrendPoint')
export class QuarterTrendPoint {
  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => GroupCounts)
  counts!: GroupCounts;

  @Field(() => [AgencyCounts], { description: 'Province scope only' })
  byAgency!: AgencyCounts[];
}

@ObjectType('TaskQuarter', { description: 'A quarter that has tasks the viewer may read' })
export class TaskQuarterView {
  @Field(() => QuarterView)
  period!: QuarterView;

  @Field(() => Int)
  taskCount!: number;

  @Field({ description: 'Closed by the Committee: unfinished tasks were carried over' })
  closed!: boolean;
}
