// Company and offer vocabulary shared by API and web (companies feature).
export {};
