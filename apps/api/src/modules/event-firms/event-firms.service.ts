import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { occupationalField } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { DomainError, type FieldError } from '../../common/domain-error';
import { isCompanyStaff } from '../companies/company-access';
import { conceptRef } from '../companies/offers/offers.mapper';
import type { EventResponse } from '../events/dto/events.dto';
import { EventsMessage } from '../events/events.errors';
import { EventsService } from '../events/events.service';
import type { EventShowing } from '../matching/matching.service';
import { loadConcepts, type ConceptInfo } from '../taxonomy/concept-labels';
import type { CreateGuestFirmDto, EventMatchFirmResponse } from './dto/event-firms.dto';
import { EventFirmsMessage } from './event-firms.errors';
import { EventFirmsRepository, type FirmRegistrationRow, type GuestFirmRow } from './event-firms.repository';

/** A firm of an event as the match list sees it. */
export interface EventFirmForPrint {
  id: string;
  companyId: string | null;
  name: string;
  offerIds: string[];
  showings: EventShowing[];
}

function invalid(field: string, code: FieldError['code'], message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}

function firmNotFound(): DomainError {
  return new DomainError('NOT_FOUND', EventFirmsMessage.FIRM_NOT_FOUND, [
    { field: 'firmId', code: 'NOT_FOUND', message: 'no such firm at this event' },
  ]);
}

/** Essential skills of an occupation that count as nice to have for a firm entered on the spot. */
export const GUEST_ESSENTIAL_SKILLS = 30;

/**
 * What a firm entered on the spot looks for, as offers the one matching score understands: one per
 * occupation, at the firm's town, with the competences it named as required and the occupation's
 * essential ESCO skills as nice to have. No German minimum, no start date: nobody asked on the spot.
 */
export function guestShowings(
  guest: GuestFirmRow,
  occupations: Map<string, ConceptInfo>,
  essential: Map<string, string[]>,
): EventShowing[] {
  return guest.occupation_codes.flatMap((code) => {
    const concept = occupations.get(code);
    if (!concept) return [];
    return [
      {
        id: `${guest.id}:${code}`,
        title: concept.labels.de?.text ?? concept.labels.en?.text ?? code,
        place: guest.town_name,
        input: {
          kind: guest.offer_kind,
          occupationCode: code,
          field: occupationalField(concept.curatedField, concept.iscoGroup),
          requiredCompetences: guest.competence_codes,
          niceToHaveCompetences: (essential.get(code) ?? []).filter((skill) => !guest.competence_codes.includes(skill)),
          germanMinimum: { overall: null, understanding: null, speaking: null, writing: null },
          germanStrict: false,
          location: { lat: guest.lat, lon: guest.lon },
          maxDistanceKm: null,
          startsOn: null,
        },
      },
    ];
  });
}

/**
 * The firms of an event that staff print match lists for (issue 12): the registered firms with the
 * offers they bring, and — at an employer information event of Team IBA — firms entered on the
 * spot with their occupations. Staff only (coordinators, IBA staff, admins).
 */
@Injectable()
export class EventFirmsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EventFirmsRepository,
    private readonly events: EventsService,
  ) {}

  private async staffEvent(auth: AuthContext, eventId: string): Promise<EventResponse> {
    if (!isCompanyStaff(auth)) throw new DomainError('FORBIDDEN', EventFirmsMessage.NOT_STAFF);
    return this.events.get(auth, eventId);
  }

  async list(auth: AuthContext, eventId: string): Promise<EventMatchFirmResponse[]> {
    await this.staffEvent(auth, eventId);
    const [registered, guests] = await Promise.all([
      this.repository.firmRegistrations(eventId),
      this.repository.guestFirms(eventId),
    ]);
    const concepts = await loadConcepts(
      this.dataSource.manager,
      guests.flatMap((g) => [...g.occupation_codes, ...g.competence_codes]),
    );
    return [
      ...registered.map((r) => this.registeredResponse(r)),
      ...guests.map((g) => this.guestResponse(g, concepts)),
    ];
  }

  private registeredResponse(r: FirmRegistrationRow): EventMatchFirmResponse {
    return {
      id: r.id,
      source: 'registered',
      companyId: r.company_id,
      name: r.company_name,
      townName: null,
      offerKind: null,
      offerTitles: r.offer_titles,
      occupations: [],
      competences: [],
    };
  }

  private guestResponse(g: GuestFirmRow, concepts: Map<string, ConceptInfo>): EventMatchFirmResponse {
    return {
      id: g.id,
      source: 'guest',
      companyId: null,
      name: g.name,
      townName: g.town_name,
      offerKind: g.offer_kind,
      offerTitles: [],
      occupations: g.occupation_codes.map((code) => conceptRef(code, concepts)),
      competences: g.competence_codes.map((code) => conceptRef(code, concepts)),
    };
  }

  async addGuest(auth: AuthContext, eventId: string, dto: CreateGuestFirmDto): Promise<EventMatchFirmResponse> {
    const event = await this.staffEvent(auth, eventId);
    if (event.kind !== 'iba_info') throw new DomainError('EVENT_NOT_IBA_INFO', EventFirmsMessage.NOT_IBA_INFO);
    if (event.status === 'held') throw new DomainError('EVENT_HELD', EventsMessage.EVENT_LOCKED);
    const name = dto.name.trim();
    if (!name) throw invalid('name', 'REQUIRED', 'the firm needs a name');
    if (!(await this.repository.townExists(dto.townAgs)))
      throw invalid('townAgs', 'UNKNOWN_CODE', 'not a town of the district');
    const competenceCodes = dto.competenceCodes ?? [];
    const [occupations, skills] = await Promise.all([
      this.repository.knownCodes(dto.occupationCodes, 'occupation'),
      this.repository.knownCodes(competenceCodes, 'skill'),
    ]);
    const badOccupation = dto.occupationCodes.findIndex((c) => !occupations.has(c));
    if (badOccupation >= 0)
      throw invalid(`occupationCodes.${badOccupation}`, 'UNKNOWN_CODE', 'not an occupation of the taxonomy');
    const badSkill = competenceCodes.findIndex((c) => !skills.has(c));
    if (badSkill >= 0) throw invalid(`competenceCodes.${badSkill}`, 'UNKNOWN_CODE', 'not a competence of the taxonomy');
    const id = await this.repository.insertGuest(
      eventId,
      { name, townAgs: dto.townAgs, offerKind: dto.offerKind ?? 'job', occupationCodes: dto.occupationCodes, competenceCodes },
      auth.accountId,
    );
    const row = (await this.repository.guestFirm(eventId, id))!;
    const concepts = await loadConcepts(this.dataSource.manager, [...row.occupation_codes, ...row.competence_codes]);
    return this.guestResponse(row, concepts);
  }

  async removeGuest(auth: AuthContext, eventId: string, guestId: string): Promise<void> {
    const event = await this.staffEvent(auth, eventId);
    if (event.status === 'held') throw new DomainError('EVENT_HELD', EventsMessage.EVENT_LOCKED);
    if (!(await this.repository.deleteGuest(eventId, guestId))) throw firmNotFound();
  }

  /** The event (as staff see it) and one of its firms, for a match list. */
  async firmForPrint(auth: AuthContext, eventId: string, firmId: string): Promise<{ event: EventResponse; firm: EventFirmForPrint }> {
    const event = await this.staffEvent(auth, eventId);
    const [registered, guest] = await Promise.all([
      this.repository.firmRegistration(eventId, firmId),
      this.repository.guestFirm(eventId, firmId),
    ]);
    if (registered) return { event, firm: this.registeredForPrint(registered) };
    if (!guest) throw firmNotFound();
    const [occupations, essential] = await Promise.all([
      loadConcepts(this.dataSource.manager, guest.occupation_codes),
      this.repository.essentialSkills(guest.occupation_codes, GUEST_ESSENTIAL_SKILLS),
    ]);
    return {
      event,
      firm: { id: guest.id, companyId: null, name: guest.name, offerIds: [], showings: guestShowings(guest, occupations, essential) },
    };
  }

  /** The event and all its firms (registered first, then guests), for the batch of match lists. */
  async firmsForPrint(auth: AuthContext, eventId: string): Promise<{ event: EventResponse; firms: EventFirmForPrint[] }> {
    const event = await this.staffEvent(auth, eventId);
    const [registered, guests] = await Promise.all([
      this.repository.firmRegistrations(eventId),
      this.repository.guestFirms(eventId),
    ]);
    const codes = guests.flatMap((g) => g.occupation_codes);
    const [occupations, essential] = await Promise.all([
      loadConcepts(this.dataSource.manager, codes),
      this.repository.essentialSkills(codes, GUEST_ESSENTIAL_SKILLS),
    ]);
    return {
      event,
      firms: [
        ...registered.map((r) => this.registeredForPrint(r)),
        ...guests.map((g) => ({ id: g.id, companyId: null, name: g.name, offerIds: [], showings: guestShowings(g, occupations, essential) })),
      ],
    };
  }

  private registeredForPrint(r: FirmRegistrationRow): EventFirmForPrint {
    return { id: r.id, companyId: r.company_id, name: r.company_name, offerIds: r.offer_ids, showings: [] };
  }
}
