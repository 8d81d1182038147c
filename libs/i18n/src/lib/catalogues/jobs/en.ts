// Texts of the job board, company profile and offer pages.
export const jobsEn = {
  title: 'Job board',
};
