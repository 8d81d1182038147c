import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('Kirschblüte-am-Remsufer')).toBeNull();
  });

  it('refuses short passwords', () => {
    expect(passwordProblem('Ab1!xyz')).toMatch(/at least 10/);
  });

  it('refuses the most common passwords, also with digits appended', () => {
    expect(passwordProblem('password1234')).toMatch(/most common/);
    expect(passwordProblem('qwertyuiop')).toMatch(/most common/);
    expect(passwordProblem('iloveyou2026')).toMatch(/most common/);
  });

  it('refuses a password made of the e-mail name', () => {
    expect(passwordProblem('maria.schmidt-2026', { email: 'maria.schmidt@example.org' })).toMatch(/e-mail/);
  });

  it('refuses one repeated character', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeat|common/);
  });
});
