import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many employer searches were made, per month, town and occupational field (no account, firm
 * or query text). One search is one request of the first page of GET /api/candidate-search by an
 * employer; paging through the same search does not count again. Town: the town the search
 * measured distances from (`near` as a town key), '' when none; field: the one occupational field
 * filtered on, '' when none or several (so every search is in exactly one row).
 */
@Entity({ name: 'employer_search_count' })
export class EmployerSearchCount {
  /** First day of the month (Europe/Berlin). */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'town_ags', type: 'text', default: '' })
  townAgs!: string;

  @PrimaryColumn({ name: 'occupational_field', type: 'text', default: '' })
  occupationalField!: string;

  @Column({ type: 'integer', default: 0 })
  searches!: number;
}
