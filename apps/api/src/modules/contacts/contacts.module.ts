import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { CONTACT_SETTINGS, ContactsService, type ContactSettings } from './contacts.service';

/** Shortlists, contact requests (revealed only on acceptance), blocks, brokered contact and outcomes. */
@Module({})
export class ContactsModule {
  static forRoot(settings: ContactSettings): DynamicModule {
    return {
      module: ContactsModule,
      imports: [AuditModule, CandidatesModule, ProfilesModule],
      controllers: [ContactsController],
      providers: [{ provide: CONTACT_SETTINGS, useValue: settings }, ContactsRepository, ContactsService],
      exports: [ContactsRepository],
    };
  }
}
