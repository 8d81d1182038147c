import { Module } from '@nestjs/common';
import { AccessLogService } from './access-log.service';
import { MyAccessLogController } from './my-access-log.controller';

/** The access log: every read of personal data, written by the features and read by the candidate. */
@Module({
  controllers: [MyAccessLogController],
  providers: [AccessLogService],
  exports: [AccessLogService],
})
export class AuditModule {}
