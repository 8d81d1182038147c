import type { FieldError } from '../../common/domain-error';
import type { AuthContext } from '../../common/auth-context';
import type { UpdateProfileDto } from './dto/profile.dto';

/** A stored evidence row of the candidate, as the save compares it with the draft. */
export interface ExistingEvidence {
  id: string;
  kind: 'self' | 'mentor' | 'provider';
  level: string | null;
  observed_by_account_id: string | null;
  /** YYYY-MM-DD */
  observed_on: string | null;
  concept_code: string;
}

export interface EvidencePlan {
  insert: Array<{ code: string; kind: 'self' | 'mentor'; level: string | null; observedOn: string | null }>;
  update: Array<{ id: string; level: string | null; observedOn: string | null }>;
  remove: string[];
  /** Someone else's evidence would change: 403. */
  forbidden: FieldError[];
  /** Ids that do not belong, kinds that change, duplicates: 400. */
  invalid: FieldError[];
}

/**
 * Decides what a save does with the evidence, without touching the database. Whoever saves may
 * change only what they may author: self evidence the candidate or an authorised mentor (on the
 * candidate's behalf), mentor evidence only the mentor who observed it. Someone else's evidence that
 * the draft repeats unchanged is left as it is; evidence the saver may not author and the draft
 * leaves out stays too. Evidence of competences left out of the draft goes with the competence.
 */
export function planEvidence(
  auth: Pick<AuthContext, 'accountId' | 'role'>,
  dto: Pick<UpdateProfileDto, 'competences'>,
  existing: ExistingEvidence[],
): EvidencePlan {
  const plan: EvidencePlan = { insert: [], update: [], remove: [], forbidden: [], invalid: [] };
  const isMentor = auth.role === 'mentor';
  const mayAuthor = (e: Pick<ExistingEvidence, 'kind' | 'observed_by_account_id'>) =>
    e.kind === 'self' || (e.kind === 'mentor' && isMentor && e.observed_by_account_id === auth.accountId);
  const byId = new Map(existing.map((e) => [e.id, e]));
  const touched = new Set<string>();
  const kept = new Set(dto.competences.map((c) => c.code));

  dto.competences.forEach((competence, i) => {
    let own = { self: 0, mentor: 0 };
    competence.evidence.forEach((e, j) => {
      const field = `competences.${i}.evidence.${j}`;
      const level = e.level ?? null;
      const observedOn = e.kind === 'mentor' ? (e.observedOn ?? null) : null;
      let current: ExistingEvidence | undefined;
      if (e.id) {
        current = byId.get(e.id);
        if (!current || current.concept_code !== competence.code || touched.has(current.id)) {
          plan.invalid.push({
            code: 'NOT_FOUND',
            field: `${field}.id`,
            message: 'no such evidence for this competence',
          });
          return;
        }
        if (current.kind !== e.kind) {
          plan.invalid.push({
            code: 'NOT_CHANGEABLE',
            field: `${field}.kind`,
            message: 'the kind of evidence cannot change',
          });
          return;
        }
        touched.add(current.id);
        if (!mayAuthor(current)) {
          const unchanged =
            current.level === level && (e.kind !== 'mentor' || current.observed_on === observedOn);
          if (!unchanged)
            plan.forbidden.push({
              code: 'NOT_CHANGEABLE',
              field,
              message: 'recorded by someone else; only they can change it',
            });
          return;
        }
      } else {
        if (e.kind === 'mentor' && !isMentor) {
          plan.forbidden.push({
            code: 'NOT_ALLOWED',
            field: `${field}.kind`,
            message: 'only an authorised mentor records mentor evidence',
          });
          return;
        }
        // Clients without ids: the saver's own row of this kind on this competence is the one meant.
        current = existing.find(
          (x) =>
            x.concept_code === competence.code &&
            x.kind === e.kind &&
            !touched.has(x.id) &&
            (e.kind === 'self' || x.observed_by_account_id === auth.accountId),
        );
        if (current) touched.add(current.id);
      }
      own = { ...own, [e.kind]: own[e.kind] + 1 };
      if (own[e.kind] > 1) {
        plan.invalid.push({
          code: 'DUPLICATE',
          field,
          message: `only one ${e.kind} evidence per competence`,
        });
        return;
      }
      if (current) {
        if (current.level !== level || current.observed_on !== observedOn)
          plan.update.push({ id: current.id, level, observedOn });
      } else plan.insert.push({ code: competence.code, kind: e.kind, level, observedOn });
    });
  });
  for (const e of existing) {
    if (kept.has(e.concept_code) && !touched.has(e.id) && mayAuthor(e)) plan.remove.push(e.id);
  }
  return plan;
}
