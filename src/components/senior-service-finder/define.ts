// Placeholder until the element lands: registers <senior-service-finder>.
export {};
