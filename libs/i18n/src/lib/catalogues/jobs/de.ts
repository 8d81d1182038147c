// Texts of the job board, company profile and offer pages.
export const jobsDe = {
  title: 'Stellenbörse',
};
