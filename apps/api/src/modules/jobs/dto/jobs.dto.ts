import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/page.query';
import { JOB_STATES, QUEUES, type JobState, type QueueName } from '../job-queue';

const QUEUE_NAMES = Object.values(QUEUES);

export class JobListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: JOB_STATES, description: 'Only jobs in this state, e.g. failed' })
  @IsOptional()
  @IsIn(JOB_STATES)
  state?: JobState;

  @ApiPropertyOptional({ enum: QUEUE_NAMES, description: 'Only jobs of this queue' })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;
}

export class JobItem {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: QUEUE_NAMES }) queue!: string;
  @ApiProperty({ enum: JOB_STATES }) state!: JobState;
  @ApiProperty({ description: 'Attempts made so far' }) attempts!: number;
  @ApiProperty({ description: 'Attempts allowed in all (first one plus retries)' }) maxAttempts!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the job runs (again), while waiting' })
  nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Error of the last failed attempt' })
  error!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the job works on (ids only; jobs never carry secrets)',
  })
  data!: Record<string, unknown>;
}

export class JobPage {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [JobItem] }) items!: JobItem[];
}
