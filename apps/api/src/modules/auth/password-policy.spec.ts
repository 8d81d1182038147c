import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('Kirschblüte-am-Remsufer')).toBeNull();
  });

  it('refuses short passwords, naming the minimum', () => {
    expect(passwordProblem('Ab1!xyz')).toEqual({
      code: 'PASSWORD_TOO_SHORT',
      text: expect.stringMatching(/at least 10/),
      limit: 10,
    });
  });

  it('refuses overlong passwords, naming the maximum', () => {
    expect(passwordProblem(`Kirsch-${'x'.repeat(300)}`)).toMatchObject({
      code: 'PASSWORD_TOO_LONG',
      limit: 200,
    });
  });

  it('refuses the most common passwords, also with digits appended', () => {
    for (const password of ['password1234', 'qwertyuiop', 'iloveyou2026'])
      expect(passwordProblem(password)).toEqual({
        code: 'PASSWORD_COMMON',
        text: expect.stringMatching(/most common/),
      });
  });

  it('refuses a password made of the e-mail name', () => {
    expect(passwordProblem('maria.schmidt-2026', { email: 'maria.schmidt@example.org' })).toMatchObject({
      code: 'PASSWORD_CONTAINS_EMAIL',
    });
  });

  it('refuses one repeated character', () => {
    expect(passwordProblem('zzzzzzzzzzzzzzzz')).toMatchObject({ code: 'PASSWORD_REPEATED' });
  });
});
