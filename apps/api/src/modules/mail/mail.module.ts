import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MAIL_SETTINGS, MailService, type MailSettings } from './mail.service';
import { OutboxMail } from './outbox-mail.entity';

@Global()
@Module({})
export class MailModule {
  static forRoot(settings: MailSettings): DynamicModule {
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature([OutboxMail])],
      providers: [MailService, { provide: MAIL_SETTINGS, useValue: settings }],
      exports: [MailService],
    };
  }
}
