// Texts of the competence-profile pages (wizard, profile view, employer list, assessment import).
export const profilesAr = {
  title: 'ملف الكفاءات',
};
