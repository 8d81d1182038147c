import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MAIL_TRANSPORT, MailFolderTransport, SmtpTransport, type MailTransport } from './mail-transport';
import { MAIL_SETTINGS, MailService, type MailSettings } from './mail.service';
import { OutboxMail } from './outbox-mail.entity';

@Global()
@Module({})
export class MailModule {
  static forRoot(settings: MailSettings): DynamicModule {
    const transport: MailTransport | null = settings.smtpUrl
      ? new SmtpTransport(settings.smtpUrl, settings.from)
      : settings.mailDir
        ? new MailFolderTransport(settings.mailDir, settings.from)
        : null;
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature([OutboxMail])],
      providers: [
        MailService,
        { provide: MAIL_SETTINGS, useValue: settings },
        { provide: MAIL_TRANSPORT, useValue: transport },
      ],
      exports: [MailService],
    };
  }
}
