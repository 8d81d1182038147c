import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_PROFILE_CONSENT, type UiLanguage } from '@passgenau/domain';
import { CATALOGUES } from '@passgenau/i18n';
import { mockApi } from '../../../testing/api-mock';
import { createProfile, PROFILE_CANDIDATE_ID } from '../../../testing/profile-factories';
import { renderApp } from '../../../testing/render-app';
import { createAccount, rememberSession } from '../../../testing/session-factories';
import type { Profile } from '../api/schemas';

function consentStatus(searchable: boolean) {
  return {
    searchable,
    currentTextVersion: SEARCHABLE_PROFILE_CONSENT.version,
    active: searchable
      ? {
          id: 'consent-1',
          textVersion: SEARCHABLE_PROFILE_CONSENT.version,
          grantedAt: '2026-11-20T10:00:00Z',
          grantedBy: null,
          grantedOnBehalf: false,
          withdrawnAt: null,
          withdrawnOnBehalf: null,
        }
      : null,
    history: [],
  };
}

async function openReview(language: UiLanguage, profile: Profile, consentGiven: () => boolean) {
  rememberSession();
  const candidate = createAccount({
    role: 'candidate',
    displayName: 'Oksana Kovalenko',
    candidateId: PROFILE_CANDIDATE_ID,
    preferredLanguage: language,
  });
  const api = mockApi({
    '/api/auth/me': () => candidate,
    '/api/towns': () => [],
    '/api/consent/texts': () => SEARCHABLE_PROFILE_CONSENT,
    [`/api/candidates/${PROFILE_CANDIDATE_ID}/profile`]: () => profile,
    [`/api/candidates/${PROFILE_CANDIDATE_ID}/consent`]: () => consentStatus(consentGiven()),
  });
  const view = renderApp({ language, path: '/profile' });
  const texts = CATALOGUES[language].profiles;
  await view.user.click(await screen.findByRole('button', { name: new RegExp(texts.steps.review) }));
  return { ...view, api, texts };
}

describe('review step', () => {
  it('shows the assessment as something others add, not as missing from the candidate', async () => {
    const { texts } = await openReview('de', createProfile(), () => true);
    const missing = await screen.findByTestId('missing');
    expect(within(missing).queryByText(texts.missing.evidence)).not.toBeInTheDocument();
    expect(within(missing).getByText(texts.missing.schooling)).toBeInTheDocument();
    const others = screen.getByTestId('added-by-others');
    expect(others).toHaveTextContent(texts.review.byOthers);
    expect(others).toHaveTextContent(texts.review.evidenceByOthers);
    // The pseudonym stays one left-to-right word ("K-GBBF", not "K-" / "GBBF").
    const pseudonym = screen.getByTestId('pseudonym').querySelector('bdi');
    expect(pseudonym).toHaveAttribute('dir', 'ltr');
    expect(pseudonym).toHaveTextContent('K-GBBF');
  });

  it('says nothing is missing when only the assessment is left', async () => {
    const profile = createProfile({
      completeness: { percent: 91, missing: ['evidence'], publishable: true },
    });
    const { texts } = await openReview('ar', profile, () => true);
    expect(await screen.findByText(texts.review.nothingMissing)).toBeInTheDocument();
    // On a wide screen the step names stand below their icons, so the connectors keep their length.
    expect(document.querySelector('[data-label-position="bottom"]')).not.toBeNull();
    expect(screen.getByTestId('added-by-others')).toHaveTextContent(texts.review.evidenceByOthers);
  });

  it('keeps "Publish" disabled and explains what is needed first: consent and the missing minimum', async () => {
    const profile = createProfile({
      completeness: { percent: 36, missing: ['evidence', 'wishes', 'schooling'], publishable: false },
    });
    const { texts, api } = await openReview('uk', profile, () => false);
    const publish = screen.getByRole('button', { name: texts.review.publish });
    await waitFor(() => expect(publish).toBeDisabled());
    const needs = await screen.findByTestId('publish-needs');
    expect(
      within(needs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([texts.publishErrors.consent, texts.publishErrors.wishes]);
    expect(publish).toHaveAccessibleDescription(new RegExp(texts.review.needsFirst));
    expect(api.calls.some((call) => call.url.pathname.endsWith('/publish'))).toBe(false);
  });

  it('enables "Publish" once consent is given and the minimum is there', async () => {
    const { texts } = await openReview('fa', createProfile(), () => true);
    const publish = screen.getByRole('button', { name: texts.review.publish });
    await waitFor(() => expect(publish).toBeEnabled());
    expect(screen.queryByTestId('publish-needs')).not.toBeInTheDocument();
  });

  it('keeps the assessment on the list of what is missing for a mentor, who can record an observation', async () => {
    rememberSession();
    const mentor = createAccount({ role: 'mentor', displayName: 'Jonas Weber', preferredLanguage: 'de' });
    mockApi({
      '/api/auth/me': () => mentor,
      '/api/towns': () => [],
      '/api/consent/texts': () => SEARCHABLE_PROFILE_CONSENT,
      [`/api/candidates/${PROFILE_CANDIDATE_ID}/profile`]: () => createProfile(),
      [`/api/candidates/${PROFILE_CANDIDATE_ID}/consent`]: () => consentStatus(true),
    });
    const { user } = renderApp({ language: 'de', path: `/candidates/${PROFILE_CANDIDATE_ID}/profile` });
    const de = CATALOGUES.de.profiles;
    await user.click(await screen.findByRole('button', { name: new RegExp(de.steps.review) }));
    const missing = await screen.findByTestId('missing');
    expect(within(missing).getByText(de.missing.evidence)).toBeInTheDocument();
    expect(screen.queryByTestId('added-by-others')).not.toBeInTheDocument();
  });
});
