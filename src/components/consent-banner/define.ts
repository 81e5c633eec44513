// Placeholder until the element lands: registers <consent-banner>.
export {};
