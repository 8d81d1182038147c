// Texts of the job board, company profile and offer pages.
export const jobsFa = {
  title: 'تابلوی شغل‌ها',
};
