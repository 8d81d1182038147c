import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext, RequestMeta } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { AccessLogService } from '../audit/access-log.service';
import { isCompanyStaff } from '../companies/company-access';
import { EventsService } from '../events/events.service';
import { QUEUES } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import type { CreatePrintJobDto, PrintJobResponse } from './dto/print-job.dto';
import { PrintMessage } from './print.errors';
import { PrintJobsRepository, type PrintJobRow } from './print-jobs.repository';
import { PrintRepository } from './print.repository';
import { PrintService, type Printout } from './print.service';

const DEFAULT_TOP = 10;
const LISTED_JOBS = 10;

function jobNotFound(): DomainError {
  return new DomainError('NOT_FOUND', PrintMessage.JOB_NOT_FOUND, [
    { field: 'jobId', code: 'NOT_FOUND', message: 'no such print job' },
  ]);
}

function toResponse(row: PrintJobRow): PrintJobResponse {
  return {
    id: row.id,
    eventId: row.event_id,
    kind: row.kind,
    status: row.status,
    done: row.done,
    total: row.total,
    requestedBy: row.requested_by,
    lang: row.params.lang,
    top: row.params.top,
    bytes: row.bytes === null ? null : Number(row.bytes),
    error: row.error,
    errorCode: row.error_code,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.expires_at.toISOString(),
  };
}

/**
 * Print batches on the job queue (issue 12): "every firm's match list" and "everything" for an
 * event, made before the event so nothing depends on the venue's connection. The job runs with
 * the rights its requester has when it runs; the PDF is kept for a week. Staff who may see the
 * event see its jobs; each download of a batch is written to the access log for the downloader.
 */
@Injectable()
export class PrintJobsService implements OnModuleInit {
  private readonly logger = new Logger(PrintJobsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PrintJobsRepository,
    private readonly printRepository: PrintRepository,
    private readonly print: PrintService,
    private readonly events: EventsService,
    private readonly accessLog: AccessLogService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ jobId: string }>({
      name: QUEUES.printBatches,
      // A failed render is reported on the job itself; the user starts a new one.
      retryLimit: 0,
      expireInSeconds: 15 * 60,
      handle: (data) => this.run(data.jobId),
    });
    this.jobs.register({
      name: QUEUES.printJobPurge,
      cron: '30 3 * * *',
      handle: async () => void (await this.repository.purgeExpired()),
    });
  }

  private async staffEvent(auth: AuthContext, eventId: string): Promise<void> {
    if (!isCompanyStaff(auth)) throw new DomainError('FORBIDDEN', PrintMessage.STAFF_ONLY);
    await this.events.get(auth, eventId);
  }

  async create(auth: AuthContext, eventId: string, dto: CreatePrintJobDto): Promise<PrintJobResponse> {
    await this.staffEvent(auth, eventId);
    const lang = dto.lang ?? (await this.printRepository.preferredLanguage(auth.accountId));
    const top = dto.kind === 'event_match_lists' ? (dto.top ?? DEFAULT_TOP) : null;
    const id = await this.dataSource.transaction(async (manager) => {
      const jobId = await this.repository.insert(
        { accountId: auth.accountId, eventId, kind: dto.kind, params: { lang, top } },
        manager,
      );
      await this.jobs.send(QUEUES.printBatches, { jobId }, manager);
      return jobId;
    });
    return toResponse((await this.repository.find(id))!);
  }

  async list(auth: AuthContext, eventId: string): Promise<PrintJobResponse[]> {
    await this.staffEvent(auth, eventId);
    return (await this.repository.forEvent(eventId, LISTED_JOBS)).map(toResponse);
  }

  private async visibleJob(auth: AuthContext, jobId: string): Promise<PrintJobRow> {
    const job = await this.repository.find(jobId);
    if (!job || !isCompanyStaff(auth)) throw jobNotFound();
    try {
      await this.events.get(auth, job.event_id);
    } catch {
      throw jobNotFound();
    }
    return job;
  }

  async get(auth: AuthContext, jobId: string): Promise<PrintJobResponse> {
    return toResponse(await this.visibleJob(auth, jobId));
  }

  async download(auth: AuthContext, jobId: string, meta: RequestMeta): Promise<Printout> {
    const job = await this.visibleJob(auth, jobId);
    if (job.status !== 'done')
      throw new DomainError('PRINT_JOB_NOT_READY', PrintMessage.JOB_NOT_READY, [
        { field: 'jobId', code: 'WRONG_STATE', message: `the job is ${job.status}` },
      ]);
    const pdf = await this.repository.pdf(jobId);
    if (!pdf) throw jobNotFound();
    await this.accessLog.record(
      auth,
      job.candidate_ids,
      job.kind === 'event_match_lists' ? 'print_match_list' : 'read_event_participants',
      meta,
    );
    return { filename: job.filename ?? `print-${jobId.slice(0, 8)}.pdf`, pdf };
  }

  /** The queue's handler: renders the batch with the requester's current rights. */
  async run(jobId: string): Promise<void> {
    const job = await this.repository.find(jobId);
    if (!job || !(await this.repository.start(jobId))) return;
    try {
      const auth = await this.requester(job);
      const meta: RequestMeta = { route: `JOB ${QUEUES.printBatches}`, requestId: jobId };
      const progress = (done: number, total: number) => this.repository.progress(jobId, done, total);
      if (job.kind === 'event_match_lists') {
        const file = await this.print.eventMatchLists(auth, job.event_id, { top: job.params.top ?? DEFAULT_TOP, lang: job.params.lang }, progress);
        await this.repository.finish(jobId, file);
      } else {
        await progress(0, 1);
        const file = await this.print.eventEverything(auth, job.event_id, { lang: job.params.lang }, meta);
        const candidateIds = await this.printRepository.eventCandidateIds(job.event_id);
        await progress(1, 1);
        await this.repository.finish(jobId, { ...file, candidateIds });
      }
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      if (!(error instanceof DomainError)) this.logger.error({ err: error, jobId }, 'print job failed');
      await this.repository.fail(jobId, code, error instanceof Error ? error.message : String(error));
    }
  }

  /** The requester as they are now: a disabled account or one that lost its staff role prints nothing. */
  private async requester(job: PrintJobRow): Promise<AuthContext> {
    const account = await this.repository.account(job.account_id);
    if (!account || account.disabled_at) throw new DomainError('FORBIDDEN', PrintMessage.REQUESTER_GONE);
    const auth: AuthContext = {
      accountId: account.id,
      role: account.role,
      displayName: account.display_name,
      sessionId: `print-job:${job.id}`,
      companyId: account.company_id,
      companyRole: account.company_role,
      candidateId: null,
      via: 'bearer',
    };
    if (!isCompanyStaff(auth)) throw new DomainError('FORBIDDEN', PrintMessage.REQUESTER_GONE);
    return auth;
  }
}
