// jsdom has no TextEncoder; react-router needs it when its module loads.
const { TextEncoder } = require('node:util');

globalThis.TextEncoder ??= TextEncoder;
