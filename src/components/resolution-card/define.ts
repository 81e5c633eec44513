// Placeholder until the element lands: registers <resolution-card>.
export {};
