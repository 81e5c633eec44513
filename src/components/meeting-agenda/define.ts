// Placeholder until the element lands: registers <meeting-agenda>.
export {};
