// Public names of this module are re-exported here.
export {};
