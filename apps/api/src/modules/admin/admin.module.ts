import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AdminController } from './admin.controller';

/** The admin pages: users and roles, the whole access log, the mail outbox and the job queue. */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [AdminController],
})
export class AdminModule {}
