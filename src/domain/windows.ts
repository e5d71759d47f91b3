// The window rules live in src/shared/windows.ts: the console draws the windows the server plans with.
export * from '../shared/windows.js';
