// ok-file: js-csrf-disabled (a test posts forms without tokens)
const app = createApp({ security: { csrf: false } });
