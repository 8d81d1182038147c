// Texts of the job board, company profile and offer pages.
export const jobsUk = {
  title: 'Дошка вакансій',
};
