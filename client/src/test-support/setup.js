// jsdom has no TextEncoder; react-router needs it when its module loads.
globalThis.TextEncoder ??= require('node:util').TextEncoder;
